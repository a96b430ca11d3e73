"""Base of the fake vendor servers: a real threaded HTTP server with a log, violations and faults."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from engine.core.clock import Clock, FixedClock

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
Handler = Callable[..., Response]


@dataclass(frozen=True, slots=True)
class Violation:
    """One place where a request or a response broke the vendor's description."""

    direction: str  # "request", "response" or "protocol"
    method: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.direction} {self.method} {self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    """One request as the fake received it, and the status it answered."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    status: int

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass(slots=True)
class Fault:
    """A failure to inject into the next matching requests."""

    status: int | None = None
    retry_after: float | None = None
    hang: float | None = None
    times: int = 1
    path: str | None = None  # regex the request path must match, or any path
    body: Any = None


@dataclass(slots=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


class _QuietHandler(WSGIRequestHandler):
    def log(self, type: str, message: str, *args: Any) -> None:  # noqa: A002
        """Keep test output clean: the fake keeps its own request log."""


class ManualClock:
    """A clock the test moves by hand; it never reads the wall clock."""

    def __init__(self, instant: datetime = START) -> None:
        self.instant = instant

    def now(self) -> datetime:
        """The current fake instant."""
        return self.instant

    def advance(self, **delta: float) -> datetime:
        """Move forward by a timedelta given as keywords (seconds=..., hours=...)."""
        from datetime import timedelta

        self.instant += timedelta(**delta)
        return self.instant


class FakeServer:
    """A vendor fake on 127.0.0.1: subclasses add routes, state and a spec checker."""

    base_path = ""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = clock or FixedClock(START)
        self.violations: list[Violation] = []
        self.requests: list[LoggedRequest] = []
        self.lock = threading.RLock()
        self._faults: list[Fault] = []
        self._routes: list[_Route] = []
        self._stopping = threading.Event()
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # lifecycle -------------------------------------------------------------------------------
    def start(self) -> FakeServer:
        """Bind a free port and serve in a background thread."""
        self._server = make_server("127.0.0.1", 0, self._wsgi, threaded=True,
                                   request_handler=_QuietHandler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self.on_start()
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, release hung requests and close the socket."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> Any:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def on_start(self) -> None:
        """Hook run once the URL is known (e.g. to point the spec's server at it)."""

    # configuration ---------------------------------------------------------------------------
    def route(self, method: str, template: str, handler: Handler) -> None:
        """Serve `method template` (``{name}`` matches one path segment) with `handler`."""
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self._routes.append(_Route(method, re.compile(f"^{regex}$"), handler))

    def fail_next(self, status: int | None = 503, *, retry_after: float | None = None,
                  hang: float | None = None, times: int = 1, path: str | None = None,
                  body: Any = None) -> None:
        """Answer the next `times` requests (matching `path`) with `status`, or hang first.

        With `hang`, the request is processed normally but the answer is held back for `hang`
        seconds, as when a server commits a change and the reply is lost to a client timeout.
        """
        with self.lock:
            self._faults.append(Fault(None if hang else status, retry_after, hang, times, path,
                                      body))

    def violation(self, direction: str, request: Request, message: str) -> None:
        """Record one violation."""
        with self.lock:
            self.violations.append(Violation(direction, request.method, request.path, message))

    def requests_to(self, method: str, path_regex: str) -> list[LoggedRequest]:
        """The logged requests whose method and path match."""
        pattern = re.compile(path_regex)
        return [r for r in self.requests if r.method == method and pattern.search(r.path)]

    # hooks for subclasses --------------------------------------------------------------------
    def check_request(self, request: Request) -> Iterable[str]:
        """Messages for every way `request` breaks the vendor's description."""
        return ()

    def check_response(self, request: Request, response: Response) -> Iterable[str]:
        """Messages for every way `response` breaks the vendor's description."""
        return ()

    def authorize(self, request: Request) -> Response | None:
        """An error answer when the request's credentials are wrong, else None."""
        return None

    def fault_response(self, request: Request, fault: Fault) -> Response:
        """The vendor-style answer to an injected failure."""
        status = fault.status or 503
        if fault.body is not None:
            response = json_response(fault.body, status)
        else:
            response = json_response({"error": {"code": status, "message": "injected failure"}},
                                     status)
        return response

    def not_found(self, request: Request) -> Response:
        """The answer to an unknown path."""
        return json_response({"error": {"code": 404, "message": "Not Found"}}, 404)

    # serving ---------------------------------------------------------------------------------
    def _take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self._faults:
                if fault.path is None or re.search(fault.path, path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _dispatch(self, request: Request) -> Response:
        for candidate in self._routes:
            match = candidate.pattern.match(request.path)
            if match and candidate.method == request.method:
                with self.lock:
                    return candidate.handler(request, **match.groupdict())
        return self.not_found(request)

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        body = request.get_data(cache=True)
        fault = self._take_fault(request.path)
        if fault is not None and fault.status is not None:
            response = self.fault_response(request, fault)
            if fault.retry_after is not None:
                response.headers["Retry-After"] = f"{fault.retry_after:g}"
        else:
            for message in self.check_request(request):
                self.violation("request", request, message)
            try:
                response = self.authorize(request) or self._dispatch(request)
            except Exception as error:  # a bug in the fake must fail the test, not hide
                self.violation("fake", request, f"the fake crashed: {error!r}")
                response = json_response({"error": {"code": 500, "message": repr(error)}}, 500)
            if 200 <= response.status_code < 300:
                for message in self.check_response(request, response):
                    self.violation("response", request, message)
        with self.lock:
            self.requests.append(LoggedRequest(
                request.method, request.path, request.args.to_dict(flat=False),
                dict(request.headers.items()), body, response.status_code))
        if fault is not None and fault.hang:
            self._stopping.wait(fault.hang)
        return response(environ, start_response)


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None
                  ) -> Response:
    """A JSON answer."""
    return Response(json.dumps(payload), status, headers, content_type="application/json")


def rfc3339(instant: datetime) -> str:
    """An instant as Google and Trello write it: UTC with milliseconds and a Z."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{instant.microsecond // 1000:03d}Z"


def parse_rfc3339(text: str) -> datetime:
    """Parse an RFC 3339 timestamp (Z or offset)."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


__all__ = ["Fault", "FakeServer", "LoggedRequest", "ManualClock", "Violation",
           "json_response", "parse_rfc3339", "rfc3339"]
