"""Key rotation, as the README describes it: add a salt, re-encrypt, drop the old salt."""

import pytest
from django.core.management import call_command
from encrypted_fields.fields import EncryptedFieldMixin

from referrals.models import Referral
from tests.referrals.journey import fill_in, state_of

pytestmark = pytest.mark.django_db


def forget_cached_keys():
    for field in Referral._meta.concrete_fields:
        if isinstance(field, EncryptedFieldMixin):
            field.__dict__.pop("keys", None)
            field.__dict__.pop("f", None)


def test_rotating_the_salt_keeps_every_referral_readable(client, demo_site, settings):
    check = fill_in(client)
    client.post("/refer/check/", {"state": state_of(check)})
    old_salt = settings.SALT_KEY[0]
    try:
        settings.SALT_KEY = ["a-new-salt", old_salt]
        forget_cached_keys()
        call_command("reencrypt_personal_data", verbosity=0)
        settings.SALT_KEY = ["a-new-salt"]  # the old salt is gone
        forget_cached_keys()
        referral = Referral.objects.get()
        assert referral.full_name == "Zofia Kowalska-Łęcka"
        assert referral.children[0]["name"] == "Amir"
    finally:
        settings.SALT_KEY = [old_salt]
        forget_cached_keys()
