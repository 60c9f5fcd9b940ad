from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    """Self-referrals to the early help desk. Holds personal data: kept apart on purpose."""

    name = "referrals"
    verbose_name = "Self-referrals"
