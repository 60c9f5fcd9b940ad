"""Answers a visitor carries from page to page, sealed: encrypted with the keys of the encrypted
model fields (so one key rotation covers both) and readable only for a short time. The server
keeps nothing: a family's answers live in the page they are on, and an old copy of the address
is useless once the time has passed."""

import json
from functools import lru_cache

from cryptography.fernet import InvalidToken
from django.conf import settings
from encrypted_fields.fields import EncryptedTextField


@lru_cache(maxsize=1)
def _cipher(secret_key, salts):
    return EncryptedTextField().f


def _current_cipher():
    return _cipher(settings.SECRET_KEY, tuple(settings.SALT_KEY))


def seal(data):
    """A URL-safe token holding `data` (anything JSON can hold)."""
    return _current_cipher().encrypt(json.dumps(data, ensure_ascii=False).encode("utf-8")).decode("ascii")


def unseal(token, max_age_seconds):
    """What `seal` put in the token, or None if it is not one of ours or is older than allowed."""
    try:
        return json.loads(_current_cipher().decrypt(token.encode("ascii"), ttl=max_age_seconds))
    except (InvalidToken, ValueError, TypeError, UnicodeError, AttributeError):
        return None
