"""The demo's section for professionals (called by `load_demo`).

True to the council's documents (see the README): the four levels follow the early
intervention model (universal services; the Strengthening Families offer for some additional
needs; targeted and specialist intensive support for complex needs; statutory social care
through the MASH), early help assessments are shared by every agency, and partners meet at
monthly locality surgeries, locality conferences and Strengthening Families Partnership groups.
"""

import json

from pages.demo.pages import callout, heading, steps, text
from pages.models import LevelOfNeed, LevelsOfNeedPage, ProfessionalsPage

PROFESSIONALS = {
    "slug": "professionals",
    "title": "For professionals",
    "intro": (
        "For schools, health, the police, the voluntary sector and everyone who works with families in "
        "Wolverhampton: find the right level of help for a family, and refer them with their agreement."
    ),
    "referral_heading": "Refer a family for early help",
    "referral_text": (
        "If a family needs more than your service and everyday services can offer, refer them to the early "
        "help desk. The desk decides with you which help fits and passes the family to the right hub or team."
    ),
    "body": [
        heading("How an early help assessment works"),
        text(
            "<p>An early help assessment looks at the whole family: what is going well, what is hard and what "
            "would help. Any professional who knows the family can start one, not only the council. Schools, "
            "health, the police and the voluntary sector all do, on the shared Eclipse system every partner "
            "agency can use.</p>"
        ),
        steps(
            (
                "The family agrees",
                "<p>Early help is voluntary. Talk to the family about your worries and what early help could "
                "offer, and go ahead only if they agree. Record who agreed.</p>",
            ),
            (
                "Assess with the family",
                "<p>Complete the assessment with the family, in their words: their strengths, their worries and "
                "what they want to change.</p>",
            ),
            (
                "A lead professional",
                "<p>One professional becomes the family's lead: their single point of contact, who holds the "
                "plan together. It is usually the person who knows the family best. When needs are complex, a "
                "Strengthening Families Worker from the local hub takes this role.</p>",
            ),
            (
                "The team around the family",
                "<p>The family and the professionals working with them meet as a team around the family. They "
                "agree a plan that says who will do what, and review it together.</p>",
            ),
            (
                "Step up, step down",
                "<p>If needs grow, the lead professional asks the early help desk to step the family up to more "
                "intensive support or to social care. When things improve, or social care's work ends, the family "
                "steps down to early help or everyday services, so support carries on without a gap.</p>",
            ),
        ),
        callout(
            "important",
            "<p>Families can also ask for help themselves, without a referral, by calling the early help desk or "
            "using the self-referral form on this website. You can tell the families you work with.</p>",
            "Good to know",
        ),
    ],
    "events": [
        {
            "type": "event",
            "value": {
                "name": "Locality surgery",
                "when": "Every month, at each Strengthening Families Hub",
                "description": (
                    "Talk through a family you are worried about with the hub's team, agree the right level of "
                    "help, and share good practice with other partners in the area."
                ),
                "how_to_join": "Ask your locality's hub for the next date.",
            },
        },
        {
            "type": "event",
            "value": {
                "name": "Locality conference",
                "when": "Each autumn, in every locality",
                "description": (
                    "Find out what the hub offers and how to refer, and meet the hub's team and other partners "
                    "working in the area."
                ),
                "how_to_join": "Invitations go to schools, health teams and partners in each locality.",
            },
        },
        {
            "type": "event",
            "value": {
                "name": "Strengthening Families Partnership",
                "when": "Regular meetings in each locality",
                "description": (
                    "Partners look together at the area's biggest challenges, such as domestic abuse or poor "
                    "housing, and agree a plan to tackle them."
                ),
                "how_to_join": "Ask the hub manager about joining.",
            },
        },
    ],
}

LEVELS_OF_NEED = {
    "slug": "levels-of-need",
    "title": "The right help at the right time",
    "intro": (
        "Four levels of need help everyone agree what support a family needs. Families move between levels as "
        "things change. Use this guide when deciding whether to refer, and at team around the family meetings."
    ),
    "moving_between_levels": (
        "<p><strong>Step up and step down.</strong> If things get worse, the lead professional asks the early "
        "help desk to step the family up. When things improve, the family steps down, and support carries on "
        "without a gap.</p>"
    ),
    "levels": [
        {
            "name": "Universal: everyday services",
            "description": (
                "The family is managing. Children are healthy, safe and learning, and the services every family "
                "uses meet their needs."
            ),
            "examples": (
                "<ul><li>a new parent wanting help with feeding</li><li>a toddler's tantrums or sleep</li>"
                "<li>a child starting nursery or school</li><li>a parent looking for work or a course</li></ul>"
            ),
            "what_to_do": (
                "<ul><li>Keep supporting the family in your own service.</li><li>Point them to stay and play, "
                "health visitors, school readiness and free early education.</li><li>Tell them about their "
                "local hub.</li></ul>"
            ),
        },
        {
            "name": "Early help: some extra needs",
            "description": (
                "The family needs some extra support to stop problems growing. One or two services working "
                "together can usually help."
            ),
            "examples": (
                "<ul><li>behaviour that is hard to manage at home or school</li><li>school attendance "
                "slipping</li><li>money, debt or housing worries</li><li>arguments at home, or a parent's low "
                "mood</li></ul>"
            ),
            "what_to_do": (
                "<ul><li>With the family's consent, start an early help assessment.</li><li>Agree a lead "
                "professional, often from your service.</li><li>Use the hub's parenting support, family "
                "mediation and groups.</li></ul>"
            ),
        },
        {
            "name": "Targeted and intensive early help: complex needs",
            "description": (
                "Several things are going wrong at once, or needs are growing. Without joined-up support the "
                "family could reach crisis."
            ),
            "examples": (
                "<ul><li>domestic abuse</li><li>a parent's drinking, drug use or poor mental health affecting "
                "the children</li><li>poor home conditions</li><li>a young person going missing, at risk of "
                "exploitation or exclusion</li></ul>"
            ),
            "what_to_do": (
                "<ul><li>With the family's consent, refer to the early help desk.</li><li>A Strengthening "
                "Families Worker becomes the lead professional and brings a team around the family.</li>"
                "<li>Specialist intensive support helps at crisis point, out of hours too.</li></ul>"
            ),
        },
        {
            "name": "Statutory: children's social care",
            "description": (
                "A child has suffered, or is likely to suffer, significant harm, or their needs can only be met "
                "by children's social care."
            ),
            "examples": (
                "<ul><li>an injury, or a child telling you about abuse</li><li>serious neglect</li>"
                "<li>a child left home alone</li><li>a young person being sexually exploited</li></ul>"
            ),
            "what_to_do": (
                "<ul><li>Call the Multi-Agency Safeguarding Hub (MASH) straight away.</li><li>Do not ask the "
                "family first if that would put the child at more risk.</li><li>In an emergency, call "
                "999.</li></ul>"
            ),
        },
    ],
}


def publish(parent, page):
    if not page.pk:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_professionals(home, reset=False):
    """The section for professionals and its levels of need page. What exists is left alone
    unless `reset` is given. Returns the section's page, for the menus."""
    section = ProfessionalsPage.objects.child_of(home).first()
    if section is None or reset:
        section = section or ProfessionalsPage(slug=PROFESSIONALS["slug"])
        for name, value in PROFESSIONALS.items():
            setattr(section, name, json.dumps(value) if name in ("body", "events") else value)
        publish(home, section)
    levels_page = LevelsOfNeedPage.objects.child_of(section).first()
    if levels_page is None or reset:
        levels_page = levels_page or LevelsOfNeedPage(slug=LEVELS_OF_NEED["slug"])
        for name, value in LEVELS_OF_NEED.items():
            if name != "levels":
                setattr(levels_page, name, value)
        # In order: without a sort order PostgreSQL may return them in any order.
        levels_page.levels = [
            LevelOfNeed(sort_order=index, **level) for index, level in enumerate(LEVELS_OF_NEED["levels"])
        ]
        publish(section, levels_page)
    return section
