"""Everything the site needs run in the background, in one list.

`deploy/cron.d/familyinfo` is made from this list (`manage.py schedule > deploy/cron.d/familyinfo`)
and the README's deployment section names the same jobs; tests/familyinfo/test_schedule.py checks
that the three agree and that every job is a management command that exists. Add a job here,
then remake the crontab.

Times are the server's local time (Europe/London on the council's servers). Every job is safe to
run twice at once and to skip a run: each one works out what is due when it starts.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    command: str
    cron: str  # minute hour day-of-month month day-of-week
    when: str  # the same, in words
    why: str
    arguments: tuple = ()

    @property
    def argv(self):
        return (self.command, *self.arguments)


# The notification worker: a long-running process (deploy/systemd/familyinfo-worker.service, and
# `make run`) that sends the early help desk's notifications within seconds of a referral, and
# every other email the site has queued (core/mail_queue.py).
WORKER = ("send_referral_notifications", "--loop")

JOBS = [
    Job(
        "send_referral_notifications",
        "* * * * *",
        "every minute",
        "Sends the early help desk's waiting notifications, retrying failed ones as they fall due; "
        "the worker does the same within seconds, and this catches up whenever it is down.",
    ),
    Job(
        "send_queued_email",
        "* * * * *",
        "every minute",
        "Sends queued emails (notifications to editors, password resets), retrying failed ones as they fall due; "
        "the worker does the same within seconds, and this catches up whenever it is down.",
    ),
    Job(
        "publish_scheduled",
        "* * * * *",
        "every minute",
        "Puts pages live at their go-live date and takes them down at their expiry date.",
    ),
    Job(
        "send_review_reminders",
        "0 7 * * 1-5",
        "weekdays at 07:00",
        "Emails service owners their listings due for review within two weeks or overdue.",
    ),
    Job(
        "send_champion_interest_reminders",
        "0 8 * * 1-5",
        "weekdays at 08:00",
        "Tells the Early years team how many people are waiting to hear about becoming a parent champion.",
    ),
    Job(
        "anonymise_referrals",
        "30 2 * * *",
        "daily at 02:30",
        "Removes the personal details of referrals closed more than REFERRAL_RETENTION_DAYS ago.",
    ),
    Job(
        "clearsessions",
        "0 3 * * *",
        "daily at 03:00",
        "Deletes expired sessions (and with them any answers a family left in a form).",
    ),
    Job(
        "axes_reset_logs",
        "15 3 * * *",
        "daily at 03:15",
        "Deletes records of admin sign-ins (address and browser) older than 30 days.",
        ("--age", "30"),
    ),
    Job(
        "forget_unmet_searches",
        "30 3 * * *",
        "daily at 03:30",
        "Deletes searches that found nothing, last made more than UNMET_SEARCH_RETENTION_DAYS ago.",
    ),
    Job(
        "forget_feedback_comments",
        "45 3 * * *",
        "daily at 03:45",
        "Deletes what families wrote in feedback after a service, once the month it was written in ended "
        "more than SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS ago.",
    ),
    Job(
        "update_index",
        "0 4 * * *",
        "daily at 04:00",
        "Rebuilds the search index, catching anything a save did not index.",
    ),
]
