"""Answers a family might give, and a helper that walks the form with the test client."""

import re

ANSWERS = {
    "about-you": {"full_name": "Zofia Kowalska-Łęcka", "relationship": "parent"},
    "contact": {
        "phone": "07700 900123",
        "email": "",
        "preferred": "text",
        "safe": ["text", "call"],
        "times": "Przed 15:00",
    },
    "address": {"address": "12 Example Road, Wolverhampton", "postcode": "WV10 9SG"},
    "children": {
        "child-TOTAL_FORMS": "2",
        "child-INITIAL_FORMS": "0",
        "child-MIN_NUM_FORMS": "1",
        "child-MAX_NUM_FORMS": "10",
        "child-0-name": "Amir",
        "child-0-born": "yes",
        "child-0-date_day": "14",
        "child-0-date_month": "3",
        "child-0-date_year": "2021",
        "child-0-school": "Eastfield Nursery",
        "child-0-send": "not-sure",
        "child-1-name": "",
        "child-1-born": "no",
        "child-1-date_day": "1",
        "child-1-date_month": "",
        "child-1-date_year": "",
        "child-1-send": "no",
    },
    "help": {"needs": ["behaviour", "money"], "situation": "سلام، my son has tantrums every day", "help_wanted": ""},
    "professionals": {"involved": "yes", "details": "Health visitor at the Bilston clinic"},
    "language": {"language": "pl", "interpreter": "yes", "access_needs": ""},
    "consent": {"consent": "yes"},
}


def due_date_in_months(months=3):
    import datetime

    from django.utils import timezone

    date = timezone.localdate() + datetime.timedelta(days=30 * months)
    return {
        "child-1-date_day": str(date.day),
        "child-1-date_month": str(date.month),
        "child-1-date_year": str(date.year),
    }


def answers():
    filled = {step: dict(values) for step, values in ANSWERS.items()}
    filled["children"].update(due_date_in_months())
    return filled


def state_of(response):
    match = re.search(rb'name="state" value="([^"]+)"', response.content)
    return match.group(1).decode() if match else ""


def fill_in(client, prefix="", given=None):
    """Answer every page; returns the response of the check-your-answers page."""
    given = given or answers()
    response = client.get(f"{prefix}/refer/about-you/")
    for step, values in given.items():
        response = client.post(f"{prefix}/refer/{step}/", {**values, "state": state_of(response)})
        assert response.status_code == 302, (step, response.content.decode()[:3000])
        response = client.get(response["Location"])
    assert response.status_code == 200
    return response
