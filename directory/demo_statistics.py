"""A year of the directory's counts for the demo's Insight area: searches that found nothing and
service page views (called by `load_demo`). Counts only, as the site keeps them, plus a few
searches' words for the Unmet searches report. Each table is filled only while it is empty, so a
second run (or a site already counting) changes nothing. Random with a fixed seed.

The shape follows the council's reports: families look most for help with money, housing,
domestic abuse and mental health, each area leaning to its own top challenges; universal
services (stay and play, health visiting, free childcare) are read most; one page in six or so is
read in a community language.
"""

import datetime
import random
from collections import Counter

from django.utils import timezone

from directory.models import ServicePage, ServiceView, UnmetSearch, UnmetSearchCount
from hubs import postcodes
from hubs.models import Locality, Ward

MONTHS = 12
LANGUAGES = [("en", 80), ("pa", 5), ("pl", 4), ("ur", 5), ("ro", 3), ("ar", 3)]
UNMET_A_MONTH = 9  # for an area, before its weighting
# What searches that found nothing were about; "" is a search no need could be recognised in.
UNMET_NEEDS = [("money", 8), ("housing", 7), ("mental-health", 5), ("domestic-abuse", 4), ("send", 4), ("", 9)]
LOCAL_UNMET = {
    "Eastfield": [("money", 6), ("work-skills", 3)],
    "Bilston": [("money", 8), ("housing", 4), ("young-people-at-risk", 3)],
    "Graiseley": [("domestic-abuse", 5), ("housing", 4)],
    "Bingley": [("youth-violence", 3), ("young-parents", 3)],
    "Whitmore Reans": [("housing", 6), ("young-people-at-risk", 3)],
    "Dove": [("mental-health", 5), ("parenting", 2)],
    "Low Hill": [("youth-violence", 4), ("early-education", 3)],
    "Children's Village": [("mental-health", 5), ("housing", 5)],
}
# Searches with no postcode: site search, or the listing without one.
UNPLACED_A_MONTH = 30
# Words families typed that found nothing (language, district, words, times), for the report.
UNMET_WORDS = [
    ("en", "WV14", "food bank on a sunday", 7),
    ("en", "WV10", "help paying gas bill", 5),
    ("en", "", "autism assessment waiting list", 6),
    ("en", "WV1", "eviction notice what do i do", 4),
    ("pl", "WV2", "psycholog dla dziecka po polsku", 3),
    ("ro", "", "ajutor chirie", 2),
    ("en", "WV11", "sen tribunal support", 3),
    ("pa", "WV4", "ਬੱਚੇ ਦੀ ਦੇਖਭਾਲ ਸ਼ਾਮ", 2),
]
# Service pages read a month, at the most, by the most-read services; others are read less.
MOST_READ = {
    "stay-and-play": 420,
    "health-visiting": 380,
    "two-year-old-offer": 360,
    "funded-childcare-3-4": 300,
    "money-advice": 260,
    "holiday-activities": 240,
    "positive-parenting": 200,
    "domestic-abuse-support": 180,
    "baby-massage": 170,
    "family-support": 150,
}


def first_months(today):
    month, months = today.replace(day=1), []
    for _month in range(MONTHS):
        months.append(month)
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    return list(reversed(months))


def pick(rng, weighted):
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def districts_by_locality():
    """{locality: [(district, its postcodes in the locality)]}, to place the demo's searches."""
    ward_localities = dict(Ward.objects.values_list("code", "locality_id"))
    found = {}
    for district, wards in postcodes.wards_by_district().items():
        for ward, count in wards.items():
            if ward in ward_localities:
                found.setdefault(ward_localities[ward], Counter())[district] += count
    return {locality: sorted(districts.items()) for locality, districts in found.items()}


def load_demo_unmet_searches(today=None):
    """A year of counts of searches that found nothing, and a few searches' words."""
    if UnmetSearchCount.objects.exists():
        return 0
    today = today or timezone.localdate()
    rng = random.Random(1919)
    counts = Counter()
    places = districts_by_locality()
    months = first_months(today)
    for month in months:
        # The current month is only part counted.
        share = today.day / 30 if month == months[-1] else 1
        for locality in Locality.objects.order_by("number"):
            needs = UNMET_NEEDS + LOCAL_UNMET.get(locality.name, [])
            for _search in range(round(UNMET_A_MONTH * share * rng.uniform(0.7, 1.3))):
                district = pick(rng, places[locality.pk]) if places.get(locality.pk) else ""
                counts[(month, pick(rng, LANGUAGES), district, locality.pk, pick(rng, needs))] += 1
        for _search in range(round(UNPLACED_A_MONTH * share * rng.uniform(0.8, 1.2))):
            counts[(month, pick(rng, LANGUAGES), "", None, pick(rng, UNMET_NEEDS))] += 1
    UnmetSearchCount.objects.bulk_create(
        [
            UnmetSearchCount(
                month=month, language=language, postcode_district=district, locality_id=locality, need=need, count=count
            )
            for (month, language, district, locality, need), count in counts.items()
        ]
    )
    if not UnmetSearch.objects.exists():
        UnmetSearch.objects.bulk_create(
            [
                UnmetSearch(query=words, language=language, postcode_district=district, count=times)
                for language, district, words, times in UNMET_WORDS
            ]
        )
    return sum(counts.values())


def load_demo_service_views(today=None):
    """A year of service page views, in every language."""
    if ServiceView.objects.exists():
        return 0
    today = today or timezone.localdate()
    rng = random.Random(2019)
    views = []
    months = first_months(today)
    for service in ServicePage.objects.live().order_by("path"):
        monthly = MOST_READ.get(service.slug) or rng.randint(15, 140)
        for month in months:
            share = today.day / 30 if month == months[-1] else 1
            # Fewer read in August, more in January and September (school starts, new year).
            season = {8: 0.7, 1: 1.2, 9: 1.2}.get(month.month, 1)
            for language, weight in LANGUAGES:
                count = round(monthly * share * season * weight / 100 * rng.uniform(0.75, 1.25))
                if count:
                    views.append(ServiceView(service=service, month=month, language=language, count=count))
    ServiceView.objects.bulk_create(views, batch_size=500)
    return sum(view.count for view in views)
