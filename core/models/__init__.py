from .mail import QueuedEmail, RetriedDelivery
from .site_settings import CachedSiteSetting, EmergencyContacts, NotificationAddresses
from .taxonomy import SpokenLanguage

__all__ = [
    "CachedSiteSetting",
    "EmergencyContacts",
    "NotificationAddresses",
    "QueuedEmail",
    "RetriedDelivery",
    "SpokenLanguage",
]
