"""Safety answers and signposts: the numbers and links a frightened search is answered with.

Editors manage them as snippets. Each says which searches, needs and services it appears on;
search ranking reads them too (directory.selectors), so "services for people at risk before
programmes for people who harm" is the editors' list, not a rule hidden in code.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class SafetyAnswerKind(models.TextChoices):
    AT_RISK = "at-risk", _("Safety: for people at risk")
    HARM = "harm", _("Safety: for people who harm")
    SIGNPOST = "signpost", _("Signpost: help from outside the directory")


class SafetyAnswer(ClusterableModel):
    """A calm panel of phone numbers and links at the top of search results, need listings and
    service pages: the domestic abuse helplines for someone at risk, the Respect phone line for
    someone worried about their own behaviour, or where to turn for help the directory does not
    list (food banks, bullying)."""

    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=SafetyAnswerKind.choices,
        default=SafetyAnswerKind.AT_RISK,
        help_text=_(
            "For people at risk: shown on searches, need listings and service pages about the danger. "
            "For people who harm: shown on its programmes' pages and on searches that ask for them. "
            "Signpost: for searches the directory has no local service for."
        ),
    )
    slug = models.SlugField(
        _("short name"),
        max_length=60,
        unique=True,
        help_text=_("A short name for this answer, with no spaces, such as 'domestic-abuse'. Never shown to families."),
    )
    title = models.CharField(
        _("heading"),
        max_length=120,
        help_text=_("The panel's heading, calm and plain, such as 'If you are not safe at home'."),
    )
    text = models.TextField(
        _("text"),
        max_length=600,
        blank=True,
        help_text=_("One or two short sentences shown under the heading, before the numbers and links."),
    )
    search_words = models.TextField(
        _("search words"),
        blank=True,
        help_text=_(
            "Words and phrases that show this answer, one on each line, as families would type them "
            "('shouts at me', 'scared of my partner'). End a word with * to match any ending (krzycz* finds "
            "krzyczy). Capitals make no difference, and a search in any language is checked against the "
            "words of every language."
        ),
    )
    needs = ParentalManyToManyField(
        "directory.Need",
        blank=True,
        related_name="safety_answers",
        verbose_name=_("needs"),
        help_text=_(
            "Shown on the list of services for these needs. A safety answer is also shown on the pages of "
            "services for these needs. A search that shows this answer lists these needs' services first."
        ),
    )
    services = ParentalManyToManyField(
        "directory.ServicePage",
        blank=True,
        related_name="safety_answers",
        verbose_name=_("services"),
        help_text=_(
            "A search that shows this answer lists these services first. For people who harm: tick the "
            "programmes for people who harm. They are listed after every other service, unless a search "
            "uses this answer's words, and their pages show this answer."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("When several answers show, lower numbers come first.")
    )

    panels = [
        FieldPanel("kind", widget=forms.RadioSelect),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("text"),
        InlinePanel("lines", heading=_("Numbers and links"), label=_("Number or link")),
        MultiFieldPanel(
            [
                FieldPanel("search_words"),
                FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("services"),
                FieldPanel("sort_order"),
            ],
            heading=_("Where it appears"),
        ),
    ]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("safety answer")

    def __str__(self):
        return self.title

    @property
    def is_safety(self):
        return self.kind in (SafetyAnswerKind.AT_RISK, SafetyAnswerKind.HARM)


class SafetyAnswerLine(Orderable):
    """One number or link in a safety answer. Numbers and addresses are the same in every
    language, so a translator cannot mistype them: only the words are translated."""

    answer = ParentalKey(SafetyAnswer, on_delete=models.CASCADE, related_name="lines")
    label = models.CharField(
        _("who to contact"),
        max_length=120,
        help_text=_("For example 'National Domestic Abuse Helpline' or 'Your child's school'."),
    )
    phone = models.CharField(
        _("phone number"),
        max_length=40,
        blank=True,
        help_text=_("Written as families dial it, such as 0808 2000 247. Leave empty for a link or advice only."),
    )
    url = models.URLField(
        _("web address"),
        blank=True,
        help_text=_("Optional. A web page families can open, starting with https://"),
    )
    note = models.CharField(
        _("note"),
        max_length=240,
        blank=True,
        help_text=_("When and how, in a few words, such as 'Free, 24 hours a day'."),
    )

    panels = [FieldPanel("label"), FieldPanel("phone"), FieldPanel("url"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("number or link")

    def __str__(self):
        return self.label
