"""The two-year-old offer's rules, as data editors keep, and the counts of what the checker told
families (never what they answered)."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class Route(models.TextChoices):
    FUNDED = "funded", _("Funded place for families who get some support")
    WORKING = "working", _("Working parents' entitlement")


class RuleKind(models.TextChoices):
    CHILD = "child", _("Something about the child (any one is enough)")
    SUPPORT = "support", _("Support the family gets (with an income limit if one is set)")
    EARNINGS = "earnings", _("Working parents' earnings")


class IncomeBasis(models.TextChoices):
    """What the income limit is measured on: the checker words its question to match."""

    TAKE_HOME_EARNINGS = "take_home_earnings", _("Household take-home pay from work, not counting benefits")
    GROSS_HOUSEHOLD = "gross_household", _("Household income before tax")
    HOUSEHOLD = "household", _("Household income")
    EACH_PARENT = "each_parent", _("Each parent's own income")


class OfferRuleQuerySet(models.QuerySet):
    def in_force(self, day):
        """The rules that apply on `day`: for each rule (key), its newest version that had
        started by then, unless that version had ended."""
        started = self.filter(applies_from__lte=day).order_by("key", "-applies_from")
        newest = {}
        for rule in started:
            newest.setdefault(rule.key, rule)
        return sorted(
            (rule for rule in newest.values() if rule.applies_until is None or day <= rule.applies_until),
            key=lambda rule: (rule.sort_order, rule.pk),
        )


class OfferRule(models.Model):
    """One way a family can qualify, from a date. When a national rule or threshold changes,
    add a new version with the same key and the date it applies from: the checker uses the
    version in force on the day, so a change can be entered before it starts."""

    key = models.CharField(
        _("rule"),
        max_length=40,
        validators=[RegexValidator(r"^[a-z0-9-]+$", _("Lower-case letters, numbers and hyphens only."))],
        help_text=_("The same for every version of one rule, such as universal-credit."),
    )
    route = models.CharField(
        _("route"),
        max_length=10,
        choices=Route.choices,
        help_text=_("Which result the rule leads to: a funded place, or the working parents' route."),
    )
    kind = models.CharField(
        _("what it asks about"),
        max_length=10,
        choices=RuleKind.choices,
        help_text=_("Which question the rule is part of: about the child, the family's support, or work."),
    )
    label = models.CharField(
        _("label"), max_length=300, help_text=_("What the family sees, such as 'Universal Credit'.")
    )
    hint = models.CharField(
        _("hint"), max_length=300, blank=True, help_text=_("Optional words under the label, to help families choose.")
    )
    income_limit = models.DecimalField(
        _("yearly income limit (£)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty if there is no income limit. Families at or under it qualify."),
    )
    income_limit_two_or_more_children = models.DecimalField(
        _("yearly income limit with 2 or more children (£)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only if the limit is higher for families with 2 or more children."),
    )
    income_basis = models.CharField(
        _("income limit is on"),
        max_length=24,
        choices=IncomeBasis.choices,
        blank=True,
        help_text=_("What the limit counts: the checker words its question to match."),
    )
    savings_limit = models.DecimalField(
        _("savings limit (£)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only if families with more savings than this cannot get it."),
    )
    weekly_earnings_minimum = models.DecimalField(
        _("least weekly earnings for each parent (£)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Working parents: 16 hours a week at the National Minimum or Living Wage."),
    )
    applies_from = models.DateField(
        _("applies from"), help_text=_("The first day this version applies. It can be in the future.")
    )
    applies_until = models.DateField(
        _("applies until"), null=True, blank=True, help_text=_("The last day, if the rule ends. Usually empty.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers come first."))

    objects = OfferRuleQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("route"), FieldPanel("kind")]),
        FieldPanel("label"),
        FieldPanel("hint"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("income_limit"), FieldPanel("income_limit_two_or_more_children")]),
                FieldPanel("income_basis"),
                FieldPanel("savings_limit"),
                FieldPanel("weekly_earnings_minimum"),
            ],
            heading=_("Limits"),
        ),
        FieldRowPanel([FieldPanel("applies_from"), FieldPanel("applies_until")]),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "key", "-applies_from"]
        verbose_name = _("two-year-old offer rule")
        verbose_name_plural = _("two-year-old offer rules")
        constraints = [models.UniqueConstraint(fields=["key", "applies_from"], name="one_version_per_day")]

    def __str__(self):
        return f"{self.label} ({self.applies_from:%d %b %Y})"

    @property
    def has_income_limit(self):
        return self.income_limit is not None

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.applies_until and self.applies_from and self.applies_until < self.applies_from:
            errors["applies_until"] = _("The last day cannot be before the rule applies from.")
        if self.income_limit is not None and not self.income_basis:
            errors["income_basis"] = _("Say what the income limit is on.")
        if self.kind == RuleKind.EARNINGS and self.weekly_earnings_minimum is None:
            errors["weekly_earnings_minimum"] = _("Enter the least weekly earnings for working parents.")
        if self.kind == RuleKind.EARNINGS and self.route != Route.WORKING:
            errors["route"] = _("Earnings rules are for the working parents' route.")
        if errors:
            raise ValidationError(errors)


class Outcome(models.TextChoices):
    LIKELY = "likely", _("Likely to get a funded place")
    WORKING = "working", _("Working parents' route")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")
    NOT_SURE = "not_sure", _("Not sure")


class OfferCheckCount(models.Model):
    """How many checks ended with each answer, by month, site language and postcode district.
    Nothing a family answered is kept: only which result they were shown."""

    month = models.DateField(_("month"))
    language = models.CharField(_("language"), max_length=8)
    postcode_district = models.CharField(_("postcode district"), max_length=4, blank=True)
    outcome = models.CharField(_("result"), max_length=12, choices=Outcome.choices)
    count = models.PositiveIntegerField(_("checks"), default=0)

    class Meta:
        ordering = ["-month", "outcome"]
        verbose_name = _("two-year-old offer check count")
        verbose_name_plural = _("two-year-old offer check counts")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "language", "postcode_district", "outcome"], name="one_count_per_group"
            )
        ]

    def __str__(self):
        return f"{self.month:%b %Y} {self.language} {self.postcode_district or '-'} {self.outcome}: {self.count}"
