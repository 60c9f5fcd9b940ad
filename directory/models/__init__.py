from .imports import ImportedRecord
from .search import SearchSynonym, UnmetSearch
from .services import (
    WEEKDAY_CHOICES,
    CostOption,
    Schedule,
    ScheduleKind,
    ServiceIndexPage,
    ServicePage,
    ServiceStatus,
    WeekOfMonth,
)
from .taxonomy import AccessRoute, DeliveryMode, Need, Organisation, ServiceLevel

__all__ = [
    "ImportedRecord",
    "WEEKDAY_CHOICES",
    "AccessRoute",
    "CostOption",
    "DeliveryMode",
    "Need",
    "Organisation",
    "Schedule",
    "SearchSynonym",
    "ScheduleKind",
    "ServiceIndexPage",
    "ServiceLevel",
    "ServicePage",
    "ServiceStatus",
    "UnmetSearch",
    "WeekOfMonth",
]
