"""Answers in progress: kept in the visitor's session, encrypted, and carried in each page.

The session table is not a safe place for what a family types, so the draft is stored there
as an encrypted token. The same token travels in a hidden field of every page: if the session
has ended (the visitor paused too long, or the server restarted), the next page they send
brings every earlier answer back with it, so nothing typed is lost.
"""

import json
import time
import uuid
from functools import lru_cache

from cryptography.fernet import InvalidToken
from django.conf import settings
from encrypted_fields.fields import EncryptedTextField

SESSION_KEY = "referral_draft"


@lru_cache(maxsize=1)
def _cipher(secret_key, salts):
    # The same keys as the encrypted model fields, so one rotation covers both.
    return EncryptedTextField().f


def cipher():
    return _cipher(settings.SECRET_KEY, tuple(settings.SALT_KEY))


def idle_seconds():
    return settings.REFERRAL_DRAFT_IDLE_MINUTES * 60


class Draft:
    def __init__(self, data=None):
        data = data or {}
        self.key = data.get("key") or str(uuid.uuid4())
        self.answers = data.get("answers", {})  # step slug -> the fields as posted
        self.complete = data.get("complete", [])  # steps answered without errors
        self.touched = data.get("touched", time.time())

    def as_token(self):
        payload = {"key": self.key, "answers": self.answers, "complete": self.complete, "touched": self.touched}
        return cipher().encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8")).decode("ascii")

    @classmethod
    def from_token(cls, token, max_age):
        try:
            payload = cipher().decrypt(token.encode("ascii"), ttl=max_age)
            return cls(json.loads(payload))
        except (InvalidToken, ValueError, TypeError, UnicodeError):
            return None

    @property
    def expired(self):
        return time.time() - self.touched > idle_seconds()

    def save_step(self, step, data, complete):
        self.answers[step] = data
        if complete and step not in self.complete:
            self.complete.append(step)
        if not complete and step in self.complete:
            self.complete.remove(step)
        self.touched = time.time()


def load(request):
    """The visitor's draft, from the session or the page they sent; a new one if neither.

    Returns (draft, restored): restored is True when answers came back from the page
    because the session had ended."""
    token = request.session.get(SESSION_KEY)
    draft = Draft.from_token(token, settings.REFERRAL_DRAFT_MAX_AGE_HOURS * 3600) if token else None
    if draft is not None and draft.expired and request.method == "GET":
        # A paused form left open on a shared device: clear it rather than show it again.
        forget(request)
        draft = None
    if draft is None and request.method == "POST" and request.POST.get("state"):
        restored = Draft.from_token(request.POST["state"], settings.REFERRAL_DRAFT_MAX_AGE_HOURS * 3600)
        if restored is not None:
            return restored, True
    return draft or Draft(), False


def store(request, draft):
    draft.touched = time.time()
    request.session[SESSION_KEY] = draft.as_token()


def forget(request):
    request.session.pop(SESSION_KEY, None)


def posted_fields(request):
    """What a page sent, minus the form machinery: exactly as typed, lists kept."""
    skip = {"csrfmiddlewaretoken", "state", "navigate", "website"}
    return {key: request.POST.getlist(key) for key in request.POST if key not in skip}


def as_form_data(answers):
    """Stored answers back into the shape a bound form reads."""
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, values in (answers or {}).items():
        data.setlist(key, values)
    return data
