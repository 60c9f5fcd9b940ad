"""Create, or remove, the admin account that `make run` prints for one development run."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEV_USERNAME = "dev-admin"


class Command(BaseCommand):
    help = "Create a superuser with a fresh random password for this dev run, or remove it."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "remove"])
        parser.add_argument("--port", default="8000")

    def handle(self, *args, action, port, **options):
        if not settings.DEBUG:
            raise CommandError("dev_admin is for development only (DEBUG is off).")
        user_model = get_user_model()
        if action == "remove":
            user_model.objects.filter(username=DEV_USERNAME).delete()
            self.stdout.write("Removed the dev-run admin account.")
            return

        password = secrets.token_urlsafe(12)
        user, _ = user_model.objects.get_or_create(username=DEV_USERNAME)
        user.is_staff = user.is_superuser = user.is_active = True
        user.email = "dev-admin@localhost"
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "\nAdmin for this dev run only (removed when the server stops):\n"
                f"  http://localhost:{port}/admin/\n"
                f"  username: {DEV_USERNAME}\n"
                f"  password: {password}\n"
            )
        )
