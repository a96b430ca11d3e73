"""The link dialog on real headless Chromium and the fake WhatsApp Web site: nothing starts
before 'I understand'; the QR image is the page's current code and follows its rotation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from app.context import AppContext
from app.dialogs.link_whatsapp import LinkWhatsAppDialog
from app.live_runner import LiveSession
from engine.ingest.web import Account, LiveAccounts, LiveState, QrCode
from tests.app.conftest import Run
from tests.app.views.live.conftest import (
    engine,  # noqa: F401 - empty engine, system clock
    until,
)
from tests.engine.ingest.web.conftest import options
from tests.fixtures.whatsapp_web.server import FakeWhatsApp


@pytest.fixture
def fake() -> Iterator[FakeWhatsApp]:
    """The fake site with a code that rotates every 1.5 s."""
    server = FakeWhatsApp(qr_first=1.5, qr_next=1.5, qr_refs=8).start()
    server.add_chat("Casa & Obra")
    yield server
    server.stop()


def test_risks_first_then_rotating_qr_then_connected(
    fake: FakeWhatsApp, context: AppContext, run: Run, qtbot: object, tmp_path: Path
) -> None:
    accounts = LiveAccounts(tmp_path / "live")
    sessions: list[LiveSession] = []
    codes: list[QrCode] = []

    def open_session(account: Account) -> LiveSession:
        session = LiveSession(context.engine, account, options(fake))
        session.sig_qr.connect(codes.append)
        sessions.append(session)
        session.start(link=True)
        return session

    window = QWidget()  # the main window stays open (closing the last window quits the loop)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    dialog = LinkWhatsAppDialog(context, accounts, open_session, window)
    dialog.open()
    try:
        # The risk step blocks: nothing is created or started until "I understand".
        assert "unofficial automation" in dialog.findChild(QLabel, "link-risks").text()
        assert not dialog.continue_button.isEnabled()
        dialog.continue_button.click()
        run(dialog.accept_risks())
        assert dialog.steps.currentIndex() == 0 and sessions == [] and accounts.list() == []
        assert fake.qr_started is None  # the page was never even asked for a code
        dialog.understand.click()
        assert dialog.continue_button.isEnabled()
        dialog.continue_button.click()

        first = run(until(lambda: dialog.shown_ref))
        assert dialog.steps.currentIndex() == 1 and len(accounts.list()) == 1
        assert fake.qr().get("ref") == first  # the code on the page right now
        shown = dialog.qr.pixmap().toImage()
        assert not shown.isNull() and shown == QImage.fromData(codes[-1].png, "PNG")
        second = run(until(lambda: dialog.shown_ref != first and dialog.shown_ref))
        assert fake.qr().get("ref") == second
        rotated = dialog.qr.pixmap().toImage()
        assert rotated == QImage.fromData(codes[-1].png, "PNG") and rotated != shown

        assert fake.scan(run(until(lambda: dialog.shown_ref)))
        run(until(lambda: not dialog.isVisible()))
        assert dialog.result() == dialog.DialogCode.Accepted
        assert sessions[0].report.state is LiveState.CONNECTED and accounts.list()[0].linked
    finally:
        for session in sessions:
            session.stop()
            assert session.join()
    assert fake.compose_hits() == []
