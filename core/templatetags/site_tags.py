"""Template helpers for the look of every page."""

import re

from django import template
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

from core.page_cache import cached_content
from core.phone_numbers import format_uk, parse_uk_phone, tel_href

register = template.Library()


@register.simple_tag
def phone_link(number, css_class="govuk-link"):
    """A phone number a parent can tap, kept left-to-right inside Urdu and Arabic text."""
    if not number:
        return ""
    try:
        parsed = parse_uk_phone(number)
    except ValidationError:
        # Not a UK number as such (a short code like 116 123): dialled as written.
        digits = re.sub(r"[^\d+]", "", number)
        if digits.startswith("0"):
            digits = "+44" + digits[1:]
        return format_html('<a class="{}" href="tel:{}"><bdi dir="ltr">{}</bdi></a>', css_class, digits, number)
    # Shown as the editor grouped it (helplines publish "0808 2000 247"), or grouped for them.
    shown = number.strip() if re.fullmatch(r"0[\d ]+", number.strip()) and " " in number else format_uk(parsed)
    return format_html('<a class="{}" href="{}"><bdi dir="ltr">{}</bdi></a>', css_class, tel_href(parsed), shown)


@register.simple_tag(takes_context=True)
def admin_userbar(context, position="bottom-right"):
    """Wagtail's userbar for editors. Only a request with a session cookie can come from a
    signed-in editor: asking anyone else who they are would read the session, and make every
    public page vary on cookies (no shared cache or proxy could then keep it)."""
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

    return wagtailuserbar(context, position)


@register.simple_tag(takes_context=True)
def menu_pages(context, stream):
    """The live pages of a menu StreamField, skipping any that have been unpublished."""
    # A menu needs only titles and addresses: plain pages in one query, read from the stored
    # ids (turning the blocks into pages first would load every page twice).
    ids = [item["value"] for item in stream.raw_data if item.get("value")] if stream else []
    if not ids:
        return []

    def load():
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).live()}
        return [pages[pk] for pk in ids if pk in pages]

    # Every page shows the menus: kept until content changes (see core/page_cache.py).
    return cached_content(f"menu:{','.join(str(pk) for pk in ids)}", load, context.get("request"))


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """The pages above this one, below the tree's root: already loaded when the page was found
    by its address (core/fast_pages.py), otherwise asked for."""
    request = context.get("request")
    found = getattr(request, "_route_trail", None)
    if found and found[0] == page.pk:
        return found[1]
    return list(page.get_ancestors()[1:])


@register.filter
def clock(value):
    """A time as people write it: "9am", "5:30pm" in English, 24-hour "17:30" elsewhere."""
    if value is None:
        return ""
    if translation.get_language() != "en":
        return value.strftime("%H:%M")
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"


@register.filter
def field_kind(bound_field):
    """Which GOV.UK pattern draws a form field: "radios", "checkboxes", "checkbox", "date",
    "select" or "input"."""
    widget = bound_field.field.widget
    input_type = getattr(widget, "input_type", None)
    if input_type == "radio":
        return "radios"
    if input_type == "checkbox":
        return "checkboxes" if getattr(widget, "allow_multiple_selected", False) else "checkbox"
    if getattr(widget, "widgets", None):
        return "date"
    if widget.__class__.__name__ == "Select":
        return "select"
    return "input"


@register.filter
def error_target(bound_field):
    """The id an error summary links to: the field, or its first box or option."""
    kind = field_kind(bound_field)
    if kind in ("radios", "checkboxes"):
        return f"{bound_field.auto_id}_0"
    if kind == "date":
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id
