"""Print the site's background jobs (familyinfo/schedule.py) as a crontab for /etc/cron.d."""

from django.core.management.base import BaseCommand

from familyinfo.schedule import JOBS, WORKER

HEADER = """\
# The family information site's scheduled jobs, for /etc/cron.d/familyinfo.
# Made by `manage.py schedule` from familyinfo/schedule.py: change the list there, not here.
# Each line runs as the site's user through deploy/manage.sh, which reads the environment file,
# and skips a run while the previous one of the same job is still going. Output is dropped;
# errors go to cron's mail (MAILTO) and the exit status.
#
# Not here: the notification worker (`manage.py {worker}`), which runs all
# the time as deploy/systemd/familyinfo-worker.service.
"""


class Command(BaseCommand):
    help = "Print the scheduled jobs of familyinfo/schedule.py as an /etc/cron.d file."

    def add_arguments(self, parser):
        parser.add_argument("--app-dir", default="/srv/familyinfo", help="Where the site is installed.")
        parser.add_argument("--user", default="familyinfo", help="The account the jobs run as.")

    def handle(self, *args, app_dir, user, **options):
        lines = [HEADER.format(worker=" ".join(WORKER)), "SHELL=/bin/sh", "MAILTO=root", ""]
        for job in JOBS:
            lines.append(f"# {job.command}, {job.when}: {job.why}")
            lines.append(f"{job.cron} {user} {app_dir}/deploy/manage.sh {' '.join(job.argv)} >/dev/null")
        self.stdout.write("\n".join(lines))
