"""The Insight area's permission, which needs a model to belong to."""

from django.db import models


class InsightArea(models.Model):
    """No table: only the permission to open the Insight area (Admin > Insight), which the
    roles give to insight officers and the early help desk's managers."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_insight", "Can see the Insight area's figures")]

    def __str__(self):
        return "Insight area"
