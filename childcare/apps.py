from django.apps import AppConfig


class ChildcareConfig(AppConfig):
    """Funded early education: the two-year-old offer's checker, its rules as dated data, and the
    city's registered childcare providers with their funded places and vacancies."""

    name = "childcare"
    verbose_name = "Childcare"

    def seed(self):
        """After every migrate (familyinfo/seeds.py): the national rules of the offer, and the
        early years team's rights over providers."""
        from childcare.models import OfferRule
        from childcare.reference_data import ensure_offer_rules
        from childcare.roles import ensure_childcare_roles

        ensure_offer_rules(OfferRule)
        ensure_childcare_roles()
