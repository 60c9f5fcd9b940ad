"""The demo's past referrals, so the Insight area has a year of figures to show (called by
`load_demo` through ReferralsConfig, as nothing but the URLs imports this app).

Each is anonymised: only the plain columns are filled (when it arrived, from whom, its status and
history, area, hub, languages, the codes of the needs ticked), no personal detail at all, and its
reference starts "DEMO-" (a real reference never holds an O). The numbers follow the council's
reports in shape: Children's Village and Whitmore Reans ask most, every other area about the
same; about two in three close at early help and one in ten steps up to social care; each
locality's needs lean to the top three challenges its 2018 report names. Random, with a fixed
seed: the same demo on every machine.
"""

import datetime
import random
import uuid

from django.utils import timezone

from core.models import SpokenLanguage
from hubs.models import HubPage, Locality
from referrals.models import CLOSED_STATUSES, REFERENCE_ALPHABET, Referral, Source, Status, StatusChange

DEMO_PREFIX = "DEMO-"
MONTHS = 12
REFERRALS_A_MONTH = 14  # for an area of average demand
DEMAND = {"Children's Village": 1.5, "Whitmore Reans": 1.3}
SOURCES = [(Source.FAMILY, 40), (Source.PROFESSIONAL, 50), (Source.PARENT_CHAMPION, 10)]
# Needs every area asks for, and each area's own (its top three challenges, 2018).
COMMON_NEEDS = [("parenting", 6), ("behaviour", 5), ("family-relationships", 4), ("mental-health", 3), ("send", 2)]
LOCAL_NEEDS = {
    "Eastfield": [("money", 6), ("work-skills", 3), ("drugs-alcohol", 4), ("mental-health", 4), ("domestic-abuse", 8)],
    "Bilston": [("money", 8), ("work-skills", 4), ("housing", 6), ("mental-health", 5), ("young-people-at-risk", 2)],
    "Graiseley": [
        ("domestic-abuse", 8),
        ("money", 4),
        ("housing", 3),
        ("development-play", 4),
        ("school-readiness", 2),
    ],
    "Bingley": [("domestic-abuse", 7), ("youth-violence", 4), ("young-parents", 4), ("mental-health", 5)],
    "Whitmore Reans": [("housing", 6), ("young-people-at-risk", 4), ("exploitation", 2), ("parenting", 3)],
    "Dove": [("mental-health", 6), ("parenting", 4), ("young-people-at-risk", 2), ("behaviour", 2)],
    "Low Hill": [("youth-violence", 5), ("early-education", 4), ("domestic-abuse", 6)],
    "Children's Village": [("mental-health", 7), ("housing", 6), ("domestic-abuse", 6)],
}
# Where a referral ends up: about two in three closed at early help, one in ten stepped up to
# social care, the rest allocated to a hub (and a few still in screening).
SETTLED = [
    (Status.SIGNPOSTED, 33),
    (Status.CLOSED_NFA, 32),
    (Status.ALLOCATED, 22),
    (Status.STEPPED_UP, 10),
    (Status.SCREENING, 3),
]
FORM_LANGUAGES = [("en", 86), ("pa", 4), ("pl", 3), ("ur", 3), ("ro", 2), ("ar", 2)]
# The language a family prefers, when the form was in English.
SPOKEN_WITH_ENGLISH = [("en", 80), ("pa", 5), ("pl", 3), ("ur", 3), ("ro", 2), ("ku", 2), ("ti", 1), ("so", 1), ("", 3)]


def pick(rng, weighted):
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def demo_reference(number):
    """DEMO-AAAA, DEMO-AAAC… one for each number: never a real reference, as those have no O."""
    letters = []
    for _place in range(4):
        number, digit = divmod(number, len(REFERENCE_ALPHABET))
        letters.append(REFERENCE_ALPHABET[digit])
    return DEMO_PREFIX + "".join(reversed(letters))


def days_to_first_action(rng, source):
    # Most referrals are screened within a few days; a few wait over a week.
    days = rng.lognormvariate(0.9 if source == Source.PROFESSIONAL else 1.1, 0.7)
    return min(days, 20)


def load_demo_referrals(now=None):
    """Add the demo's past referrals unless they are there; the number of them."""
    existing = Referral.objects.filter(reference__startswith=DEMO_PREFIX).count()
    if existing:
        return existing
    now = now or timezone.now()
    rng = random.Random(19)
    languages = {language.code: language for language in SpokenLanguage.objects.all()}
    hubs = {hub.locality_id: hub for hub in HubPage.objects.live()}
    this_month = timezone.localdate(now).replace(day=1)
    first_day = this_month
    for _month in range(MONTHS - 1):
        first_day = (first_day - datetime.timedelta(days=1)).replace(day=1)
    start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time(9)))
    span = (now - start).total_seconds()
    referrals, changes = [], []
    for locality in Locality.objects.order_by("number"):
        wanted = round(REFERRALS_A_MONTH * DEMAND.get(locality.name, 1) * span / (30.4 * 24 * 3600))
        needs = COMMON_NEEDS + LOCAL_NEEDS.get(locality.name, [])
        for _referral in range(wanted):
            received = start + datetime.timedelta(seconds=rng.uniform(0, span))
            source = pick(rng, SOURCES)
            form_language = pick(rng, FORM_LANGUAGES)
            spoken = pick(rng, SPOKEN_WITH_ENGLISH) if form_language == "en" else form_language
            acted = received + datetime.timedelta(days=days_to_first_action(rng, source))
            status = pick(rng, SETTLED) if acted < now else Status.NEW
            settled = acted + datetime.timedelta(days=rng.uniform(2, 45))
            if status not in (Status.NEW, Status.SCREENING) and settled > now:
                status = Status.SCREENING  # screened, and not yet settled
            if status in (Status.NEW, Status.SCREENING):
                settled = acted if status == Status.SCREENING else received
            ticked = {pick(rng, needs) for _need in range(rng.choice([1, 1, 2, 2, 3]))}
            referral = Referral(
                reference=demo_reference(len(referrals)),
                submission_key=uuid.UUID(int=rng.getrandbits(128)),
                received_at=received,
                form_language=form_language,
                source=source,
                status=status,
                status_changed_at=settled,
                closed_at=settled if status in CLOSED_STATUSES else None,
                suggested_locality=locality,
                locality=locality,
                hub=hubs.get(locality.pk) if status == Status.ALLOCATED else None,
                spoken_language=languages.get(spoken),
                interpreter_needed=spoken not in ("en", "") and rng.random() < 0.6,
                consent_to_share=True,
                need_codes=sorted(ticked),
                anonymised_at=now,
            )
            referrals.append(referral)
            if status != Status.NEW:
                changes.append((referral, acted, Status.NEW, Status.SCREENING))
            if status not in (Status.NEW, Status.SCREENING):
                changes.append((referral, settled, Status.SCREENING, status))
    Referral.objects.bulk_create(referrals, batch_size=500)
    StatusChange.objects.bulk_create(
        [
            StatusChange(referral=referral, changed_at=at, from_status=from_status, to_status=to_status)
            for referral, at, from_status, to_status in changes
        ],
        batch_size=500,
    )
    return len(referrals)
