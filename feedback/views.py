"""The public side: "Report something wrong with this page" on every service, hub and outreach
base page, in every language, and the thank-you page that leads back to the listing."""

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from core.rate_limits import HourlyLimit
from feedback.forms import ReportForm
from feedback.listings import reportable_listing
from feedback.models import ListingReport
from feedback.notifications import tell_owners

rate_limit = HourlyLimit("listing-feedback", "LISTING_FEEDBACK_RATE_LIMIT_PER_HOUR")


def listing_or_404(page_id):
    listing = reportable_listing(page_id)
    if listing is None:
        raise Http404
    return listing


@never_cache
@sensitive_post_parameters("name", "email")
def report(request, page_id):
    listing = listing_or_404(page_id)
    status = 200
    if request.method == "POST":
        form = ReportForm(request.POST)
        if form.is_valid():
            thanks = reverse("listing_feedback_thanks", args=[listing.pk])
            if form.cleaned_data.get("website"):
                return HttpResponseRedirect(thanks)
            if not rate_limit.reached(request):
                save_report(listing, form)
                rate_limit.count(request)
                return HttpResponseRedirect(thanks)
            # Too many from one connection this hour: keep everything typed and say why.
            form.add_error(
                None,
                _(
                    "We have had a lot of requests from this connection in the last hour, so we could not send "
                    "this. What you typed is still here: please try again in an hour."
                ),
            )
            status = 429
    else:
        form = ReportForm()
    context = {"listing": listing, "form": form.describe_fields(), "error_forms": [form]}
    return TemplateResponse(request, "feedback/report.html", context, status=status)


def save_report(listing, form):
    data = form.cleaned_data
    with transaction.atomic():
        report = ListingReport.objects.create(
            page=listing,
            problem=data["problem"],
            details=data.get("details", "").strip(),
            language=translation.get_language() or "",
            # A name alone is no use for a reply: kept only beside an email address.
            reply_name=(data.get("name") or None) if data.get("email") else None,
            reply_email=data.get("email") or None,
        )
        # Queued in the same transaction (core/mail_queue.py): sent later by the worker.
        tell_owners(report)
    return report


def thanks(request, page_id):
    listing = listing_or_404(page_id)
    return TemplateResponse(request, "feedback/thanks.html", {"listing": listing})
