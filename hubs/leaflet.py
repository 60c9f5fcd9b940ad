"""QR codes for printed hub leaflets."""

import qrcode
import qrcode.image.svg
from django.utils.safestring import mark_safe


def qr_code_svg(url):
    """An inline SVG QR code for a web address: sharp at any print size, and no image file."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 - SVG we generated ourselves
