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

# Parent champions: (first name, locality number, spoken language codes, can help with).
# The council recruited 37 champions by 2018; these twelve are invented, across every area
# and the city's community languages.
CHAMPIONS = [
    ("Amrit", 8, ["en", "pa"], "Free childcare for 2 year olds, baby groups and getting to your first session."),
    ("Gurpreet", 3, ["en", "pa", "hi"], "Stay and play, health visitor drop-ins, and finding help in Punjabi."),
    ("Agnieszka", 5, ["en", "pl"], "Signing up for nursery places and parenting courses, in Polish."),
    ("Marek", 2, ["en", "pl"], "Dads' groups, help with money and work, and coming with you to the hub."),
    ("Ioana", 1, ["en", "ro"], "Registering with a GP and health visitor, and free early education."),
    ("Bianca", 7, ["en", "ro"], "Groups for new mums and help with forms in Romanian."),
    ("Saima", 6, ["en", "ur", "pa"], "Parenting courses, school readiness and talking to your child's school."),
    ("Nadia", 4, ["en", "ur"], "Support if you are feeling low after having a baby, and baby massage groups."),
    ("Huda", 5, ["en", "ar"], "Settling into Wolverhampton, finding nursery places and English classes."),
    ("Yusuf", 3, ["en", "ar", "ku"], "Help for families who are new to the UK, and dads' groups."),
    ("Claire", 2, ["en", "bsl"], "Support for deaf parents, and services for children with additional needs."),
    ("Shanice", 8, ["en"], "Young parents' groups, returning to learning and adult education courses."),
    ("Tigist", 1, ["en", "ti"], "Help for families who speak Tigrinya, and free activities in the holidays."),
]

CHAMPION_INDEX = {
    "title": "Parent champions",
    "intro": (
        "Parent champions are local mums, dads and carers who have used family services themselves. "
        "They can tell you what is on, help you sign up, and come with you the first time."
    ),
}

CHAMPION_STORIES = [
    (
        "from-stay-and-play-to-a-new-job",
        "From stay and play to a new job",
        "Shanice",
        "I first went to the Children's Village hub because my health visitor suggested a young parents' group.",
        [
            "<p>I was 19 with a new baby and I did not know anyone. The group was the first time I had been "
            "out on my own with her.</p>",
            "<p>When they asked if I would like to be a parent champion I said no at first. I did the induction "
            "training with adult education, and I loved it. Now I help at the group every week and I have "
            "started a college course in childcare.</p>",
        ],
    ),
    (
        "helping-polish-families-find-nursery-places",
        "Helping Polish families find nursery places",
        "Agnieszka",
        "Many Polish families I meet do not know their 2 year old can have free childcare.",
        [
            "<p>When we moved to Whitmore Reans I found the forms confusing. A worker at the children's centre "
            "helped me, and I thought: other parents need this too.</p>",
            "<p>Now I talk to parents at the school gate and at church, in Polish, and I help them check if they "
            "can get a free place. Some of them have become champions too.</p>",
        ],
    ),
    (
        "a-dad-who-came-back-to-help",
        "A dad who came back to help",
        "Marek",
        "I went on a parenting course when things were hard at home. Two years later I help run the dads' group.",
        [
            "<p>I was worried people would judge me. Nobody did. The course gave me ideas I still use every day "
            "with my boys.</p>",
            "<p>As a champion I tell other dads that asking for help is normal. If they are nervous, I meet them "
            "outside and we go in together.</p>",
        ],
    ),
]

JOIN_PAGE = {
    "slug": "become-a-parent-champion",
    "title": "Become a parent champion",
    "intro": "Help other families in your area find the support you found. Training is free and you choose your hours.",
    "body": (
        "<p>You do not need any qualifications. You need to be a parent or carer in Wolverhampton who has "
        "used services for families and would like to help others do the same.</p>"
        "<ul><li>free induction training with Wolverhampton Adult Education Service</li>"
        "<li>support from the Early years team at your local hub</li>"
        "<li>agreed travel costs paid</li></ul>"
    ),
    "thank_you": "Someone from the Early years team will contact you within 10 working days.",
}

SIGNPOSTING_PAGE = {
    "slug": "for-champions",
    "title": "Quick links for parent champions",
    "intro": "Everything you need to point a family to the right help, or print something to give them.",
    "body": (
        "<p>Start with the family's postcode to find their hub, then look at what is on there this week. "
        "If a family wants more help than a group can give, they can ask the early help desk themselves.</p>"
    ),
}


# Expressions of interest in becoming a champion, at every stage, for the Early years team's list:
# (first name, locality number, languages, language of the form, [(stage, days before the demo
# was loaded)]). Made-up people: every phone number is in Ofcom's range for drama and every
# address at example.org, and each says it is demo data.
DEMO_INTEREST_NOTE = "Demo data: a made-up person, not a real expression of interest."
CHAMPION_INTEREST = [
    ("Jade", 4, "English", "en", [("new", 1)]),
    ("Farah", 6, "Urdu, English", "ur", [("new", 3)]),
    ("Kasia", 5, "Polish, English", "pl", [("new", 9)]),
    ("Daniela", 1, "Romanian, English", "ro", [("new", 20), ("contacted", 15)]),
    ("Harpreet", 8, "Punjabi, English", "pa", [("new", 40), ("contacted", 36), ("induction_booked", 30)]),
    ("Leanne", 7, "English", "en", [("new", 70), ("contacted", 66), ("induction_booked", 50), ("trained", 20)]),
    (
        "Samira",
        3,
        "Arabic, English",
        "ar",
        [("new", 120), ("contacted", 115), ("induction_booked", 100), ("trained", 80), ("active", 60)],
    ),
    ("Tomasz", 2, "Polish", "pl", [("new", 90), ("contacted", 85), ("not_going_ahead", 60)]),
]

# Hub events for the demo: (locality number, slug, title, summary, days from the day the demo is
# loaded, starts, ends, booking needed, how to book). Made up for the demonstration, in the spirit
# of the hubs' open, drop-in offer; dates move forward when they have passed.
HUB_EVENTS = [
    (
        1,
        "meet-the-hub",
        "Meet the hub: open afternoon",
        "Drop in, meet the Strengthening Families Workers and health visitors, and see what the hub offers.",
        3,
        datetime.time(13),
        datetime.time(15, 30),
        False,
        "",
    ),
    (
        4,
        "parent-champions-coffee-morning",
        "Parent champions coffee morning",
        "A cuppa with local parent champions: parents who know what help is on offer and how to get it.",
        5,
        datetime.time(10),
        datetime.time(11, 30),
        False,
        "",
    ),
    (
        6,
        "family-fun-day",
        "Family fun day",
        "Games, crafts and a picnic for the whole family, with hub staff on hand to chat.",
        9,
        datetime.time(11),
        datetime.time(14),
        True,
        "Ring the hub or ask at reception to book a place.",
    ),
]


# Bank holidays in England and Wales (GOV.UK), for the demo's closures: every hub shuts on them.
BANK_HOLIDAYS = [
    datetime.date(*day)
    for day in [
        (2026, 12, 25),
        (2026, 12, 28),
        (2027, 1, 1),
        (2027, 3, 26),
        (2027, 3, 29),
        (2027, 5, 3),
        (2027, 5, 31),
        (2027, 8, 30),
        (2027, 12, 27),
        (2027, 12, 28),
        (2028, 1, 3),
        (2028, 4, 14),
        (2028, 4, 17),
        (2028, 5, 1),
        (2028, 5, 29),
        (2028, 8, 28),
        (2028, 12, 25),
        (2028, 12, 26),
    ]
]
# The hub whose page shows the demo's bank holiday closures (locality number).
CLOSURE_HUB = 2
