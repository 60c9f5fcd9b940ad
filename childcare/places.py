"""Where a provider is: the offline postcode data places a full postcode, or a childminder's
postcode district at the middle of the district (their home is never placed)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hubs import postcodes
from hubs.models import Ward


def place_provider(provider, quiet=False):
    """Set the provider's position, district and locality from its postcode. Raises
    ValidationError on the postcode field unless `quiet`."""
    provider.postcode = postcodes.normalise(provider.postcode)
    provider.postcode_district = postcodes.normalise(provider.postcode_district or provider.postcode.split(" ")[0])
    if provider.is_childminder:
        provider.address_line_1 = provider.address_line_2 = ""
        provider.postcode = ""
    wanted = provider.postcode or provider.postcode_district
    try:
        place = postcodes.lookup(wanted)
    except postcodes.PostcodeError as error:
        provider.latitude = provider.longitude = None
        provider.locality = None
        if quiet:
            return
        field = "postcode" if provider.postcode else "postcode_district"
        raise ValidationError({field: str(error)}) from None
    if provider.postcode and place.precision != "postcode":
        if not quiet:
            raise ValidationError({"postcode": _("Enter the full postcode, like WV1 1SH.")})
    provider.postcode_district = place.label.split(" ")[0]
    provider.latitude, provider.longitude = place.latitude, place.longitude
    ward = Ward.objects.select_related("locality").filter(code=place.ward_code).first()
    provider.locality = ward.locality if ward else None
