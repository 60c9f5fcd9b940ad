"""The offer's national rules every installation starts with (childcare/offer_rules.json), each
from the date it applied, in every site language. Editors keep them after that: a seed only adds
a version that is missing and never changes one an editor has edited."""

import datetime
import json
from decimal import Decimal
from pathlib import Path

OFFER_RULES = Path(__file__).resolve().parent / "offer_rules.json"
AMOUNTS = ("income_limit", "income_limit_two_or_more_children", "savings_limit", "weekly_earnings_minimum")
DATES = ("applies_from", "applies_until")


def offer_rules():
    return json.loads(OFFER_RULES.read_text(encoding="utf-8"))


def rule_fields(entry):
    """The model fields of one entry of offer_rules.json."""
    fields = {"route": entry["route"], "kind": entry["kind"], "sort_order": entry.get("sort_order", 0)}
    fields.update({name: Decimal(entry[name]) for name in AMOUNTS if entry.get(name)})
    fields.update({name: datetime.date.fromisoformat(entry[name]) for name in DATES if entry.get(name)})
    fields["income_basis"] = entry.get("income_basis", "")
    for name in ("label", "hint"):
        for language, text in entry[name].items():
            fields[f"{name}_{language.replace('-', '_')}"] = text
        fields[name] = entry[name]["en"]
    return fields


def ensure_offer_rules(OfferRule):  # noqa: N803 - a model class
    for entry in offer_rules():
        fields = rule_fields(entry)
        OfferRule.objects.get_or_create(key=entry["key"], applies_from=fields.pop("applies_from"), defaults=fields)
