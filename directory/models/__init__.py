from .counts import ServiceView, UnmetSearchCount
from .safety import SafetyAnswer, SafetyAnswerKind, SafetyAnswerLine
from .search import SearchSynonym, UnmetSearch
from .services import (
    EARLY_HELP_DESK_ROUTE,
    WEEKDAY_CHOICES,
    Audience,
    CostOption,
    PhoneKind,
    Schedule,
    ScheduleKind,
    ServiceContact,
    ServiceIndexPage,
    ServicePage,
    ServicePhone,
    ServiceStatus,
    WeekOfMonth,
)
from .signposting import SignpostedTo, SignpostingEntry
from .taxonomy import AccessRoute, DeliveryMode, Need, Organisation, ServiceLevel

__all__ = [
    "EARLY_HELP_DESK_ROUTE",
    "WEEKDAY_CHOICES",
    "AccessRoute",
    "Audience",
    "CostOption",
    "DeliveryMode",
    "Need",
    "Organisation",
    "PhoneKind",
    "SafetyAnswer",
    "SafetyAnswerKind",
    "SafetyAnswerLine",
    "Schedule",
    "SearchSynonym",
    "ScheduleKind",
    "ServiceIndexPage",
    "ServiceContact",
    "ServiceLevel",
    "ServicePage",
    "ServicePhone",
    "ServiceStatus",
    "ServiceView",
    "SignpostedTo",
    "SignpostingEntry",
    "UnmetSearch",
    "UnmetSearchCount",
    "WeekOfMonth",
]
