from .mail import QueuedEmail, RetriedDelivery
from .pages import ContentPage, HomePage
from .safety import SafetyAnswer, SafetyAnswerKind, SafetyAnswerLine
from .site_settings import EmergencyContacts, Navigation, NotificationAddresses
from .taxonomy import SpokenLanguage

__all__ = [
    "ContentPage",
    "EmergencyContacts",
    "HomePage",
    "Navigation",
    "NotificationAddresses",
    "QueuedEmail",
    "RetriedDelivery",
    "SafetyAnswer",
    "SafetyAnswerKind",
    "SafetyAnswerLine",
    "SpokenLanguage",
]
