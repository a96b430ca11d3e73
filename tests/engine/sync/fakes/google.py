"""Fake Google APIs: Calendar v3, Tasks v1 and the OAuth endpoints, on one local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from werkzeug.wrappers import Request, Response

from engine.core.clock import Clock

from .discovery_check import DiscoveryChecker
from .google_calendar import CalendarService
from .google_errors import google_error
from .google_tasks import TasksService
from .oauth import AUTHORIZE_PATH, TOKEN_PATH, OAuthProvider
from .server import FakeServer, Fault

CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar"
TASKS_SCOPE = "https://www.googleapis.com/auth/tasks"


class FakeGoogle(FakeServer):
    """Calendar at `url + /calendar/v3`, Tasks at `url + /tasks/v1`, OAuth at `/token`."""

    def __init__(self, clock: Clock | None = None, **oauth_options: Any) -> None:
        super().__init__(clock)
        self.calendar_checker = DiscoveryChecker("google-calendar-v3.discovery.json")
        self.tasks_checker = DiscoveryChecker("google-tasks-v1.discovery.json")
        self.oauth = OAuthProvider(self, self.clock, **oauth_options)
        self.calendar = CalendarService(self)
        self.tasks = TasksService(self)

    @property
    def calendar_url(self) -> str:
        """Stands for `https://www.googleapis.com/calendar/v3`."""
        return self.url + "/calendar/v3"

    @property
    def tasks_url(self) -> str:
        """Stands for `https://tasks.googleapis.com/tasks/v1`."""
        return self.url + "/tasks/v1"

    @property
    def token_url(self) -> str:
        """Stands for `https://oauth2.googleapis.com/token`."""
        return self.url + TOKEN_PATH

    @property
    def authorize_url(self) -> str:
        """Stands for `https://accounts.google.com/o/oauth2/v2/auth`."""
        return self.url + AUTHORIZE_PATH

    @property
    def state(self) -> dict[str, Any]:
        """Calendars, events, task lists and tasks as the fake holds them."""
        return {"calendars": self.calendar.calendars, "events": self.calendar.events,
                "tasklists": self.tasks.lists, "tasks": self.tasks.tasks}

    def _checker(self, request: Request) -> DiscoveryChecker | None:
        if request.path.startswith("/calendar/v3/"):
            return self.calendar_checker
        if request.path.startswith("/tasks/v1/"):
            return self.tasks_checker
        return None

    def check_request(self, request: Request) -> Iterator[str]:
        if request.path in (AUTHORIZE_PATH, TOKEN_PATH):
            return
        checker = self._checker(request)
        if checker is None:
            yield "not a Google Calendar or Tasks path"
            return
        yield from checker.check_request(request)

    def check_response(self, request: Request, response: Response) -> Iterator[str]:
        checker = self._checker(request)
        if checker is None or response.status_code == 204:
            return
        yield from checker.check_response(request, json.loads(response.get_data()))

    def authorize(self, request: Request) -> Response | None:
        if request.path in (AUTHORIZE_PATH, TOKEN_PATH) or self.oauth.valid(request):
            return None
        return self._unauthenticated()

    def fault_response(self, request: Request, fault: Fault) -> Response:
        if fault.status == 401:
            self.oauth.expire_access_tokens()
            return self._unauthenticated()
        if fault.status == 429:
            return google_error(429, "rateLimitExceeded", "Rate Limit Exceeded",
                                domain="usageLimits")
        return google_error(fault.status or 503, "backendError", "Backend Error")

    def not_found(self, request: Request) -> Response:
        return google_error(404, "notFound", "Not Found")

    @staticmethod
    def _unauthenticated() -> Response:
        return google_error(
            401, "authError", "Request had invalid authentication credentials. Expected OAuth 2 "
            "access token, login cookie or other valid authentication credential.",
            headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
                                         'error="invalid_token"'})
