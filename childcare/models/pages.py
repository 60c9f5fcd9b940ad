"""The two pages of funded childcare: the offer with its checker, and the provider finder. Their
words are content, translated like every page; the questions and rules come from code and data."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.fast_pages import CachedViewRestrictions

TEXT_FEATURES = ["bold", "link", "ul", "ol", "h3"]


class TwoYearOfferPage(RoutablePageMixin, CachedViewRestrictions, Page):
    """/two-year-old-offer/: what the offer is, and its checker at check/ (one question a page)."""

    intro = models.TextField(_("introduction"), max_length=400, help_text=_("One or two plain sentences."))
    body = RichTextField(
        _("about the offer"), features=TEXT_FEATURES, help_text=_("What families get and who can get it.")
    )
    apply_text = RichTextField(
        _("how to apply"),
        features=TEXT_FEATURES,
        help_text=_("Shown to families who are likely to get a place: how to apply here, and where to get help."),
    )
    apply_url = models.URLField(_("apply online at"), help_text=_("The council's application form."))
    working_parents_text = RichTextField(
        _("working parents"),
        features=TEXT_FEATURES,
        help_text=_("Shown to working families: how to apply for a code and keep it confirmed."),
    )
    working_parents_url = models.URLField(
        _("working parents apply at"), help_text=_("Where working families apply for their code.")
    )
    not_eligible_text = RichTextField(
        _("other help"),
        features=TEXT_FEATURES,
        help_text=_("Shown when a family cannot get the offer: other help with childcare costs, the hours from age 3."),
    )
    not_sure_text = RichTextField(
        _("not sure"),
        features=TEXT_FEATURES,
        help_text=_("Shown when the answers leave it open: who to ask."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("apply_text"),
                FieldPanel("apply_url"),
                FieldPanel("working_parents_text"),
                FieldPanel("working_parents_url"),
                FieldPanel("not_eligible_text"),
                FieldPanel("not_sure_text"),
            ],
            heading=_("The checker's results"),
        ),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("two-year-old offer")

    def get_context(self, request, *args, **kwargs):
        from hubs.models import HubIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["childcare_finder"] = ChildcareIndexPage.objects.live().first()
        context["hub_index"] = HubIndexPage.objects.live().first()
        return context

    @path("check/", name="check_start")
    @path("check/<slug:step>/", name="check_step")
    def checker(self, request, step=None):
        from childcare.checker_views import checker

        return checker(request, self, step)


class ChildcareIndexPage(RoutablePageMixin, CachedViewRestrictions, Page):
    """/childcare/: registered providers nearest a postcode, and a page for each."""

    intro = models.TextField(
        _("introduction"), max_length=500, blank=True, help_text=_("One or two sentences above the search.")
    )
    body = RichTextField(
        _("about childcare"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Shown under the results: funded hours, choosing a provider, help with costs."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("childcare finder")

    @path("", name="providers")
    def providers(self, request):
        from childcare.finder_views import provider_listing

        return provider_listing(request, self)

    @path("<str:urn>/", name="provider")
    @path("<str:urn>/<slug:slug>/", name="provider_with_name")
    def provider(self, request, urn, slug=None):
        from childcare.finder_views import provider_detail

        return provider_detail(request, self, urn, slug)
