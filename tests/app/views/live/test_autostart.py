"""'Start with ChatTasks': an account linked in one app session resumes, headless and without a
new QR code, when the next session's window is up; a message typed then becomes a suggestion.

Each session is what app/main.py builds: a main window over an Engine and a runner, whose live
page is built lazily, and `resume_on_launch` (what `Application.resume_live` calls) after the
first paint. Only the live page's options differ: they point at the fixture site."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.main import page_factories
from app.runner import Runner
from app.views.live.autostart import resumable_ids, resume_on_launch
from app.views.live.page import LivePage
from app.views.main_window import MainWindow
from engine.core.clock import SystemClock
from engine.core.engine import Engine
from engine.ingest.web import LiveAccounts, LiveOptions
from tests.app.conftest import Run
from tests.app.views.live.conftest import until
from tests.app.views.live.test_page import _cell, _choose, _count, _link
from tests.engine.ingest.web.conftest import options
from tests.fixtures.whatsapp_web.server import FakeWhatsApp

pytestmark = pytest.mark.usefixtures("qasync_policy")


def _window(context: AppContext, accounts: LiveAccounts, live: LiveOptions) -> MainWindow:
    """The app's main window, its live page reading the fixture site."""

    def live_page(context: AppContext, parent: QWidget) -> QWidget:
        return LivePage(context, parent, accounts=accounts, options=live)

    pages = [(key, label, live_page if key == "live" else factory)
             for key, label, factory in page_factories()]  # fmt: skip
    return MainWindow(context, pages)


@pytest.fixture
def second_session(engine: Engine, loop: asyncio.AbstractEventLoop) -> Iterator[AppContext]:
    """A later launch of the app: a new Engine on the same database, a new runner."""
    url = str(engine.db.engine.url)
    again = Engine.open(url, settings=engine.settings, clock=SystemClock())
    context = AppContext(again, Runner())
    yield context
    pending = list(context.runner._tasks)
    for task in pending:
        task.cancel()
    if pending and not loop.is_closed():  # let them finish cancelling, as `context` does
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    context.runner.shutdown()
    again.close()


def test_a_linked_account_resumes_when_the_app_opens_again(
    fake: FakeWhatsApp, context: AppContext, second_session: AppContext, engine: Engine,
    run: Run, qtbot: Any, tmp_path: Path,
) -> None:  # fmt: skip
    accounts = LiveAccounts(tmp_path / "live")
    first = _window(context, accounts, options(fake))
    qtbot.addWidget(first)
    first.show()
    # Nothing to resume: the live page is not even built (nor Playwright loaded for it).
    assert run(resume_on_launch(context, first.pages, accounts)) == []
    assert not first.pages.is_built("live")

    first.show_page("live")
    page: LivePage = first.pages["live"]  # type: ignore[assignment]
    try:
        _link(page, fake, run, qtbot)
        _choose(page, run, qtbot, ["Casa & Obra"])
        run(until(lambda: _count(engine, "Casa & Obra") == 4))
        box = page.start_with_app
        assert box.isEnabled() and box.isChecked()  # on by default once linked with chats
        assert resumable_ids(accounts) == ["personal-phone"]
        box.click()  # the user turns it off, then on again: each choice is stored
        run(until(lambda: "no longer starts with ChatTasks" in page.status.text()))
        assert not box.isChecked() and resumable_ids(accounts) == []
        box.click()
        run(until(lambda: page.status.text() == "Personal phone starts with ChatTasks."))
        assert box.isChecked() and resumable_ids(accounts) == ["personal-phone"]
    finally:
        page.shutdown()  # the app quits (Application.close)
    fake.add_message("Casa & Obra", "Are you home at 5?", read=True)  # while the app is closed

    second = _window(second_session, accounts, options(fake))
    qtbot.addWidget(second)
    second.show()
    inbox = second.pages["inbox"]
    run(inbox.model.reload())  # type: ignore[attr-defined]
    assert not any("invoice" in t.title for t in inbox.model.tasks())  # type: ignore[attr-defined]
    assert run(resume_on_launch(second_session, second.pages, accounts)) == ["personal-phone"]
    resumed: LivePage = second.pages["live"]  # type: ignore[assignment]
    try:
        assert resumed.isHidden() or second.stack.currentWidget() is not resumed  # background
        run(until(lambda: _cell(resumed, 1) == "Connected"))
        assert resumed.dialog is None and len(fake.scanned_refs) == 1  # no new QR code
        assert resumed.sessions["personal-phone"].options.headless
        assert "Personal phone" in resumed.status.text()
        run(until(lambda: _count(engine, "Casa & Obra") == 5))  # the gap was filled
        fake.add_message("Casa & Obra", "Can you send me the invoice by Friday?")
        run(until(lambda: any("invoice" in t.title
                              for t in inbox.model.tasks())))  # type: ignore[attr-defined]  # fmt: skip
    finally:
        resumed.shutdown()
    assert second_session.runner.errors == [] and context.runner.errors == []
    assert fake.compose_hits() == [] and fake.receipts == [] and fake.presence == []
