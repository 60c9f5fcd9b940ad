"""Answers a professional might give, and a helper that walks the professional referral."""

from tests.referrals.journey import due_date_in_months, state_of

PREFIX = "/refer/professional"

PROFESSIONAL_ANSWERS = {
    "safeguarding": {"at_risk": "no"},
    "referrer": {
        "referrer_type": "professional",
        "full_name": "Priya Sandhu",
        "job_role": "Designated safeguarding lead",
        "organisation": "Eastfield Primary School",
        "work_email": "p.sandhu@eastfield.example.org",
        "work_phone": "01902 000444",
    },
    "consent": {
        "consent": "yes",
        "given_by": "Halina Nowak",
        "relationship": "Mother",
        "date_day": "2",
        "date_month": "1",
        "date_year": "2025",
    },
    "family": {
        "full_name": "Halina Nowak",
        "relationship": "Mother",
        "phone": "07700 900987",
        "email": "",
        "preferred": "call",
        "safe": ["call"],
        "address": "3 Sample Street, Wolverhampton",
        "postcode": "WV10 9SG",
    },
    "children": {
        "child-TOTAL_FORMS": "2",
        "child-INITIAL_FORMS": "0",
        "child-MIN_NUM_FORMS": "1",
        "child-MAX_NUM_FORMS": "10",
        "child-0-name": "Kacper",
        "child-0-born": "yes",
        "child-0-date_day": "5",
        "child-0-date_month": "9",
        "child-0-date_year": "2017",
        "child-0-school": "Eastfield Primary School",
        "child-0-send": "no",
        "child-1-name": "",
        "child-1-born": "no",
        "child-1-date_day": "1",
        "child-1-date_month": "",
        "child-1-date_year": "",
        "child-1-send": "no",
    },
    "help": {
        "needs": ["behaviour"],
        "situation": "Kacper is often late and tired; mum is struggling since the move",
        "help_wanted": "Parenting support",
        "tried": "Breakfast club place since October",
    },
    "professionals": {"involved": "no", "details": ""},
    "language": {"language": "pl", "interpreter": "yes", "access_needs": ""},
}

# What the referrer typed about the family and themselves: none of it may leave the inbox.
SECRETS = ["Priya", "Sandhu", "Halina", "Nowak", "Kacper", "07700", "900987", "Sample Street", "WV10", "Breakfast club"]


def professional_answers(**changes):
    filled = {step: dict(values) for step, values in PROFESSIONAL_ANSWERS.items()}
    filled["children"].update(due_date_in_months())
    for step, values in changes.items():
        filled[step].update(values)
    return filled


def fill_in_professional(client, prefix="", given=None):
    """Answer every page; returns the response of the check-your-answers page."""
    given = given or professional_answers()
    response = client.get(f"{prefix}{PREFIX}/safeguarding/")
    for step, values in given.items():
        response = client.post(f"{prefix}{PREFIX}/{step}/", {**values, "state": state_of(response)})
        assert response.status_code == 302, (step, response.content.decode()[:3000])
        response = client.get(response["Location"])
    assert response.status_code == 200
    return response
