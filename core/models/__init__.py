from .alerts import AlertStyle, SiteAlert
from .insight import InsightArea
from .mail import QueuedEmail, RetriedDelivery
from .site_settings import CachedSiteSetting, EmergencyContacts, NotificationAddresses
from .taxonomy import SpokenLanguage

__all__ = [
    "AlertStyle",
    "CachedSiteSetting",
    "EmergencyContacts",
    "InsightArea",
    "NotificationAddresses",
    "QueuedEmail",
    "RetriedDelivery",
    "SiteAlert",
    "SpokenLanguage",
]
