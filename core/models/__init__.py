from .alerts import AlertStyle, SiteAlert
from .mail import QueuedEmail, RetriedDelivery
from .site_settings import CachedSiteSetting, EmergencyContacts, NotificationAddresses
from .taxonomy import SpokenLanguage

__all__ = [
    "AlertStyle",
    "CachedSiteSetting",
    "EmergencyContacts",
    "NotificationAddresses",
    "QueuedEmail",
    "RetriedDelivery",
    "SiteAlert",
    "SpokenLanguage",
]
