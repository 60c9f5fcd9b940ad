"""The demo's childcare providers: eight in each of the city's eight localities.

DEMO DATA. Every provider is made up except the names of three nursery schools that the
council's 2015 redesign report names (Bilston, Windsor and Low Hill Nursery Schools); everything
else about those three (address, ages, vacancies, inspection) is made up too. URNs are EY9 and
five digits, above the early years numbers Ofsted gave out before it moved to seven-digit
numbers, so no URN is a real provider's and a report link finds nothing.
Postcodes are real ones in each locality's wards (hubs/data/postcodes.csv), so every provider
is placed as an editor's save would place it; childminders give only a postcode district, as
Ofsted publishes. Phone numbers are in Ofcom's ranges for drama (01632 960 9xx, 07700 900 9xx);
email addresses are at example.org. The schools named for pick-ups are those the council's
documents name, or plainly generic ones.

A childminder is placed at the middle of their district, in the locality of the district's
commonest ward, and no district's commonest ward is in Low Hill: so Low Hill's eight are all
group settings, and the other localities have three or four childminders each.
"""

from childcare.models.providers import OfstedOutcome, OpeningDays, ProviderType

GOOD = OfstedOutcome.GOOD
OUTSTANDING = OfstedOutcome.OUTSTANDING
REQUIRES_IMPROVEMENT = OfstedOutcome.REQUIRES_IMPROVEMENT
NOT_YET = None

# Opening patterns: (days, opens, closes, open all year).
DAY_NURSERY = (OpeningDays.WEEKDAYS, "07:30", "18:00", True)
EARLY_NURSERY = (OpeningDays.WEEKDAYS, "07:00", "18:30", True)
SATURDAY_NURSERY = (OpeningDays.WEEKDAYS_SATURDAY, "07:30", "18:00", True)
PRE_SCHOOL = (OpeningDays.SCHOOL_DAYS, "09:00", "15:00", False)
SCHOOL = (OpeningDays.SCHOOL_DAYS, "08:45", "15:15", False)
CHILDMINDER_FULL = (OpeningDays.WEEKDAYS, "07:30", "18:00", True)
CHILDMINDER_PART = (OpeningDays.SOME_WEEKDAYS, "08:00", "17:30", True)
CHILDMINDER_TERM = (OpeningDays.WEEKDAYS, "08:00", "17:00", False)
CHILDMINDER_SATURDAY = (OpeningDays.WEEKDAYS_SATURDAY, "07:00", "18:00", True)


def _provider(
    provider_type,
    urn,
    name,
    where,
    ages,
    hours,
    ofsted,
    free,
    *,
    two=True,
    extended=True,
    pickups="",
    holiday=False,
    send=False,
):
    outcome, inspected = ofsted or ("", None)
    days, opens, closes, all_year = hours
    return {
        "urn": urn,
        "provider_type": provider_type,
        "name": name,
        **where,
        "youngest_months": ages[0],
        "oldest_years": ages[1],
        "funded_two_year_olds": two,
        "funded_universal": True,
        "funded_extended": extended,
        "opening_days": days,
        "opens_at": opens,
        "closes_at": closes,
        "all_year": all_year,
        "school_pickups": pickups,
        "holiday_care": holiday,
        "special_needs_experience": send,
        "inspection_outcome": outcome,
        "inspection_date": inspected,
        # Places free by age group; a provider who never told us has no rows at all.
        "free": free,
    }


def childminder(urn, name, district, ages, ofsted, free, hours=CHILDMINDER_FULL, **options):
    where = {"postcode_district": district}
    return _provider(ProviderType.CHILDMINDER, urn, name, where, ages, hours, ofsted, free, **options)


def day_nursery(urn, name, street, town, postcode, ages, ofsted, free, hours=DAY_NURSERY, **options):
    where = {"address_line_1": street, "town": town, "postcode": postcode}
    return _provider(ProviderType.DAY_NURSERY, urn, name, where, ages, hours, ofsted, free, **options)


def pre_school(urn, name, street, town, postcode, ages, ofsted, free, **options):
    where = {"address_line_1": street, "town": town, "postcode": postcode}
    return _provider(ProviderType.PRE_SCHOOL, urn, name, where, ages, PRE_SCHOOL, ofsted, free, **options)


def school_nursery(urn, name, street, town, postcode, ages, ofsted, free, **options):
    where = {"address_line_1": street, "town": town, "postcode": postcode}
    # Most school nurseries start at 3: only those with a room for 2 year olds offer their places.
    options.setdefault("two", ages[0] < 36)
    return _provider(ProviderType.SCHOOL_NURSERY, urn, name, where, ages, SCHOOL, ofsted, free, **options)


W = "Wolverhampton"

# Grouped by locality (the number is the third digit of the URN), in locality order. Kept two or
# three lines a provider, as written, rather than one argument a line.
# fmt: off
PROVIDERS = [
    # 1 Eastfield: East Park and Bilston North
    day_nursery(
        "EY910001", "Kingfisher Court Day Nursery", "4 Ferncroft Road", W, "WV1 2DE", (3, 4),
        (GOOD, "2023-03-14"), {"under_two": 0, "two": 2, "three_four": 1}, send=True,
    ),
    day_nursery(
        "EY910002", "Brambling Lane Nursery", "17 Wrenfield Street", "Bilston", "WV14 6HY", (6, 4),
        (OUTSTANDING, "2022-06-08"), {"under_two": 1, "two": 0, "three_four": 3},
    ),
    pre_school(
        "EY910003", "Poppyfield Pre-school", "Hollyfield Community Rooms, 2 Larch Walk", W, "WV1 2PS", (24, 4),
        (GOOD, "2024-01-23"), {"two": 3, "three_four": 2},
    ),
    pre_school(
        "EY910004", "Thistledown Pre-school", "Church hall, 9 Tallow Grove", "Bilston", "WV14 6QH", (24, 4),
        (REQUIRES_IMPROVEMENT, "2025-09-30"), {"two": 2}, extended=False,
    ),
    school_nursery(
        "EY910005", "Alderbrook Primary School Nursery", "Alderbrook Primary School, Nettlefold Road", W, "WV1 2SE",
        (36, 4), (GOOD, "2022-11-02"), {"three_four": 4},
    ),
    childminder(
        "EY910006", "Shabana's Home Childcare", "WV13", (0, 8), (GOOD, "2024-05-20"),
        {"under_two": 0, "two": 1, "school_age": 1}, pickups="Stow Heath Primary School", holiday=True,
    ),
    childminder(
        "EY910007", "Puddleduck Childminding", "WV13", (0, 11), (OUTSTANDING, "2023-09-12"),
        {"two": 1, "three_four": 1}, extended=False, pickups="Stow Heath Primary School", holiday=True,
    ),
    childminder(
        "EY910008", "Grace's Childminding", "WV13", (12, 5), (GOOD, "2021-11-17"), {"under_two": 1},
        hours=CHILDMINDER_PART, two=False,
    ),
    # 2 Bilston: Bilston East and Ettingshall
    school_nursery(
        "EY920001", "Bilston Nursery School", "", "Bilston", "WV14 0PA", (24, 4), (GOOD, "2023-02-07"),
        {"two": 2, "three_four": 3}, send=True,
    ),
    day_nursery(
        "EY920002", "Copperleaf Day Nursery", "31 Tinmans Row", "Bilston", "WV14 7EZ", (3, 4),
        (GOOD, "2024-07-09"), {"under_two": 2, "two": 1, "three_four": 0}, hours=SATURDAY_NURSERY,
    ),
    pre_school(
        "EY920003", "Willowherb Pre-school", "Scout hut, Foundry Walk", "Bilston", "WV14 9PR", (30, 4),
        (GOOD, "2022-03-22"), {"two": 1, "three_four": 2}, extended=False,
    ),
    school_nursery(
        "EY920004", "Furnace Hill Primary School Nursery", "Furnace Hill Primary School, Kiln Street", "Bilston",
        "WV14 8DX", (36, 4), (OUTSTANDING, "2021-12-01"), {"three_four": 0},
    ),
    childminder(
        "EY920005", "Agnieszka's Childminding", "WV14", (0, 11), (GOOD, "2025-02-18"),
        {"under_two": 0, "two": 1, "school_age": 2}, pickups="South West Bilston Academy", holiday=True, send=True,
    ),
    childminder(
        "EY920006", "Marigold Childminding", "WV14", (0, 8), (GOOD, "2023-10-03"), {"two": 0, "three_four": 1},
        pickups="South West Bilston Academy", holiday=True,
    ),
    childminder(
        "EY920007", "Harpreet's Childcare", "WV14", (6, 5), NOT_YET, {"under_two": 1, "two": 2},
        hours=CHILDMINDER_TERM, extended=False,
    ),
    childminder(
        "EY920008", "Owl and Acorn Childminding", "WV14", (0, 8), (REQUIRES_IMPROVEMENT, "2025-06-11"), {},
        hours=CHILDMINDER_SATURDAY, two=False, holiday=True,
    ),
    # 3 Graiseley: Blakenhall, Springvale and All Saints
    school_nursery(
        "EY930001", "Windsor Nursery School", "", W, "WV2 3DR", (24, 4), (GOOD, "2024-03-05"),
        {"two": 2, "three_four": 3}, send=True,
    ),
    day_nursery(
        "EY930002", "Cinnamon Tree Day Nursery", "22 Larkhill Mews", W, "WV3 0HH", (0, 5),
        (OUTSTANDING, "2025-04-29"), {"under_two": 0, "two": 0, "three_four": 1}, hours=EARLY_NURSERY,
    ),
    pre_school(
        "EY930003", "Orchard Gate Pre-school", "Community hall, 3 Quince Road", W, "WV2 2EU", (24, 4),
        (GOOD, "2023-06-20"), {"two": 4, "three_four": 2}, send=True,
    ),
    school_nursery(
        "EY930004", "Larchmere Primary School Nursery", "Larchmere Primary School, Osier Street", W, "WV2 4HD",
        (36, 4), (GOOD, "2022-09-14"), {"three_four": 2}, extended=False,
    ),
    childminder(
        "EY930005", "Nadia's Childminding", "WV2", (0, 11), (GOOD, "2024-11-26"), {"two": 1, "school_age": 0},
        pickups="Hill Avenue Primary School", holiday=True,
    ),
    childminder(
        "EY930006", "Simran's Home Childcare", "WV3", (0, 8), (OUTSTANDING, "2022-05-10"),
        {"under_two": 1, "two": 0, "three_four": 0}, pickups="Hill Avenue Primary School", holiday=True,
    ),
    childminder(
        "EY930007", "Ioana's Childminding", "WV2", (0, 5), (GOOD, "2025-08-19"), {"two": 2},
        hours=CHILDMINDER_PART,
    ),
    childminder(
        "EY930008", "Honeycomb Childminding", "WV3", (12, 8), (GOOD, "2021-10-05"), {"two": 1, "three_four": 1},
        hours=CHILDMINDER_TERM, extended=False, pickups="Local primary schools",
    ),
    # 4 Bingley: Penn, Merry Hill and Pennfields
    day_nursery(
        "EY940001", "Merrybrook Day Nursery", "140 Fernleigh Road", W, "WV4 4EQ", (3, 4), (GOOD, "2024-02-27"),
        {"under_two": 0, "two": 1, "three_four": 2},
    ),
    day_nursery(
        "EY940002", "Goldcrest Day Nursery and Holiday Club", "8 Sorrel Close", W, "WV3 8AS", (0, 11),
        (GOOD, "2023-11-14"), {"under_two": 1, "two": 0, "three_four": 0, "school_age": 4},
        pickups="Warstones Primary School", holiday=True,
    ),
    pre_school(
        "EY940003", "Juniper Hall Pre-school", "Juniper Hall, 1 Tansy Lane", W, "WV4 5PL", (24, 4),
        (OUTSTANDING, "2021-11-30"), {"two": 0, "three_four": 1},
    ),
    school_nursery(
        "EY940004", "Rowanmere Primary School Nursery", "Rowanmere Primary School, Cedarfold Road", W, "WV4 4PF",
        (36, 4), (REQUIRES_IMPROVEMENT, "2025-10-21"), {"three_four": 5},
    ),
    childminder(
        "EY940005", "Beata's Childminding", "WV4", (0, 8), (GOOD, "2024-09-10"),
        {"two": 1, "three_four": 1, "school_age": 1}, pickups="Warstones Primary School", holiday=True,
    ),
    childminder(
        "EY940006", "Conker Tree Childminding", "WV4", (0, 11), (GOOD, "2022-07-12"), {"under_two": 0},
        two=False, pickups="Warstones Primary School", holiday=True,
    ),
    childminder(
        "EY940007", "Rukhsana's Childminding", "WV4", (0, 5), (OUTSTANDING, "2025-05-06"),
        {"under_two": 1, "two": 1}, send=True,
    ),
    childminder(
        "EY940008", "Elaine's Childminding", "WV4", (6, 8), (GOOD, "2023-01-17"), {"two": 0, "three_four": 1},
        hours=CHILDMINDER_PART, extended=False, pickups="Local primary schools",
    ),
    # 5 Whitmore Reans: Tettenhall, Whitmore Reans and Dunstall
    day_nursery(
        "EY950001", "Wightwood Day Nursery", "2 Coppice Walk", "Tettenhall", "WV6 9EU", (3, 4),
        (GOOD, "2022-10-11"), {"under_two": 1, "two": 1, "three_four": 0},
    ),
    day_nursery(
        "EY950002", "Riverlea Children's Nursery", "41 Kestrel Parade", W, "WV1 4HL", (0, 4), NOT_YET,
        {"under_two": 3, "two": 2, "three_four": 2}, hours=EARLY_NURSERY,
    ),
    pre_school(
        "EY950003", "Cornflower Pre-school", "Community centre, 6 Linnet Row", W, "WV6 0HL", (24, 4),
        (GOOD, "2024-06-18"), {"two": 2, "three_four": 0}, send=True,
    ),
    school_nursery(
        "EY950004", "Stonechat Primary School Nursery", "Stonechat Primary School, Gorse Lane", "Tettenhall",
        "WV6 8EN", (36, 4), (OUTSTANDING, "2023-04-25"), {"three_four": 1},
    ),
    childminder(
        "EY950005", "Fatima's Childminding", "WV1", (0, 8), (GOOD, "2025-03-11"), {"two": 1},
        pickups="Primary schools in Whitmore Reans", holiday=True,
    ),
    childminder(
        "EY950006", "Little Wrens Childminding", "WV6", (0, 11), (GOOD, "2022-12-06"),
        {"under_two": 0, "school_age": 2}, pickups="Primary schools in Tettenhall", holiday=True,
    ),
    childminder(
        "EY950007", "Daniela's Home Childcare", "WV6", (0, 5), (GOOD, "2024-10-29"),
        {"under_two": 1, "three_four": 1}, hours=CHILDMINDER_SATURDAY, two=False,
    ),
    childminder(
        "EY950008", "Maple Corner Childminding", "WV1", (12, 8), (REQUIRES_IMPROVEMENT, "2025-07-15"), {"two": 2},
        hours=CHILDMINDER_TERM, extended=False, pickups="Primary schools in Whitmore Reans",
    ),
    # 6 Dove: Bushbury, Oxley and Pendeford
    day_nursery(
        "EY960001", "Sandpiper Day Nursery", "3 Heronsgate Way", W, "WV8 1TY", (3, 5), (GOOD, "2023-08-29"),
        {"under_two": 0, "two": 1, "three_four": 1}, hours=SATURDAY_NURSERY,
    ),
    pre_school(
        "EY960002", "Pebble Bank Pre-school", "Church hall, 11 Teasel Road", W, "WV9 5QF", (24, 4),
        (GOOD, "2025-01-28"), {"two": 3}, extended=False,
    ),
    school_nursery(
        "EY960003", "Hawthorn Rise Primary School Nursery", "Hawthorn Rise Primary School, Bracken Way", W,
        "WV10 6GD", (24, 4), (GOOD, "2024-04-23"), {"two": 2, "three_four": 4},
    ),
    school_nursery(
        "EY960004", "Lapwing Primary School Nursery", "Lapwing Primary School, Plover Road", W, "WV10 8ET",
        (36, 4), (GOOD, "2021-11-09"), {"three_four": 0}, extended=False,
    ),
    childminder(
        "EY960005", "Zainab's Childminding", "WV10", (0, 8), (OUTSTANDING, "2024-12-03"),
        {"two": 0, "school_age": 1}, pickups="Dovecotes Primary School", holiday=True,
    ),
    childminder(
        "EY960006", "Hopscotch Childminding", "WV8", (0, 11), (GOOD, "2023-05-16"), {"under_two": 1, "two": 1},
        pickups="Dovecotes Primary School, Rakegate Primary School", holiday=True, send=True,
    ),
    childminder(
        "EY960007", "Claire's Childcare", "WV9", (0, 5), (REQUIRES_IMPROVEMENT, "2025-11-04"), {"two": 1},
        hours=CHILDMINDER_PART,
    ),
    childminder(
        "EY960008", "Roxana's Childminding", "WV10", (6, 8), (GOOD, "2022-02-15"), {"three_four": 1},
        two=False, pickups="Rakegate Primary School", holiday=True,
    ),
    # 7 Low Hill: Low Hill and Scotlands
    school_nursery(
        "EY970001", "Low Hill Nursery School", "", W, "WV10 9DG", (24, 4), (GOOD, "2023-09-26"),
        {"two": 3, "three_four": 2}, send=True,
    ),
    school_nursery(
        "EY970002", "Briarwood Primary School Nursery", "Briarwood Primary School, Sloe Lane", W, "WV10 9PG",
        (36, 4), (GOOD, "2024-05-14"), {"three_four": 3},
    ),
    school_nursery(
        "EY970003", "Elmstead Primary School Nursery", "Elmstead Primary School, Rushmere Road", W, "WV10 0NF",
        (24, 4), (OUTSTANDING, "2022-04-05"), {"two": 0, "three_four": 1}, extended=False,
    ),
    day_nursery(
        "EY970004", "Clover Patch Day Nursery", "27 Buttercup Drive", W, "WV10 9HB", (3, 4),
        (GOOD, "2025-06-24"), {"under_two": 2, "two": 1, "three_four": 0},
    ),
    day_nursery(
        "EY970005", "Skylark Children's Nursery", "5 Pipit Close", W, "WV10 0AD", (0, 5),
        (GOOD, "2021-09-28"), {"under_two": 0, "two": 0, "three_four": 0}, hours=EARLY_NURSERY,
    ),
    day_nursery(
        "EY970006", "Foxglove Day Nursery", "90 Meadowsweet Road", W, "WV10 8PN", (6, 4),
        (OUTSTANDING, "2024-07-02"), {"under_two": 1, "two": 2, "three_four": 1}, hours=SATURDAY_NURSERY,
    ),
    pre_school(
        "EY970007", "Starling Hall Pre-school", "Starling Hall, 2 Wagtail Way", W, "WV10 9SX", (24, 4),
        (GOOD, "2023-03-21"), {"two": 4, "three_four": 1}, send=True,
    ),
    pre_school(
        "EY970008", "Tinkers Green Pre-school", "Community room, 14 Cowslip Street", W, "WV11 1DW", (30, 4),
        (GOOD, "2022-11-22"), {"two": 1, "three_four": 2}, extended=False,
    ),
    # 8 Children's Village: Wednesfield, Heath Town and Ashmore Park
    day_nursery(
        "EY980001", "Ashgrove Day Nursery", "6 Quarry Fold", "Wednesfield", "WV11 2ET", (3, 4),
        (GOOD, "2024-01-09"), {"under_two": 1, "two": 0, "three_four": 2},
    ),
    day_nursery(
        "EY980002", "Lockkeeper's Day Nursery", "Towpath Yard, 1 Lock Street", "Wednesfield", "WV11 3DU", (0, 5),
        (GOOD, "2022-09-06"), {"under_two": 0, "two": 1, "three_four": 1}, hours=EARLY_NURSERY, send=True,
    ),
    pre_school(
        "EY980003", "Bramblehedge Pre-school", "Community centre, 3 Damson Walk", W, "WV10 0JE", (24, 4),
        (OUTSTANDING, "2023-12-12"), {"two": 2, "three_four": 0},
    ),
    pre_school(
        "EY980004", "Woodpecker Pre-school", "Scout hall, 19 Hazel Grove", "Wednesfield", "WV11 3LT", (24, 4),
        (GOOD, "2025-03-25"), {"two": 0, "three_four": 3},
    ),
    school_nursery(
        "EY980005", "Greenacre Primary School Nursery", "Greenacre Primary School, Mallard Street", W, "WV10 0DF",
        (36, 4), (GOOD, "2021-10-19"), {"three_four": 2},
    ),
    childminder(
        "EY980006", "Samina's Childminding", "WV11", (0, 8), (GOOD, "2024-06-04"), {"two": 1, "school_age": 1},
        pickups="Primary schools in Wednesfield", holiday=True,
    ),
    childminder(
        "EY980007", "Bumblebee Cottage Childminding", "WV12", (0, 11), (OUTSTANDING, "2025-09-23"),
        {"under_two": 0, "two": 0}, pickups="Primary schools in Wednesfield", holiday=True, send=True,
    ),
    childminder(
        "EY980008", "Ewa's Home Childcare", "WV11", (0, 5), (GOOD, "2023-07-11"), {"under_two": 1, "three_four": 1},
        hours=CHILDMINDER_PART, two=False,
    ),
]
# fmt: on

# How long ago each provider last confirmed its vacancies, in days: spread over four months,
# a third of them past the 60 days after which the site warns a vacancy may have gone.
CONFIRMED_DAYS_AGO = (3, 8, 14, 21, 27, 35, 44, 52, 66, 81, 98, 117)
