from .pages import ContentPage, HomePage
from .site_settings import EmergencyContacts, Navigation, NotificationAddresses
from .taxonomy import SpokenLanguage

__all__ = ["ContentPage", "EmergencyContacts", "HomePage", "Navigation", "NotificationAddresses", "SpokenLanguage"]
