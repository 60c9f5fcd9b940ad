"""The site's URLs plus a stand-in for the professional referral form, which another part of
issue 18 builds: the section for professionals must link to it once it exists."""

from django.http import HttpResponse
from django.urls import path

from familyinfo.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("refer/professional/", lambda request: HttpResponse("form"), name="professional_referral"),
    *site_urlpatterns,
]
