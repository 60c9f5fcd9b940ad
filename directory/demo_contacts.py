"""Demo contacts for the demo services, and who takes part in each.

DEMO DATA. Every number is in the ranges Ofcom keeps for drama and examples (01632 960000 to
960999, 07700 900000 to 900999), so no real person is ever called; every address is at
example.org, which delivers nowhere. The team names are made up. The early help desk's own number
is not here: services reached through the desk show the desk's number from the site's settings
(Settings > Emergency and contact numbers) beside the link to the self-referral form.
"""

WEEKDAYS = "Monday to Friday, 9am to 5pm"

# Team lines: (number, kind, note, languages spoken on the line).
EARLY_YEARS = ("01632 960 101", "voice", WEEKDAYS, ["pa", "ur"])
HUBS = ("01632 960 500", "voice", WEEKDAYS + ". Ask for the service by name.", ["pa", "ur", "pl"])
HEALTH_VISITING = ("01632 960 210", "voice", "Monday to Friday, 8:30am to 5pm", ["pa", "ur", "pl"])
HEALTH_TEXT = ("07700 900 210", "text", "Text your health visiting team: a reply within one working day", [])
FIS = ("01632 960 300", "voice", WEEKDAYS, ["pa", "pl", "ro", "ur", "ar"])
ADULT_EDUCATION = ("01632 960 400", "voice", "Monday to Thursday, 9am to 4pm", ["pa", "pl", "ro", "ur", "ar"])
ATTENDANCE = ("01632 960 520", "voice", WEEKDAYS, [])
FAMILY_CONFERENCING = ("01632 960 530", "voice", WEEKDAYS, [])
SPECIALIST = ("01632 960 540", "voice", WEEKDAYS + ". For families already working with the team.", [])
OUT_OF_HOURS = (
    "01632 960 550",
    "voice",
    "Evenings from 5pm, weekends and bank holidays. For families already working with us.",
    [],
)
DA_PARTNER = ("01632 960 700", "voice", "Monday to Friday, 9am to 7pm", ["pa", "ur"])
REFUGE = ("01632 960 710", "voice", "24 hours, every day", ["pa", "ur", "pl"])
CHANGING_BEHAVIOUR = ("01632 960 720", "voice", "Monday to Friday, 10am to 6pm", [])
YOUTH = ("01632 960 600", "voice", WEEKDAYS, [])
YOUTH_TEXT = ("07700 900 600", "text", "Text a youth worker, Monday to Saturday, 10am to 8pm", [])
DRUGS = ("01632 960 800", "voice", "Monday to Friday, 9am to 5pm; Thursday until 8pm", ["pa"])

# Each service: who takes part (children, parents or family), its lines, who to ask for
# (name, role), email, website and booking page (blank for none).
SERVICE_CONTACTS = {
    "stay-and-play": ("family", [EARLY_YEARS], [("Early Years team", "")], "", "", ""),
    "baby-massage": (
        "family",
        [EARLY_YEARS],
        [("Early Years team", "")],
        "early.years@example.org",
        "",
        "https://www.example.org/book/baby-massage",
    ),
    "health-visiting": (
        "family",
        [HEALTH_VISITING, HEALTH_TEXT],
        [("Health visiting duty desk", "")],
        "health.visiting@example.org",
        "",
        "",
    ),
    "infant-feeding-group": ("parents", [HEALTH_VISITING], [("Infant feeding team", "")], "", "", ""),
    "two-year-old-offer": (
        "children",
        [FIS],
        [("Families Information Service", "")],
        "fis@example.org",
        "https://www.example.org/childcare/two-year-olds",
        "",
    ),
    "funded-childcare-3-4": (
        "children",
        [FIS],
        [("Families Information Service", "")],
        "fis@example.org",
        "https://www.example.org/childcare/three-and-four-year-olds",
        "",
    ),
    "ready-steady-school": (
        "children",
        [EARLY_YEARS],
        [("Early Years team", "")],
        "",
        "",
        "https://www.example.org/book/ready-steady-school",
    ),
    "chatter-and-play": ("family", [EARLY_YEARS], [("Early Years team", "")], "", "", ""),
    "english-classes": (
        "parents",
        [ADULT_EDUCATION],
        [("Adult Education enrolment", "")],
        "adult.education@example.org",
        "https://www.example.org/adult-education",
        "",
    ),
    "back-to-work": (
        "parents",
        [ADULT_EDUCATION],
        [("Adult Education careers team", "")],
        "adult.education@example.org",
        "",
        "",
    ),
    "holiday-activities": ("children", [HUBS], [], "holidays@example.org", "", ""),
    "dads-group": ("family", [HUBS], [("Dads' group worker", "Family support worker")], "", "", ""),
    "young-parents-group": ("parents", [HUBS], [], "", "", ""),
    "bump-to-baby": ("parents", [HEALTH_VISITING], [("Health visiting duty desk", "")], "", "", ""),
    "family-support": ("family", [HUBS], [], "", "", ""),
    "positive-parenting": (
        "parents",
        [HUBS],
        [("Parenting team", "")],
        "parenting@example.org",
        "",
        "https://www.example.org/book/positive-parenting",
    ),
    "parenting-teenagers": (
        "parents",
        [HUBS],
        [("Parenting team", "")],
        "parenting@example.org",
        "",
        "https://www.example.org/book/parenting-teenagers",
    ),
    "sleep-and-behaviour-clinic": ("parents", [HUBS], [("Sleep and behaviour practitioner", "")], "", "", ""),
    "family-mediation": ("family", [HUBS], [("Family mediation worker", "")], "", "", ""),
    "money-advice": ("parents", [HUBS], [("Money advice worker", "")], "money.advice@example.org", "", ""),
    "eviction-prevention": ("parents", [HUBS], [("Housing support worker", "")], "", "", ""),
    "home-conditions": ("family", [HUBS], [], "", "", ""),
    "freedom-programme": ("parents", [DA_PARTNER], [("Group worker", "Domestic abuse support worker")], "", "", ""),
    "young-people-wellbeing": ("children", [YOUTH, YOUTH_TEXT], [("Youth Support", "")], "", "", ""),
    "parents-wellbeing": ("parents", [HUBS], [], "", "", ""),
    "send-family-support": ("family", [HUBS], [("SEND family support worker", "")], "send.support@example.org", "", ""),
    "nrpf-support": ("family", [HUBS], [("NRPF support worker", "")], "", "", ""),
    "targeted-family-support": ("family", [], [], "", "", ""),
    "domestic-abuse-support": (
        "family",
        [DA_PARTNER],
        [("Duty worker", "Domestic abuse support worker")],
        "support@example.org",
        "",
        "",
    ),
    "refuge": ("family", [REFUGE], [("Refuge duty worker", "")], "", "", ""),
    "family-drug-alcohol": ("family", [DRUGS], [("Duty worker", "")], "family.drugs@example.org", "", ""),
    "youth-crime-prevention": ("children", [YOUTH, YOUTH_TEXT], [("Youth Support", "")], "", "", ""),
    "school-attendance": ("children", [ATTENDANCE], [("School attendance team", "")], "attendance@example.org", "", ""),
    "intensive-family-support": ("family", [SPECIALIST], [("Specialist intensive support team", "")], "", "", ""),
    "family-group-conferencing": (
        "family",
        [FAMILY_CONFERENCING],
        [("Family group conference coordinator", "")],
        "",
        "",
        "",
    ),
    "out-of-hours-crisis": ("family", [OUT_OF_HOURS], [("Crisis support worker", "")], "", "", ""),
    "therapeutic-support": ("family", [SPECIALIST], [("Therapeutic support team", "")], "", "", ""),
    "respite": ("family", [SPECIALIST], [("Short breaks team", "")], "", "", ""),
    "changing-behaviour": ("parents", [CHANGING_BEHAVIOUR], [("Programme worker", "")], "", "", ""),
    "exploitation-and-missing": ("children", [], [], "", "", ""),
    "hospital-youth-work": ("children", [YOUTH], [("Hospital youth worker", "")], "", "", ""),
    "safe-touch": ("children", [EARLY_YEARS], [("Keeping safe group worker", "")], "", "", ""),
    "nursery-place-drop-in": ("parents", [FIS], [], "fis@example.org", "", ""),
    "summer-youth-programme": ("children", [YOUTH, YOUTH_TEXT], [], "", "", ""),
    "money-and-work-cafe": ("parents", [HUBS], [], "", "", ""),
}
