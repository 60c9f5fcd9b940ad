"""Demo signposting by parent champions over the past twelve months (called by `load_demo`), so
the Early years team's figures and the Insight area's section show something true to the
council's report: champions signposted 276 people in about two years, mostly to the two-year-old
offer and groups in the community.

Eight demo champions, one in each area, each with an account that cannot sign in (no password
can match it) in the "Parent champions" group. Made up, with a fixed seed: a second run adds
nothing, and nothing is added to a site whose log has real entries.
"""

import calendar
import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from core.models import SpokenLanguage
from directory.models import Need, ServicePage, SignpostedTo, SignpostingEntry
from directory.roles import PARENT_CHAMPIONS
from hubs.demo import CHAMPIONS
from hubs.models import HubPage, Locality

# One demo champion in each area (first names from the demo profiles, hubs/demo.py).
DEMO_CHAMPIONS = ["Ioana", "Marek", "Gurpreet", "Nadia", "Agnieszka", "Saima", "Bianca", "Amrit"]
DEMO_LAST_NAME = "(demo champion)"

# What families asked about and where champions pointed them, with how often: (need slug,
# service slug or kind of place, weight). "hub" is the family's own hub.
SIGNPOSTING = [
    ("early-education", "two-year-old-offer", 6),
    ("early-education", "nursery-place-drop-in", 2),
    ("early-education", SignpostedTo.NURSERY, 1),
    ("development-play", "stay-and-play", 4),
    ("development-play", SignpostedTo.HUB, 2),
    ("development-play", SignpostedTo.COMMUNITY_GROUP, 1),
    ("school-readiness", "ready-steady-school", 2),
    ("infant-feeding", "infant-feeding-group", 2),
    ("infant-feeding", "health-visiting", 2),
    ("parenting", "positive-parenting", 2),
    ("parenting", "dads-group", 1),
    ("parenting", SignpostedTo.COMMUNITY_GROUP, 1),
    ("young-parents", "young-parents-group", 1),
    ("money", "money-advice", 2),
    ("money", SignpostedTo.FOOD_BANK, 2),
    ("money", "holiday-activities", 1),
    ("work-skills", "english-classes", 2),
    ("work-skills", "back-to-work", 1),
    ("mental-health", "parents-wellbeing", 1),
    ("mental-health", SignpostedTo.GP, 2),
    ("behaviour", "sleep-and-behaviour-clinic", 1),
    ("send", "send-family-support", 1),
    ("send", SignpostedTo.SCHOOL, 1),
    ("housing", "eviction-prevention", 1),
    ("housing", SignpostedTo.OTHER, 1),
    ("family-relationships", SignpostedTo.HUB, 1),
]
MONTHS = 12


def demo_champion_accounts():
    """The demo champions' accounts, made if missing: {first name: (user, locality number,
    language codes)}."""
    group, _created = Group.objects.get_or_create(name=PARENT_CHAMPIONS)
    profiles = {name: (number, codes) for name, number, codes, _help in CHAMPIONS}
    accounts = {}
    for name in DEMO_CHAMPIONS:
        user, created = get_user_model().objects.get_or_create(
            username=f"demo-champion-{name.lower()}",
            defaults={
                "first_name": name,
                "last_name": DEMO_LAST_NAME,
                "email": f"demo-champion-{name.lower()}@example.org",
            },
        )
        if created:
            user.set_unusable_password()
            user.save()
            user.groups.add(group)
        accounts[name] = (user, *profiles[name])
    return accounts


def load_signposting(today=None):
    """Twelve months of entries from the demo champions; returns how many were added."""
    if SignpostingEntry.objects.exists():
        return 0
    today = today or timezone.localdate()
    rng = random.Random(19)
    accounts = demo_champion_accounts()
    localities = {locality.number: locality for locality in Locality.objects.all()}
    hubs = {hub.locality_id: hub for hub in HubPage.objects.live()}
    needs = {need.slug: need for need in Need.objects.all()}
    services = {service.slug: service for service in ServicePage.objects.live()}
    languages = {language.code: language for language in SpokenLanguage.objects.all()}
    weights = [weight for _need, _where, weight in SIGNPOSTING]
    entries = []
    for user, number, codes in accounts.values():
        # Their community languages more often than English, as families seek them out for it.
        spoken = [code for code in codes for _times in range(1 if code == "en" else 3)]
        for month in range(MONTHS):
            first = month_back(today.replace(day=1), month)
            for _entry in range(rng.choice([0, 1, 1, 2, 2, 3])):
                day = min(today, first.replace(day=rng.randint(1, calendar.monthrange(first.year, first.month)[1])))
                locality = localities[number] if rng.random() < 0.85 else rng.choice(list(localities.values()))
                need, where, _weight = rng.choices(SIGNPOSTING, weights)[0]
                entry = SignpostingEntry(
                    logged_by=user,
                    date=day,
                    locality=locality,
                    need=needs[need],
                    language=languages[rng.choice(spoken)],
                    families=rng.choice([1] * 8 + [2, 3]),
                )
                if where == SignpostedTo.HUB:
                    entry.signposted_to, entry.hub = SignpostedTo.HUB, hubs[locality.pk]
                elif where in SignpostedTo.values:
                    entry.signposted_to = where
                else:
                    entry.signposted_to, entry.service = SignpostedTo.SERVICE, services[where]
                entries.append(entry)
    SignpostingEntry.objects.bulk_create(entries)
    return len(entries)


def month_back(first_of_month, months):
    for _month in range(months):
        first_of_month = (first_of_month - datetime.timedelta(days=1)).replace(day=1)
    return first_of_month
