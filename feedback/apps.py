from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    """Feedback from families: "report something wrong" on listings, worked through by the
    editors who keep them true, and "tell us how it went" after a service or hub session, read by
    the people who run it and counted in the Insight area."""

    name = "feedback"
    verbose_name = "Feedback"

    def seed(self):
        """After every migrate (familyinfo/seeds.py): the three versions of the feedback form with
        their first questions, and the FIS team's right to change them."""
        from feedback.models import FeedbackQuestion, FeedbackVersion
        from feedback.reference_data import ensure_feedback_versions
        from feedback.roles import ensure_feedback_roles

        ensure_feedback_versions(FeedbackVersion, FeedbackQuestion)
        ensure_feedback_roles()
