"""Localities for figures kept by postcode district only (the two-year-old offer's checks).

A district crosses locality lines (WV10 is shared by Dove, Low Hill and Children's Village), so
a district counts for the locality that holds most of its postcodes. Such figures for one
locality are an approximation, and a locality holding most of no district has none.
"""

from collections import Counter

from hubs import postcodes
from hubs.models import Ward


def locality_of_each_district():
    """{district: the primary key of the locality holding most of its postcodes}."""
    ward_localities = dict(Ward.objects.values_list("code", "locality_id"))
    found = {}
    for district, wards in postcodes.wards_by_district().items():
        localities = Counter()
        for ward, count in wards.items():
            if ward in ward_localities:
                localities[ward_localities[ward]] += count
        if localities:
            found[district] = localities.most_common(1)[0][0]
    return found


def districts_mostly_in(locality_id):
    """The districts counted for one locality, in order."""
    return sorted(district for district, locality in locality_of_each_district().items() if locality == locality_id)
