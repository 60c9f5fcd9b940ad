from .pages import ContentPage, HomePage
from .site_settings import EmergencyContacts, Navigation

__all__ = ["ContentPage", "EmergencyContacts", "HomePage", "Navigation"]
