"""The demo's feedback after a service: a year of made-up responses about the hubs and the
sessions families and children use most, in every site language, so the admin's summaries and
the Insight area show figures. Made once, with a fixed seed; a second run adds nothing."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from directory.models import ServicePage
from feedback.models import (
    Audience,
    EqualityAnswers,
    FeedbackAnswer,
    FeedbackQuestion,
    FeedbackResponse,
    FeedbackVersion,
    QuestionKind,
)
from feedback.models.service_feedback import ETHNIC_GROUP_CHOICES, AgeBand, Religion, Sex, YesNo, rating_scale
from feedback.places import hub_of_place, places_of
from feedback.reference_data import ensure_feedback_versions
from feedback.responses import answer_row
from hubs.models import HubPage

SEED = 19
MONTHS = 12
PARENTS, UNDER_8, OLDER = Audience.PARENTS, Audience.UNDER_EIGHT, Audience.OLDER_CHILDREN
# The sessions asked about most, and who answers about each (weighted).
SERVICES = {
    "stay-and-play": (PARENTS, PARENTS, UNDER_8, UNDER_8),
    "baby-massage": (PARENTS,),
    "infant-feeding-group": (PARENTS,),
    "chatter-and-play": (PARENTS, UNDER_8),
    "ready-steady-school": (PARENTS, UNDER_8, UNDER_8),
    "english-classes": (PARENTS,),
    "dads-group": (PARENTS, UNDER_8),
    "young-parents-group": (PARENTS,),
    "positive-parenting": (PARENTS,),
    "parenting-teenagers": (PARENTS, OLDER),
    "holiday-activities": (OLDER, OLDER, UNDER_8, PARENTS),
    "young-people-wellbeing": (OLDER,),
    "summer-youth-programme": (OLDER,),
    "family-support": (PARENTS, OLDER),
}
HUBS = (PARENTS, PARENTS, PARENTS, UNDER_8, OLDER)
LANGUAGES = ("en",) * 12 + ("pa",) * 2 + ("pl",) * 2 + ("ro",) + ("ur",) * 2 + ("ar",)
# How answers lean: mostly good, some in between, a few poor (top of the scale first).
LEANING = (0.55, 0.25, 0.12, 0.05, 0.03)
FRIEND = (0.75, 0.2, 0.05)
COMMENT_SHARE = 0.2
EQUALITY_SHARE = 0.4
# What people wrote, in the language they answered in. Nobody's name, as the form asks.
COMMENTS = {
    PARENTS: {
        "en": [
            "The staff were kind and never rushed us.",
            "My little one loved the sand and water play.",
            "A session after school would help working parents.",
            "I was nervous about coming but everyone made me welcome.",
            "It was very busy this time, hard to find a seat.",
        ],
        "pa": ["ਸਟਾਫ਼ ਬਹੁਤ ਮਦਦਗਾਰ ਸੀ, ਧੰਨਵਾਦ।", "ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਕੋਈ ਹੋਵੇ ਤਾਂ ਚੰਗਾ ਲੱਗੇਗਾ।"],
        "pl": ["Bardzo pomocne zajęcia, dziękuję.", "Chętnie przyszłabym też w sobotę."],
        "ro": ["Personalul a fost foarte amabil și răbdător."],
        "ur": ["بہت اچھا سیشن تھا، شکریہ۔", "وقت تھوڑا زیادہ ہونا چاہیے۔"],
        "ar": ["كانت الجلسة مفيدة جدًا لي ولطفلي."],
    },
    UNDER_8: {
        "en": ["The bubbles", "Painting a dinosaur", "Singing songs", "The big slide"],
        "pa": ["ਗਾਣੇ ਗਾਉਣਾ"],
        "pl": ["Malowanie"],
        "ro": ["Jocul cu nisip"],
        "ur": ["بلبلے"],
        "ar": ["الرسم"],
    },
    OLDER: {
        "en": [
            "Playing football with everyone",
            "Nobody judged me",
            "I wish it was on more often",
            "The youth worker really listened",
        ],
        "pa": ["ਮੈਨੂੰ ਨਵੇਂ ਦੋਸਤ ਮਿਲੇ"],
        "pl": ["Fajni ludzie"],
        "ro": ["Mi-a plăcut excursia"],
        "ur": ["مجھے بات کرنے کا موقع ملا"],
        "ar": ["تعلمت أشياء جديدة"],
    },
}
# Weighted to look like a city of many communities; "prefer not to say" always among them.
ETHNIC_WEIGHTS = {"white-british": 50, "indian": 14, "pakistani": 4, "caribbean": 4, "african": 4, "white-other": 6}
RELIGION_WEIGHTS = {"christian": 30, "none": 28, "sikh": 10, "muslim": 10, "hindu": 3, "prefer-not-to-say": 6}


def months_shown(today):
    month = today.replace(day=1)
    months = [month]
    for _ in range(MONTHS - 1):
        month = (month - datetime.timedelta(days=1)).replace(day=1)
        months.append(month)
    return months


def pick(rng, weights):
    values = list(weights)
    return rng.choices(values, weights=[weights[value] for value in values])[0]


def other_or(rng, weights, choices):
    """A weighted answer, now and then any other answer from the list."""
    if rng.random() < 0.15:
        return rng.choice([value for value, _label in choices])
    return pick(rng, weights)


def value_for(rng, question, audience):
    if question.kind == QuestionKind.RATING:
        steps = len(rating_scale(audience))
        leaning = LEANING if steps == 5 else (0.75, 0.18, 0.07)
        return steps - rng.choices(range(steps), weights=leaning[:steps])[0]
    if question.kind == QuestionKind.CHOICE:
        return rng.choices(range(len(question.option_lines("en"))), weights=FRIEND)[0]
    return None


def demo_answers(rng, questions, audience, language):
    rows = []
    for question in questions:
        if question.kind == QuestionKind.TEXT:
            if rng.random() < COMMENT_SHARE:
                texts = COMMENTS[audience].get(language) or COMMENTS[audience]["en"]
                rows.append(answer_row(question, rng.choice(texts), audience))
        elif question.required or rng.random() < 0.9:
            rows.append(answer_row(question, value_for(rng, question, audience), audience))
    return rows


def equality_answers(rng, page, hub, month):
    return EqualityAnswers(
        page=page,
        locality_id=hub.locality_id if hub else None,
        month=month,
        age=rng.choice([AgeBand.FROM_18, AgeBand.FROM_25, AgeBand.FROM_25, AgeBand.FROM_35, AgeBand.FROM_35])
        if rng.random() < 0.9
        else AgeBand.PREFER_NOT,
        sex=rng.choice([Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE, Sex.PREFER_NOT]),
        ethnic_group=other_or(rng, ETHNIC_WEIGHTS, ETHNIC_GROUP_CHOICES),
        disability=rng.choice([YesNo.NO, YesNo.NO, YesNo.NO, YesNo.NO, YesNo.YES, YesNo.PREFER_NOT]),
        religion=other_or(rng, RELIGION_WEIGHTS, Religion.choices) if rng.random() < 0.85 else "",
    )


def pages_and_audiences():
    """(page, audiences, hubs) for every demo page that gets feedback: the hubs are those of
    the places it runs at, one of which each response counts for."""
    pages = [(hub, HUBS, [hub]) for hub in HubPage.objects.live().order_by("path")]
    for slug, audiences in SERVICES.items():
        service = ServicePage.objects.live().filter(slug=slug).first()
        if service is not None:
            pages.append((service, audiences, [hub_of_place(place) for place in places_of(service)]))
    return pages


def load_feedback(today=None):
    """A year of demo responses; returns how many were made (none if there are some already)."""
    if FeedbackResponse.objects.exists():
        return 0
    ensure_feedback_versions(FeedbackVersion, FeedbackQuestion)
    questions = {version.slug: list(version.questions.all()) for version in FeedbackVersion.objects.all()}
    rng = random.Random(SEED)
    months = months_shown(today or timezone.localdate())
    responses, answers, equality = [], [], []
    for page, audiences, hubs in pages_and_audiences():
        for month in months:
            for _ in range(rng.randint(1, 4)):
                audience = rng.choice(audiences)
                # As if from a sign-in sheet printed for one of the places it runs at.
                hub = rng.choice(hubs) if hubs else None
                language = rng.choice(LANGUAGES)
                response = FeedbackResponse(page=page, hub=hub, audience=audience, language=language, month=month)
                responses.append(response)
                answers.append(demo_answers(rng, questions.get(audience, []), audience, language))
                if audience == PARENTS and rng.random() < EQUALITY_SHARE:
                    equality.append(equality_answers(rng, page, hub, month))
    with transaction.atomic():
        FeedbackResponse.objects.bulk_create(responses)
        for response, rows in zip(responses, answers, strict=True):
            for row in rows:
                row.response = response
        FeedbackAnswer.objects.bulk_create([row for rows in answers for row in rows])
        EqualityAnswers.objects.bulk_create(equality)
    return len(responses)
