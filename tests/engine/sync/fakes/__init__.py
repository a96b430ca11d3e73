"""Local fake vendor servers that check every exchange against the vendor's own API description."""

from __future__ import annotations

from .google import CALENDAR_SCOPE, TASKS_SCOPE, FakeGoogle
from .oauth import FakeOAuth, OAuthProvider, s256
from .server import FakeServer, LoggedRequest, ManualClock, Violation, rfc3339
from .slack import FakeSlack
from .trello import FakeTrello

__all__ = ["CALENDAR_SCOPE", "TASKS_SCOPE", "FakeGoogle", "FakeOAuth", "FakeServer",
           "FakeSlack", "FakeTrello", "LoggedRequest", "ManualClock", "OAuthProvider",
           "Violation", "rfc3339", "s256"]
