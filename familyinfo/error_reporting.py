"""Optional error reporting to Sentry (or a compatible service), only when SENTRY_DSN is set.

Families' referrals and the desk's notes must never leave the council's servers, so an
error report keeps only what says where the code failed: the kind of exception, the stack
(files, functions, line numbers and the source lines) and the address's path. Everything
else is dropped before sending: request bodies, cookies, headers, query strings, the user,
local variables, exception messages and log arguments (either may quote what was typed),
breadcrumbs and any extra data. This is an allow-list: a field Sentry adds in future is
dropped too.
"""

from urllib.parse import urlsplit

REMOVED = "[removed]"

# Top-level event fields that describe the software, never a person.
KEPT_FIELDS = (
    "event_id",
    "timestamp",
    "level",
    "platform",
    "logger",
    "release",
    "environment",
    "server_name",
    "transaction",
    "transaction_info",
    "fingerprint",
    "sdk",
)
KEPT_FRAME_FIELDS = (
    "filename",
    "abs_path",
    "module",
    "function",
    "lineno",
    "colno",
    "in_app",
    "context_line",
    "pre_context",
    "post_context",
)
KEPT_CONTEXTS = ("runtime", "os", "trace")
KEPT_TRACE_FIELDS = ("trace_id", "span_id", "parent_span_id", "op", "status")


def scrub_event(event, hint=None):
    """Sentry's `before_send`: the event with nothing personal left in it."""
    clean = {key: event[key] for key in KEPT_FIELDS if key in event}
    if "exception" in event:
        clean["exception"] = {"values": [_exception(value) for value in event["exception"].get("values") or []]}
    if "threads" in event:
        clean["threads"] = {"values": [_thread(value) for value in event["threads"].get("values") or []]}
    if "logentry" in event or "message" in event:
        # The message as written in the code ("Internal Server Error: %s"), never its
        # arguments or the formatted text.
        template = (event.get("logentry") or {}).get("message")
        clean["logentry"] = {"message": template if isinstance(template, str) else REMOVED}
    if "request" in event:
        clean["request"] = _request(event["request"])
    contexts = event.get("contexts") or {}
    clean["contexts"] = {name: dict(contexts[name]) for name in KEPT_CONTEXTS if name in contexts}
    if "trace" in clean["contexts"]:
        trace = clean["contexts"]["trace"]
        clean["contexts"]["trace"] = {key: trace[key] for key in KEPT_TRACE_FIELDS if key in trace}
    return clean


def _exception(value):
    kept = {key: value[key] for key in ("type", "module", "mechanism") if key in value}
    if "value" in value:
        kept["value"] = REMOVED
    if "mechanism" in kept:
        kept["mechanism"] = {key: kept["mechanism"][key] for key in ("type", "handled") if key in kept["mechanism"]}
    if "stacktrace" in value:
        kept["stacktrace"] = _stacktrace(value["stacktrace"])
    return kept


def _thread(value):
    kept = {key: value[key] for key in ("id", "crashed", "current", "main") if key in value}
    if "stacktrace" in value:
        kept["stacktrace"] = _stacktrace(value["stacktrace"])
    return kept


def _stacktrace(stacktrace):
    frames = (stacktrace or {}).get("frames") or []
    return {"frames": [{key: frame[key] for key in KEPT_FRAME_FIELDS if key in frame} for frame in frames]}


def _request(request):
    """Which address and method: the path only (no query string, which may hold a search
    or a postcode), no body, cookies, headers or environment."""
    kept = {}
    if isinstance(request.get("method"), str):
        kept["method"] = request["method"]
    if isinstance(request.get("url"), str):
        parts = urlsplit(request["url"])
        kept["url"] = f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else parts.path
    return kept


def init(dsn, environment="production"):
    """Start reporting errors, with nothing personal ever sent."""
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        max_breadcrumbs=0,
        before_send=scrub_event,
        # Performance traces carry addresses with query strings and SQL: none are sent.
        traces_sample_rate=0,
    )
