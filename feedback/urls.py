"""Under every language prefix (familyinfo/urls.py): /report-a-problem/<page id>/."""

from django.urls import path

from feedback import views

urlpatterns = [
    path("<int:page_id>/", views.report, name="listing_feedback_report"),
    path("<int:page_id>/thanks/", views.thanks, name="listing_feedback_thanks"),
]
