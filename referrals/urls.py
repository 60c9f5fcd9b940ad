from django.urls import path

from referrals import views
from referrals.steps import PROFESSIONAL, SELF


def journey_urls(journey, prefix=""):
    """The addresses of one referral form, named as its journey says."""
    names = journey.url_names
    given = {"journey": journey}
    return [
        path(prefix, views.start, given, name=names["start"]),
        path(f"{prefix}check/", views.check, given, name=names["check"]),
        path(f"{prefix}sent/", views.done, given, name=names["done"]),
        path(f"{prefix}keep-alive/", views.keep_alive, given, name=names["keep_alive"]),
        path(f"{prefix}clear/", views.clear, given, name=names["clear"]),
        path(f"{prefix}<slug:slug>/", views.step, given, name=names["step"]),
    ]


# The professional referral first: "professional" would otherwise be read as a page of the
# self-referral.
urlpatterns = journey_urls(PROFESSIONAL, "professional/") + journey_urls(SELF)
