"""The project's own responses: robots.txt and the error page that must work when all else fails."""

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.models import EmergencyContacts


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
