"""`make run` prints an admin login that only lasts for that run."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_each_run_gets_a_new_password_and_the_account_is_removed_after(settings):
    settings.DEBUG = True
    first, second = StringIO(), StringIO()
    call_command("dev_admin", "create", stdout=first)
    call_command("dev_admin", "create", stdout=second)
    passwords = [re.search(r"password: (\S+)", out.getvalue()).group(1) for out in (first, second)]
    assert passwords[0] != passwords[1]
    user = get_user_model().objects.get(username="dev-admin")
    assert user.is_superuser and user.check_password(passwords[1])
    call_command("dev_admin", "remove", stdout=StringIO())
    assert not get_user_model().objects.filter(username="dev-admin").exists()


def test_refuses_to_run_outside_development(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("dev_admin", "create", stdout=StringIO())
