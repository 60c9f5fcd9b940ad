"""A year of the two-year-old offer checker's counts for the demo's Insight area and Reports page
(called by `load_demo`), filled only while the table is empty. Random with a fixed seed.

Take-up of the offer is 75 to 80% in the city (2018 report), so most families who check are told
they are likely to get a place; the checks come from every district, most from the largest.
"""

import datetime
import random
from collections import Counter

from django.utils import timezone

from childcare.models import OfferCheckCount
from childcare.models.offer import Outcome
from hubs import postcodes

MONTHS = 12
CHECKS_A_MONTH = 140
OUTCOMES = [(Outcome.LIKELY, 55), (Outcome.WORKING, 15), (Outcome.NOT_ELIGIBLE, 20), (Outcome.NOT_SURE, 10)]
LANGUAGES = [("en", 78), ("pa", 5), ("pl", 5), ("ur", 5), ("ro", 4), ("ar", 3)]


def pick(rng, weighted):
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def load_demo_offer_checks(today=None):
    if OfferCheckCount.objects.exists():
        return 0
    today = today or timezone.localdate()
    rng = random.Random(2017)
    # Districts as big as their share of the city's postcodes; one check in ten gives none.
    districts = [(district, wards.total()) for district, wards in postcodes.wards_by_district().items()]
    districts.append(("", sum(weight for _district, weight in districts) // 10))
    counts = Counter()
    month = today.replace(day=1)
    for back in range(MONTHS):
        share = today.day / 30 if back == 0 else 1
        for _check in range(round(CHECKS_A_MONTH * share * rng.uniform(0.8, 1.2))):
            counts[(month, pick(rng, LANGUAGES), pick(rng, districts), pick(rng, OUTCOMES))] += 1
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    OfferCheckCount.objects.bulk_create(
        [
            OfferCheckCount(month=month, language=language, postcode_district=district, outcome=outcome, count=count)
            for (month, language, district, outcome), count in counts.items()
        ]
    )
    return sum(counts.values())
