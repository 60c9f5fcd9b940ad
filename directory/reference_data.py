"""The lists every installation starts with: levels, needs, ways in and delivery modes.

The four levels are the council's 2015 model; the needs are those its reports and locality
plans name, in parents' words. Used by the data migration and by `load_demo`.
"""

import json
from pathlib import Path

LANGUAGE_SYNONYMS = Path(__file__).resolve().parent / "language_synonyms.json"

LEVELS = [
    (1, "universal", "Universal services", "Open to every family, with no referral."),
    (
        2,
        "strengthening-families",
        "Strengthening families",
        "For families with some extra needs who want support before problems grow.",
    ),
    (3, "targeted", "Targeted support", "For families with several problems at once, with a lead worker."),
    (
        4,
        "specialist-intensive",
        "Specialist intensive support",
        "For families under the most pressure or in crisis, including evenings and weekends.",
    ),
]

ACCESS_ROUTES = [
    ("drop-in", "Just turn up"),
    ("self-referral", "Ask for it yourself"),
    ("early-help-desk", "Through the early help desk"),
    ("professional-referral", "A professional must refer you"),
]

DELIVERY_MODES = [
    ("hub", "At a family hub"),
    ("outreach", "At a community venue"),
    ("home", "Home visits"),
    ("online", "Online"),
    ("phone", "By phone"),
]

# (slug, name, description, parent slug)
NEEDS = [
    ("parenting", "Parenting", "Courses, groups and advice for mums, dads and carers", None),
    ("behaviour", "Children's behaviour", "Tantrums, sleep, routines and boundaries", None),
    ("family-relationships", "Family relationships and arguments", "Conflict at home, separation, mediation", None),
    ("domestic-abuse", "Domestic abuse", "Safety and support for adults and children", None),
    (
        "mental-health",
        "Emotional and mental health",
        "Feeling low, anxious or overwhelmed, for adults and children",
        None,
    ),
    ("drugs-alcohol", "Drugs and alcohol", "Your own or a family member's drinking or drug use", None),
    ("money", "Money worries", "Benefits, debts, bills and food", None),
    ("housing", "Housing and practical help", "Somewhere to live, eviction, home conditions", None),
    ("work-skills", "Work, learning and skills", "Getting back to work, English classes and adult learning", None),
    ("development-play", "Child development and play", "Play, talking and growing up well", None),
    ("school-readiness", "Getting ready for school", "Talking, listening and starting school", None),
    ("early-education", "Free childcare and early education", "Free places for 2, 3 and 4 year olds", None),
    ("infant-feeding", "Feeding and your baby's health", "Breastfeeding, bottle feeding, weaning and growth", None),
    ("young-people-at-risk", "Young people at risk", "Worries about a teenager", None),
    ("exploitation", "Exploitation", "Sexual or criminal exploitation, county lines", "young-people-at-risk"),
    ("missing", "Going missing", "Young people who run away or go missing", "young-people-at-risk"),
    ("exclusion", "Exclusion from school", "Suspended, excluded or not going to school", "young-people-at-risk"),
    ("youth-violence", "Youth violence", "Fights, weapons and gangs", "young-people-at-risk"),
    ("young-parents", "Young parents", "Support for parents aged 25 and under", None),
    ("send", "Special educational needs and disability", "SEND support for children and young people up to 25", None),
]

# Editors' starting synonyms: what parents type, and what the directory calls it. These are
# for every language; each community language's own are in LANGUAGE_SYNONYMS.
SYNONYMS = [
    ("dv", "domestic abuse"),
    ("domestic violence", "domestic abuse"),
    ("free childcare", "free early education childcare two year old"),
    ("2 year old", "two year old early education childcare"),
    ("two year old", "early education childcare"),
    ("nursery", "early education childcare"),
    ("money worries", "money benefits debt"),
    ("debt", "money"),
    ("food bank", "money food"),
    ("send", "special educational needs disability"),
    ("autism", "special educational needs disability"),
    ("adhd", "special educational needs behaviour"),
    ("cse", "exploitation"),
    ("county lines", "exploitation"),
    ("tantrums", "behaviour"),
    ("toddler", "behaviour"),
    ("breastfeeding", "infant feeding"),
    ("weaning", "infant feeding"),
    ("hv", "health visiting"),
    ("anxiety", "mental health"),
    ("depression", "mental health"),
    ("postnatal", "mental health baby"),
    ("eviction", "housing"),
    ("homeless", "housing"),
    ("rent", "housing money"),
    ("job", "work skills"),
    ("esol", "english classes work skills"),
    ("drinking", "alcohol"),
    ("teenager", "young people"),
    ("arguing", "family relationships mediation"),
    ("divorce", "family relationships mediation"),
    ("separation", "family relationships mediation"),
]


def ensure_directory_lists(ServiceLevel, AccessRoute, DeliveryMode, Need):  # noqa: N803 - model classes
    for number, slug, name, description in LEVELS:
        ServiceLevel.objects.get_or_create(
            slug=slug,
            defaults={
                "number": number,
                "name": name,
                "name_en": name,
                "description": description,
                "description_en": description,
            },
        )
    for order, (slug, name) in enumerate(ACCESS_ROUTES):
        AccessRoute.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name, "sort_order": order})
    for order, (slug, name) in enumerate(DELIVERY_MODES):
        DeliveryMode.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name, "sort_order": order})
    for order, (slug, name, description, parent) in enumerate(NEEDS):
        Need.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name,
                "description": description,
                "description_en": description,
                "sort_order": order * 10,
                "parent": Need.objects.get(slug=parent) if parent else None,
            },
        )


def ensure_synonyms(SearchSynonym):  # noqa: N803 - a model class
    for term, expansion in SYNONYMS:
        SearchSynonym.objects.get_or_create(term=term, defaults={"expansion": expansion})


def language_synonyms():
    """{language: [(term, expansion)]}: what parents type in each community language, and the
    words the translated listings use (for native-speaker review, like the translations)."""
    return json.loads(LANGUAGE_SYNONYMS.read_text(encoding="utf-8"))


def ensure_language_synonyms(SearchSynonym):  # noqa: N803 - a model class
    for language, pairs in language_synonyms().items():
        for term, expansion in pairs:
            SearchSynonym.objects.get_or_create(term=term, language=language, defaults={"expansion": expansion})
