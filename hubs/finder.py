"""The hub finder: a postcode (or a location the visitor shares) to the nearest hubs."""

import math
from dataclasses import dataclass

from django.utils.translation import gettext as _

from hubs import postcodes
from hubs.models import HubPage, OutreachBasePage, Ward

# Outreach bases further than this are not "near you".
NEARBY_OUTREACH_KM = 3.0
MAX_NEARBY_OUTREACH = 5
# "Use my location" sends coordinates rounded to about 100 metres: enough to sort hubs, not
# enough to pinpoint a home in the server's logs.
COORDINATE_DECIMALS = 3


@dataclass
class Distance:
    place: object
    km: float

    @property
    def miles(self):
        return postcodes.km_to_miles(self.km)


def by_distance(places, latitude, longitude):
    return sorted(
        (Distance(place, place.distance_from(latitude, longitude)) for place in places),
        key=lambda item: item.km,
    )


def place_from_coordinates(raw_lat, raw_lon):
    """A visitor's shared location, if it is a real place in or near the city."""
    try:
        latitude, longitude = round(float(raw_lat), COORDINATE_DECIMALS), round(float(raw_lon), COORDINATE_DECIMALS)
        if not (math.isfinite(latitude) and math.isfinite(longitude)):
            raise ValueError("not a place")
    except (TypeError, ValueError):
        raise postcodes.PostcodeError(_("We could not use your location. Enter your postcode instead.")) from None
    if not (52.5 <= latitude <= 52.7 and -2.3 <= longitude <= -1.95):
        raise postcodes.PostcodeError(
            _("Your location seems to be outside Wolverhampton. Enter a Wolverhampton postcode instead.")
        )
    return postcodes.Place(_("your location"), "location", latitude, longitude, ward_code="")


def locality_for(place):
    if not place.ward_code:
        return None
    ward = Ward.objects.select_related("locality").filter(code=place.ward_code).first()
    return ward.locality if ward else None


def hub_finder_context(request, index_page):
    """Everything the hub finder page shows, for a GET with or without a postcode."""
    hubs = HubPage.objects.child_of(index_page).live().select_related("locality").order_by("locality__number")
    context = {"hubs": hubs, "postcode": request.GET.get("postcode", "")[:20]}
    try:
        if "postcode" in request.GET:
            place = postcodes.lookup(request.GET["postcode"])
        elif "lat" in request.GET or "lon" in request.GET:
            place = place_from_coordinates(request.GET.get("lat"), request.GET.get("lon"))
        else:
            return context
    except postcodes.PostcodeError as error:
        context["postcode_error"] = str(error)
        return context

    outreach = OutreachBasePage.objects.descendant_of(index_page).live()
    nearby_outreach = by_distance(outreach, place.latitude, place.longitude)
    context.update(
        {
            "place": place,
            "locality": locality_for(place),
            "nearest_hubs": by_distance(hubs, place.latitude, place.longitude),
            "nearby_outreach": [item for item in nearby_outreach if item.km <= NEARBY_OUTREACH_KM][
                :MAX_NEARBY_OUTREACH
            ],
        }
    )
    context["map_places"] = [item.place for item in context["nearest_hubs"][:3] + context["nearby_outreach"]]
    return context
