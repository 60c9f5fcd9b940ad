"""Site-wide views: search, robots.txt and the error pages."""

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, get_page_models

from directory.search import plan_search, record_unmet_search
from familyinfo import fulltext
from familyinfo.models import EmergencyContacts
from familyinfo.pagination import PagedIds, paginate

RESULTS_PER_PAGE = 20


@require_GET
def search(request):
    """Search services, hubs and pages: the search box in the header lands here."""
    plan = plan_search(request.GET.get("q", ""))
    results = Page.objects.none()
    promoted = []
    if plan:
        promoted = [
            promotion.page.specific
            for promotion in SearchPromotion.objects.filter(query__query_string=plan.typed.lower())
            .select_related("page")
            .order_by("sort_order")
            if promotion.page and promotion.page.live
        ]
        pages = Page.objects.live().public().exclude(pk__in=[page.pk for page in promoted])
        if fulltext.fast_path_available():
            ranked = fulltext.ranked_ids(plan.text, get_page_models(), within=pages)
            results = PagedIds(ranked, Page.objects.all(), specific=True)
        else:
            results = pages.specific().search(plan.text, operator="or")
    page = paginate(request, results, RESULTS_PER_PAGE)
    paginator = page.paginator
    if plan and paginator.count == 0 and not promoted:
        record_unmet_search(plan)
    return TemplateResponse(
        request,
        "familyinfo/search_results.html",
        {"query": plan.typed, "plan": plan, "promoted": promoted, "results": page, "paginator": paginator},
    )


@require_GET
def robots_txt(request):
    """Let search engines in, but not into the admin or endless search result pages."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page. It must render even when the database is what failed."""
    try:
        contacts = EmergencyContacts.for_request(request)
    except Exception:  # noqa: BLE001 - any failure here must not hide the error page
        contacts = None
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": request, "contacts": contacts}))
