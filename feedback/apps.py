from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    """Listing feedback: families tell the council a service, hub or outreach base page is wrong,
    and the editors who keep that listing true work through the reports in the admin."""

    name = "feedback"
    verbose_name = "Listing feedback"
