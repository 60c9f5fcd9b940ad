"""How far a service's sessions are from a family's postcode.

Distances always come from the hub, outreach base or venue as it is now (no copy of a
position is kept on a session), so a venue made confidential or moved is never answered with
an old position. A confidential venue (a refuge) gives no distance at all: no nearest-first
order or match within a radius could be used to find it.

Squared distances in degrees, scaled for latitude, are enough to order places and need no
trigonometry in the database (SQLite has none).
"""

from django.db.models import Case, ExpressionWrapper, F, FloatField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce

from directory.models import Schedule
from directory.models.services import PLACE_TYPES
from hubs.postcodes import LONGITUDE_SCALE


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
    """A schedule's squared distance from a point, in a query of schedules (the API's)."""
    north, east = session_position("latitude"), session_position("longitude")
    return _squared(north, east, latitude, longitude)


def _squared(north, east, latitude, longitude):
    return ExpressionWrapper(
        (north - Value(latitude)) * (north - Value(latitude))
        + (east - Value(longitude)) * (east - Value(longitude)) * Value(LONGITUDE_SCALE**2),
        output_field=FloatField(),
    )


def nearest_distance(latitude, longitude):
    """A service's squared distance to its nearest session, in a query of services (None
    when it has no session with a position). Each position is worked out once and named:
    Django takes longer to build the expression than the database takes to run it."""
    sessions = (
        Schedule.objects.filter(page=OuterRef("pk"))
        .annotate(north=session_position("latitude"), east=session_position("longitude"))
        .annotate(distance=_squared(F("north"), F("east"), latitude, longitude))
        .filter(distance__isnull=False)
        .order_by("distance")
        .values("distance")[:1]
    )
    return Subquery(sessions, output_field=FloatField())


def _position_columns():
    columns = []
    for kind in PLACE_TYPES:
        columns += [f"place__{kind}__latitude", f"place__{kind}__longitude"]
    return ["place_id", *columns, "venue__latitude", "venue__longitude", "venue__confidential"]


def nearest_session(service_ids, latitude, longitude):
    """{service id: squared distance of its nearest session} for the services shown, in one
    narrow query."""
    nearest = {}
    rows = Schedule.objects.filter(page_id__in=service_ids).values_list("page_id", *_position_columns())
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
