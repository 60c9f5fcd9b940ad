"""Answers in progress: kept in the visitor's session, encrypted, and carried in each page.

The session table is not a safe place for what a family types, so the draft is stored there
as an encrypted token. The same token travels in a hidden field of every page: if the session
has ended (the server restarted, or the cookie was lost) within the idle time, the next page
they send brings every earlier answer back with it, so nothing typed is lost.

A token never outlives the idle time, and once the answers are cleared ("Clear my answers",
"Exit this page", the idle timeout) or sent, its key is listed as closed, so an old copy of a
page on a shared device cannot bring them back.
"""

import datetime
import json
import time
import uuid
from functools import lru_cache

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from encrypted_fields.fields import EncryptedTextField

from referrals.models import ClosedDraft, Referral

SESSION_KEY = "referral_draft"
# Each form keeps its own draft, so a professional's answers never appear in a family's form on
# the same device, nor the other way round. Both are closed by "Exit this page".
SESSION_KEYS = {"self": SESSION_KEY, "professional": "professional_referral_draft"}

# Closed keys are kept a day past the idle time, so lengthening the idle time in the settings
# cannot make an old token readable again.
CLOSED_KEY_MARGIN = datetime.timedelta(days=1)


@lru_cache(maxsize=1)
def _cipher(secret_key, salts):
    # The same keys as the encrypted model fields, so one rotation covers both.
    return EncryptedTextField().f


def cipher():
    return _cipher(settings.SECRET_KEY, tuple(settings.SALT_KEY))


def idle_seconds():
    return settings.REFERRAL_DRAFT_IDLE_MINUTES * 60


def _open(token, ttl):
    try:
        return json.loads(cipher().decrypt(token.encode("ascii"), ttl=ttl))
    except (InvalidToken, ValueError, TypeError, UnicodeError, AttributeError):
        return None


class Draft:
    def __init__(self, data=None, form="self"):
        data = data or {}
        self.form = data.get("form", form)
        self.key = data.get("key") or str(uuid.uuid4())
        self.answers = data.get("answers", {})  # step slug -> the fields as posted
        self.complete = data.get("complete", [])  # steps answered without errors
        self.touched = data.get("touched", time.time())

    def as_token(self):
        payload = {
            "form": self.form,
            "key": self.key,
            "answers": self.answers,
            "complete": self.complete,
            "touched": self.touched,
        }
        return cipher().encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8")).decode("ascii")

    @classmethod
    def from_token(cls, token, form="self"):
        """The draft of this form in a token made less than the idle time ago, or None."""
        payload = _open(token, idle_seconds())
        if not isinstance(payload, dict) or payload.get("form", "self") != form:
            return None
        return cls(payload)

    @property
    def has_answers(self):
        """Whether anything was typed or chosen (a page sent empty, or with the Back link, is
        nothing to come back to)."""
        return any(
            value.strip()
            for fields in self.answers.values()
            for name, values in fields.items()
            if not name.endswith("_FORMS")
            for value in values
        )

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


def key_of(token):
    """The draft key a token carries, however old: enough to close it, nothing more."""
    payload = _open(token, None) if token else None
    return payload.get("key") if isinstance(payload, dict) else None


def close(key):
    """List a draft key as closed (cleared or sent), and drop the keys no token can carry now."""
    if not key:
        return
    now = timezone.now()
    try:
        ClosedDraft.objects.bulk_create([ClosedDraft(key=key, closed_at=now)], ignore_conflicts=True)
    except ValidationError:
        return
    stale = now - datetime.timedelta(seconds=idle_seconds()) - CLOSED_KEY_MARGIN
    ClosedDraft.objects.filter(closed_at__lt=stale).delete()


def is_closed(key):
    try:
        return ClosedDraft.objects.filter(key=key).exists() or Referral.objects.filter(submission_key=key).exists()
    except ValidationError:
        return True


def load(request, form="self"):
    """The visitor's draft of this form, from the session or the page they sent; a new one if
    neither.

    Returns (draft, restored): restored is True when answers came back from the page
    because the session had ended."""
    token = request.session.get(SESSION_KEYS[form])
    draft = Draft.from_token(token, form) if token else None
    if token and (draft is None or draft.expired):
        # A paused form left open on a shared device: clear it rather than show it again.
        forget(request, form)
        draft = None
    if draft is None and request.method == "POST" and request.POST.get("state"):
        restored = Draft.from_token(request.POST["state"], form)
        if restored is not None and not restored.expired and not is_closed(restored.key):
            return restored, True
    return draft or Draft(form=form), False


def store(request, draft):
    draft.touched = time.time()
    request.session[SESSION_KEYS[draft.form]] = draft.as_token()


def forget(request, form=None):
    """Clear the answers from this device: from the session, and from every copy of a page
    that carries them. `form` None clears every form's draft ("Exit this page"). Returns the
    key of the draft that was forgotten, if any."""
    keys = [key_of(request.session.pop(SESSION_KEYS[name], None)) for name in ([form] if form else SESSION_KEYS)]
    posted = key_of(request.POST.get("state")) if request.method == "POST" else None
    for each in {*keys, posted} - {None}:
        close(each)
    return next((key for key in keys if key), None)


# What a draft keeps of one answer: far more than any question takes (the longest takes 2,000
# characters, and an answer over its limit is kept so the family can shorten it), and far less
# than a robot can post, as the draft travels encrypted in every page of the form.
MAX_VALUE_LENGTH = 5000
MAX_VALUES = 30  # the ticks of the longest list of boxes


def posted_fields(request, step):
    """What a page sent for its own questions (see Step.field_names): exactly as typed, lists
    kept; the form machinery and anything the page does not ask are left out."""
    names = step.field_names()
    return {
        key: [value[:MAX_VALUE_LENGTH] for value in request.POST.getlist(key)[:MAX_VALUES]]
        for key in request.POST
        if key in names
    }


def as_form_data(answers):
    """Stored answers back into the shape a bound form reads."""
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, values in (answers or {}).items():
        data.setlist(key, values)
    return data
