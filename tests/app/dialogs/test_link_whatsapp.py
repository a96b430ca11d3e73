"""The link dialog on real headless Chromium and the fake WhatsApp Web site: nothing starts
before 'I understand'; the QR image is the page's current code and follows its rotation; the
pairing code button shows the page's code; a browser that does not start is explained."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


class TurnedQr(FakeWhatsApp):
    """The fixture site with a QR code that changes only when the test turns it.

    The site's own rotation follows the wall clock; comparing the code on show with the page's
    at an arbitrary moment then races the clock on a loaded machine. Here the page still
    replaces `data-ref` in place and redraws its canvas, exactly as it does on rotation.
    """

    def __init__(self) -> None:
        super().__init__(qr_refs=8)
        self.turns = 0

    def turn(self) -> None:
        """Show the next code."""
        with self.lock:
            self.turns += 1

    def current(self) -> str | None:
        """The code on the page now (without taking a pending login, as `qr()` would)."""
        with self.lock:
            ref: str | None = self._qr_now().get("ref")
            return ref

    def _qr_now(self) -> dict[str, Any]:
        if self.qr_started is None:
            self.qr_started = time.monotonic()
        if self.turns >= self.qr_refs:
            return {"expired": True}
        return {"ref": f"2@{self.qr_salt}{self.turns:02d}AbCdEf,noiseKeyB64{self.turns},"
                       "identityKeyB64,advSecretB64"}  # fmt: skip


@pytest.fixture
def fake() -> Iterator[TurnedQr]:
    """The fake site with a code that turns on demand."""
    server = TurnedQr()
    server.start()
    server.add_chat("Casa & Obra")
    yield server
    server.stop()


@pytest.fixture
def window(qtbot: Any) -> QWidget:
    """The main window stand-in, left open (closing the last window quits the loop)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


class Sessions:
    """Opens sessions the way the live page does: created, not started; the dialog starts them."""

    def __init__(self, context: AppContext, fake: FakeWhatsApp, **overrides: Any) -> None:
        self.context, self.fake, self.overrides = context, fake, overrides
        self.opened: list[LiveSession] = []
        self.codes: list[QrCode] = []

    def __call__(self, account: Account) -> LiveSession:
        session = LiveSession(self.context.engine, account, options(self.fake, **self.overrides))
        session.sig_qr.connect(self.codes.append)
        self.opened.append(session)
        return session

    def image(self) -> QImage:
        """The last code the reader captured, as an image."""
        png = self.codes[-1].png
        assert png is not None
        return QImage.fromData(png)  # PNG, recognised by its header

    def stop(self) -> None:
        for session in self.opened:
            session.stop()
            assert session.join()


def _continue(dialog: LinkWhatsAppDialog) -> None:
    dialog.understand.click()
    assert dialog.continue_button.isEnabled()
    dialog.continue_button.click()


def test_risks_first_then_rotating_qr_then_connected(
    fake: TurnedQr, context: AppContext, run: Run, window: QWidget, tmp_path: Path
) -> None:
    accounts = LiveAccounts(tmp_path / "live")
    sessions = Sessions(context, fake)
    dialog = LinkWhatsAppDialog(context, accounts, sessions, window)
    dialog.open()
    try:
        # The risk step blocks: nothing is created or started until "I understand".
        risks = dialog.findChild(QLabel, "link-risks")
        assert risks is not None and "unofficial automation" in risks.text()
        assert not dialog.continue_button.isEnabled()
        dialog.continue_button.click()
        run(dialog.accept_risks())
        assert dialog.steps.currentIndex() == 0 and sessions.opened == [] and accounts.list() == []
        assert fake.qr_started is None  # the page was never even asked for a code
        _continue(dialog)

        first = run(until(lambda: dialog.shown_ref))
        assert dialog.steps.currentIndex() == 1 and len(accounts.list()) == 1
        assert fake.current() == first  # the code on the page right now
        shown = dialog.qr.pixmap().toImage()
        assert not shown.isNull() and shown == sessions.image()
        fake.turn()  # the page rotates its code in place
        second = run(until(lambda: dialog.shown_ref != first and dialog.shown_ref))
        assert fake.current() == second
        rotated = dialog.qr.pixmap().toImage()
        assert rotated == sessions.image() and rotated != shown

        assert fake.scan(second)  # the phone scans what the app shows
        run(until(lambda: not dialog.isVisible()))
        assert dialog.result() == dialog.DialogCode.Accepted
        assert sessions.opened[0].report.state is LiveState.CONNECTED
        assert accounts.list()[0].linked
    finally:
        sessions.stop()
    assert fake.compose_hits() == []


def test_pairing_code_button_shows_the_pages_code(
    fake: TurnedQr, context: AppContext, run: Run, window: QWidget, tmp_path: Path
) -> None:
    accounts = LiveAccounts(tmp_path / "live")
    sessions = Sessions(context, fake)
    dialog = LinkWhatsAppDialog(context, accounts, sessions, window)
    dialog.open()
    try:
        _continue(dialog)
        run(until(lambda: dialog.shown_ref))  # the page is up and shows its QR code
        dialog.phone.setText("+44 7700 900123")
        dialog.pair_button.click()
        code = run(until(lambda: dialog.pairing.property("code")))
        assert code == fake.pairing["+44 7700 900123"]  # what the page displays, XXXX-XXXX
        assert len(code) == 9 and code[4] == "-" and code in dialog.pairing.text()
        assert dialog.pair_button.isEnabled() and dialog.isVisible()
        assert fake.confirm_pairing(code)  # typed on the phone
        run(until(lambda: not dialog.isVisible()))
        assert dialog.result() == dialog.DialogCode.Accepted
        assert fake.scanned_refs == [] and accounts.list()[0].linked  # linked without a scan
    finally:
        sessions.stop()
    assert fake.compose_hits() == []


@pytest.mark.parametrize(
    ("browser", "reason"),
    [("/nowhere/chromium", "does not exist"), ("/bin/false", "exited at once (exit code 1)")],
)
def test_a_browser_that_does_not_start_is_explained(
    fake: TurnedQr, context: AppContext, run: Run, window: QWidget, tmp_path: Path,
    browser: str, reason: str,
) -> None:  # fmt: skip
    accounts = LiveAccounts(tmp_path / "live")
    sessions = Sessions(context, fake, browser=browser)
    dialog = LinkWhatsAppDialog(context, accounts, sessions, window)
    dialog.open()
    try:
        _continue(dialog)
        # sig_failed follows the BROWSER_FAILED state; it disables the pairing button.
        run(until(lambda: dialog.failed is not None and not dialog.pair_button.isEnabled()))
        text = dialog.status.text()
        assert "The browser could not be started" in text  # the problem,
        assert browser in text and reason in text  # which browser and why,
        assert "Check that Chromium, Google Chrome or Microsoft Edge is installed" in text  # and
        assert dialog.qr.text() == "No QR code: the browser did not start."  # what to do
        assert not dialog.pair_button.isEnabled() and dialog.isVisible()
        assert fake.qr_started is None and not accounts.list()[0].linked
        dialog.reject()  # the user can still cancel; nothing crashed
    finally:
        sessions.stop()
    assert context.runner.errors == []
