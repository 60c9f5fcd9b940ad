"""The feedback form's QR code, for printed pages of other apps (the hub leaflet)."""

from django import template

from feedback.service_views import feedback_address
from hubs.leaflet import qr_code_svg

register = template.Library()


@register.simple_tag(takes_context=True)
def feedback_qr_code(context, page):
    """{svg, url, shown}: a QR code to the page's feedback form, and its address to print."""
    address = feedback_address(context["request"], page)
    return {"svg": qr_code_svg(address), "url": address, "shown": address.split("://", 1)[-1]}
