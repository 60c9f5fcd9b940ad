from childcare.models.offer import OfferCheckCount, OfferRule
from childcare.models.pages import ChildcareIndexPage, TwoYearOfferPage
from childcare.models.providers import ChildcareProvider, ProviderVacancy

__all__ = [
    "ChildcareIndexPage",
    "ChildcareProvider",
    "OfferCheckCount",
    "OfferRule",
    "ProviderVacancy",
    "TwoYearOfferPage",
]
