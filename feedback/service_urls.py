"""Under every language prefix (familyinfo/urls.py): /feedback/<page id>/, short enough to print
under a QR code."""

from django.urls import path

from feedback import service_views

urlpatterns = [
    path("<int:page_id>/", service_views.start, name="service_feedback_start"),
    path("<int:page_id>/about-you/", service_views.equality, name="service_feedback_equality"),
    path("<int:page_id>/sign-in-sheet/", service_views.sign_in_sheet, name="service_feedback_sign_in_sheet"),
    path("<int:page_id>/<slug:audience>/", service_views.answer, name="service_feedback_answer"),
    path("<int:page_id>/<slug:audience>/thanks/", service_views.thanks, name="service_feedback_thanks"),
]
