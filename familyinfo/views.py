"""Site-wide views: search, robots.txt and the error pages."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Page

from familyinfo.models import EmergencyContacts
from familyinfo.search_terms import clean_query

RESULTS_PER_PAGE = 20


@require_GET
def search(request):
    """Search every public page of the site: the search box in the header lands here."""
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        page = paginator.page(paginator.num_pages if request.GET.get("page", "").isdigit() else 1)
    return TemplateResponse(
        request,
        "familyinfo/search_results.html",
        {"query": query, "results": page, "paginator": paginator},
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
