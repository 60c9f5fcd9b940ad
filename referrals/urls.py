from django.urls import path

from referrals import views

urlpatterns = [
    path("", views.start, name="referral_start"),
    path("check/", views.check, name="referral_check"),
    path("sent/", views.done, name="referral_done"),
    path("keep-alive/", views.keep_alive, name="referral_keep_alive"),
    path("clear/", views.clear, name="referral_clear"),
    path("<slug:slug>/", views.step, name="referral_step"),
]
