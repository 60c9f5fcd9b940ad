"""How far a service's sessions are from a family's postcode.

Distances always come from the hub, outreach base or venue as it is now (no copy of a
position is kept on a session), so a venue made confidential or moved is never answered with
an old position. A confidential venue (a refuge) gives no distance at all: no nearest-first
order or match within a radius could be used to find it.

Squared distances in degrees, scaled for latitude, are enough to order places and need no
trigonometry in the database (SQLite has none).
"""

import math

from django.db.models import Case, ExpressionWrapper, F, FloatField, Value, When
from django.db.models.functions import Coalesce

from directory.models import Schedule
from directory.models.services import PLACE_TYPES

# Degrees of longitude are shorter than degrees of latitude this far north.
LONGITUDE_SCALE = math.cos(math.radians(52.6))
KM_PER_DEGREE = 111.2


def km_from_squared_degrees(value):
    return math.sqrt(value) * KM_PER_DEGREE if value is not None else None


def squared_degrees(from_latitude, from_longitude, latitude, longitude):
    return (latitude - from_latitude) ** 2 + ((longitude - from_longitude) * LONGITUDE_SCALE) ** 2


def session_position(axis):
    """A session's latitude or longitude (`axis`) in a query of schedules."""
    return Case(
        When(place__isnull=False, then=Coalesce(*[F(f"place__{kind}__{axis}") for kind in PLACE_TYPES])),
        When(venue__confidential=False, then=F(f"venue__{axis}")),
        default=None,
        output_field=FloatField(),
    )


def distance_expression(latitude, longitude):
    """A schedule's squared distance from a point, in the database (for the API's radius)."""
    north, east = session_position("latitude"), session_position("longitude")
    return ExpressionWrapper(
        (north - Value(latitude)) * (north - Value(latitude))
        + (east - Value(longitude)) * (east - Value(longitude)) * Value(LONGITUDE_SCALE**2),
        output_field=FloatField(),
    )


def _position_columns():
    columns = []
    for kind in PLACE_TYPES:
        columns += [f"place__{kind}__latitude", f"place__{kind}__longitude"]
    return ["place_id", *columns, "venue__latitude", "venue__longitude", "venue__confidential"]


def nearest_session(services, latitude, longitude):
    """{service id: squared distance of its nearest session} for the services of a queryset,
    in one narrow query. Worked out here rather than in SQL: for a listing the expression
    above cost more to build than the whole query took to run."""
    nearest = {}
    rows = Schedule.objects.filter(page__in=services.values("pk")).values_list("page_id", *_position_columns())
    for page_id, *positions in rows:
        position = _first_position(positions)
        if position is None:
            continue
        distance = squared_degrees(latitude, longitude, *position)
        if page_id not in nearest or distance < nearest[page_id]:
            nearest[page_id] = distance
    return nearest


def _first_position(positions):
    """The session's position from a row of `_position_columns()`, or None: its hub's or
    outreach base's if it has one, else its venue's unless the venue is confidential."""
    place_id, *places, venue_latitude, venue_longitude, confidential = positions
    if place_id is not None:
        pairs = zip(places[::2], places[1::2], strict=True)
        return next(((lat, lon) for lat, lon in pairs if lat is not None and lon is not None), None)
    if confidential or venue_latitude is None or venue_longitude is None:
        return None
    return venue_latitude, venue_longitude
