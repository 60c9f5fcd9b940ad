"""Every background job in one list (familyinfo/schedule.py), and the deployment examples and
the README saying the same."""

import io
import re
from pathlib import Path

from django.core.management import call_command, get_commands, load_command_class

from familyinfo.schedule import JOBS, WORKER

ROOT = Path(__file__).resolve().parents[2]
CRON_FIELD = r"(\*|\d+(-\d+)?(,\d+(-\d+)?)*)(/\d+)?"


def test_every_job_is_a_command_that_exists_and_accepts_its_arguments():
    commands = get_commands()
    for job in [*JOBS, WORKER]:
        argv = job.argv if hasattr(job, "argv") else job
        name, *arguments = argv
        assert name in commands, name
        parser = load_command_class(commands[name], name).create_parser("manage.py", name)
        parser.parse_args(arguments)


def test_the_jobs_the_site_needs_are_all_scheduled():
    scheduled = {job.command for job in JOBS}
    assert {
        "send_referral_notifications",
        "publish_scheduled",
        "send_review_reminders",
        "send_champion_interest_reminders",
        "anonymise_referrals",
        "clearsessions",
        "update_index",
    } <= scheduled
    for job in JOBS:
        fields = job.cron.split()
        assert len(fields) == 5 and all(re.fullmatch(CRON_FIELD, field) for field in fields), job


def test_the_example_crontab_is_made_from_the_list():
    out = io.StringIO()
    call_command("schedule", stdout=out)
    assert (ROOT / "deploy/cron.d/familyinfo").read_text() == out.getvalue(), (
        "remake it: manage.py schedule > deploy/cron.d/familyinfo"
    )


def test_the_worker_unit_runs_the_worker_and_the_readme_names_every_job():
    unit = (ROOT / "deploy/systemd/familyinfo-worker.service").read_text()
    assert f"manage.py {' '.join(WORKER)}\n" in unit
    readme = (ROOT / "README.md").read_text()
    deployment = readme[readme.index("## Deploying to production") :]
    for job in JOBS:
        assert f"`{' '.join(job.argv)}`" in deployment and job.when in deployment, job.command
    assert f"`{' '.join(WORKER)}`" in deployment
