"""Google's JSON error envelope, shared by the Calendar and Tasks fakes."""

from __future__ import annotations

from werkzeug.wrappers import Response

from .server import json_response


def google_error(status: int, reason: str, message: str, domain: str = "global",
                 headers: dict[str, str] | None = None) -> Response:
    """An error answer shaped like Google's APIs send them."""
    return json_response({"error": {"errors": [{"domain": domain, "reason": reason,
                                                "message": message}],
                                    "code": status, "message": message}}, status, headers)


def not_found() -> Response:
    """404 as Google words it."""
    return google_error(404, "notFound", "Not Found")
