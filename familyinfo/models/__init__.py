from .mail import QueuedEmail
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
    "SafetyAnswer",
    "SafetyAnswerKind",
    "SafetyAnswerLine",
    "SpokenLanguage",
]
