"""Demo hubs and outreach bases: every place named in the council's 2015 redesign report.

Names and areas are the report's. Street addresses are plausible, not real: each sits at a real
postcode in the named postcode district, and every page is marked as demo data in the admin.
"""

import datetime

WEEKDAY_HOURS = [(day, datetime.time(9), datetime.time(17)) for day in range(4)] + [
    (4, datetime.time(9), datetime.time(16, 30))
]

HUB_TEAMS = [
    ("Strengthening Families Workers", "Work alongside families, at home or at the hub, and agree a plan with you."),
    ("Health visitors", "Visit every new baby, and help with feeding, sleep, growth and development."),
    ("Early Years team", "Run stay and play, school readiness groups and help with free childcare."),
    ("Domestic abuse champion", "A Strengthening Families Worker trained to help families affected by domestic abuse."),
    ("Social workers", "Support children and families who need more help to stay safe."),
]

HUB_FACILITIES = ["Step-free access", "Accessible toilet", "Baby change", "Family room", "Play area", "Hearing loop"]

# (hub slug, title, locality number, address line, postcode, lat, lon, extra facilities, outreach bases)
# Each outreach base: (slug, title, address line, postcode, lat, lon, days open).
HUBS = [
    (
        "eastfield",
        "Eastfield Campus",
        1,
        "Hickman Avenue",
        "WV1 2GZ",
        52.583046,
        -2.093284,
        ["Parking", "Outdoor play space"],
        [
            (
                "portobello-community-centre",
                "Portobello Community Centre",
                "Willenhall Road",
                "WV13 3EY",
                52.580303,
                -2.068073,
                [1, 3],
            ),
            (
                "st-chads-parish-centre",
                "The St Chads Parish Centre",
                "Church Street",
                "WV14 6DX",
                52.577058,
                -2.082426,
                [0, 2],
            ),
        ],
    ),
    (
        "bradley-rocket-pool",
        "Bradley Children's Centre and Rocket Pool Centre",
        2,
        "Rocket Pool Drive",
        "WV14 0TP",
        52.560265,
        -2.067865,
        ["Parking", "Breastfeeding room"],
        [
            (
                "bilston-nursery-school",
                "Bilston Nursery School",
                "Prosser Street",
                "WV14 7LJ",
                52.567408,
                -2.074588,
                [1, 4],
            ),
            (
                "bilston-market-way-offices",
                "Bilston Market Way Offices",
                "Market Way",
                "WV14 6PU",
                52.572485,
                -2.077577,
                [0, 3],
            ),
            ("lunt-community-centre", "Lunt Community Centre", "Lunt Road", "WV14 0HH", 52.563896, -2.082298, [2]),
        ],
    ),
    (
        "graiseley",
        "Graiseley Centre",
        3,
        "Pool Street",
        "WV2 4HD",
        52.580166,
        -2.133684,
        ["Buggy park", "Quiet room"],
        [
            (
                "hilton-hall-community-centre",
                "Hilton Hall Community Centre",
                "Hilton Road",
                "WV4 6NF",
                52.555671,
                -2.104244,
                [1],
            ),
            (
                "hill-avenue-primary-school",
                "Hill Avenue Primary School",
                "Hill Avenue",
                "WV4 5HB",
                52.562886,
                -2.127097,
                [3],
            ),
            (
                "windsor-nursery-school",
                "Windsor Nursery School",
                "Windsor Avenue",
                "WV2 2LH",
                52.566542,
                -2.101644,
                [0, 2],
            ),
        ],
    ),
    (
        "bingley",
        "Bingley Centre",
        4,
        "Bingley Street",
        "WV3 7BL",
        52.574606,
        -2.152142,
        ["Parking", "Disabled parking", "Kitchen for families"],
        [
            (
                "bradmore-community-centre",
                "Bradmore Community Centre",
                "Bradmore Road",
                "WV3 8EF",
                52.573392,
                -2.171866,
                [1, 3],
            ),
            (
                "warstones-primary-school",
                "Warstones Primary School",
                "Warstones Road",
                "WV4 5SA",
                52.560004,
                -2.147076,
                [2],
            ),
        ],
    ),
    (
        "whitmore-reans",
        "Whitmore Reans Children's Centre",
        5,
        "Evans Street",
        "WV1 1TQ",
        52.585593,
        -2.128313,
        ["Breastfeeding room", "Buggy park"],
        [
            (
                "valley-park-campus",
                "Valley Park Campus",
                "Tettenhall Road",
                "WV6 8SG",
                52.600675,
                -2.178499,
                [0, 1, 2, 3, 4],
            ),
        ],
    ),
    (
        "barnhurst",
        "Barnhurst Family Centre",
        6,
        "Barnhurst Lane",
        "WV8 1YE",
        52.615183,
        -2.154115,
        ["Parking", "Outdoor play space", "Free wifi"],
        [
            (
                "bushbury-triangle-nursery",
                "Bushbury Triangle Neighbourhood Nursery",
                "Showell Road",
                "WV10 6LG",
                52.627498,
                -2.124773,
                [0, 3],
            ),
            ("priory-green", "Priory Green", "Whitburn Close", "WV10 8JX", 52.623475, -2.111865, [2]),
        ],
    ),
    (
        "the-avenues",
        "The Avenues Family Centre",
        7,
        "Avenue Road",
        "WV10 9SG",
        52.608341,
        -2.115444,
        ["Outdoor play space", "Kitchen for families"],
        [
            (
                "scotlands-adventure-playground",
                "Former Scotlands Adventure Playground",
                "Scotlands Road",
                "WV10 8RG",
                52.609944,
                -2.103206,
                [1, 4],
            ),
        ],
    ),
    (
        "childrens-village",
        "Children's Village Children's Centre",
        8,
        "Well Lane",
        "WV11 3FF",
        52.600358,
        -2.07054,
        ["Parking", "Breastfeeding room", "Quiet room"],
        [
            (
                "ashmore-park-community-hub",
                "Ashmore Park Community Hub",
                "Griffiths Drive",
                "WV11 2LD",
                52.619523,
                -2.055888,
                [0, 2, 4],
            ),
        ],
    ),
]
