from django.apps import AppConfig


class OpenReferralConfig(AppConfig):
    """Open Referral UK: the API other directories read the service menu from, and the
    importer of other publishers' feeds, with the record of what came from where."""

    name = "openreferral"
    verbose_name = "Open Referral UK"
