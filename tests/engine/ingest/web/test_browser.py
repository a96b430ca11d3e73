"""Finding and starting the installed browser: a missing or failing browser gives a short error
that names it and says what to do, and the reader shows BROWSER_FAILED instead of crashing."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.core.engine import Engine
from engine.ingest.web.accounts import Account
from engine.ingest.web.browser import (
    BROWSER_ENV,
    BrowserNotFoundError,
    BrowserStartError,
    find_browser,
)
from engine.ingest.web.reader import LiveReader
from engine.ingest.web.states import LiveState, StateReport
from tests.engine.ingest.web.conftest import CHROMIUM, run


def test_an_installed_browser_is_found_by_path_or_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BROWSER_ENV, raising=False)
    assert find_browser(str(CHROMIUM)).executable == str(CHROMIUM)
    assert find_browser("chromium").executable is not None
    assert find_browser("msedge").channel == "msedge"


def test_a_chosen_browser_that_does_not_exist_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(BrowserNotFoundError, match="'/nowhere/chromium' chosen for ChatTasks "
                                                   "does not exist; install Chromium"):  # fmt: skip
        find_browser("/nowhere/chromium")
    monkeypatch.setenv(BROWSER_ENV, "/nowhere/chrome")
    with pytest.raises(BrowserNotFoundError, match=f"set in {BROWSER_ENV} does not exist"):
        find_browser()


@pytest.mark.parametrize(
    ("browser", "error", "reason"),
    [
        ("/nowhere/chromium", BrowserNotFoundError, "does not exist"),
        ("/bin/false", BrowserStartError, r"did not start: it exited at once \(exit code 1\)"),
    ],
)
def test_a_browser_that_fails_leaves_a_clear_state_and_a_free_account(
    engine: Engine, account: Account, tmp_path: Path, browser: str,
    error: type[Exception], reason: str,
) -> None:  # fmt: skip
    states: list[StateReport] = []
    reader = LiveReader(engine, account, on_state=states.append)
    reader.options.browser = browser
    with pytest.raises(error, match=reason) as raised:
        run(reader.start())
    message = str(raised.value)
    assert browser in message and "\n" not in message and len(message) < 300  # no launch log
    assert [s.state for s in states] == [LiveState.STARTING, LiveState.BROWSER_FAILED]
    assert reader.report.detail == message and "Chromium" in reader.report.action
    with account.lock():  # released: a second try (or another window) can take the account
        pass
    run(reader.stop())  # safe again, and the failure stays on show
    assert reader.report.state is LiveState.BROWSER_FAILED
