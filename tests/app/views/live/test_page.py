"""The live page on real headless Chromium and the fake WhatsApp Web site: link, consent, read,
suggestions in the inbox, the changed-page banner, use here, stop and unlink, re-linking a
logged-out account, and a browser that does not start."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.context import AppContext
from app.dialogs.choose_chats import ChooseChatsDialog
from app.dialogs.link_whatsapp import LinkWhatsAppDialog
from app.views.inbox.page import InboxPage
from app.views.live.page import LivePage
from engine.core.engine import Engine
from engine.ingest.web import LiveAccounts, LiveState
from tests.app.conftest import Run
from tests.app.views.live.conftest import until
from tests.engine.ingest.web.conftest import options, rows
from tests.fixtures.whatsapp_web.server import FakeWhatsApp

pytestmark = pytest.mark.usefixtures("qasync_policy")


def _count(engine: Engine, title: str) -> int:
    return int(
        rows(
            engine,
            "SELECT count(*) FROM messages m JOIN chats c ON c.id = m.chat_id WHERE c.name = ?",
            title,
        )[0][0]
    )


def _cell(page: LivePage, column: int, account_id: str | None = None) -> str:
    row = 0 if account_id is None else page._row_of(account_id)
    return page.model.item(row, column).text()


def _link(page: LivePage, fake: FakeWhatsApp, run: Run, qtbot: object) -> LinkWhatsAppDialog:
    page.buttons["link"].click()
    dialog = page.dialog
    assert isinstance(dialog, LinkWhatsAppDialog) and dialog.isVisible()
    if dialog.account is None:
        dialog.name.setText("Personal phone")
    dialog.understand.click()
    dialog.continue_button.click()
    # The code shown in the app is the page's current one (scan() refuses any other); on a slow
    # machine it may rotate between showing and scanning, then the next one is scanned.
    run(until(lambda: dialog.shown_ref is not None and fake.scan(dialog.shown_ref)))
    run(until(lambda: dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()))
    return dialog


def _choose(page: LivePage, run: Run, qtbot: object, ticked: list[str]) -> ChooseChatsDialog:
    chooser = run(until(lambda: isinstance(page.dialog, ChooseChatsDialog) and page.dialog))
    titles = [chooser.model.item(r).text() for r in range(chooser.model.rowCount())]
    assert sorted(titles) == ["Casa & Obra", "Family", "Work"]  # in the page's order
    for row, title in enumerate(titles):
        if (title in ticked) != (title in chooser.chosen()):
            chooser.list.setCurrentIndex(chooser.model.index(row, 0))
            qtbot.keyClick(chooser.list, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert chooser.chosen() == ticked
    chooser.save_button.click()
    return chooser


def test_link_consent_read_suggest_and_changed_page(
    fake: FakeWhatsApp, context: AppContext, engine: Engine, run: Run, qtbot: object,
    tmp_path: Path, qtmodeltester: object,
) -> None:  # fmt: skip
    accounts = LiveAccounts(tmp_path / "live")
    page = LivePage(context, None, accounts=accounts, options=options(fake))
    inbox = InboxPage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    qtbot.addWidget(inbox)  # type: ignore[attr-defined]
    page.show()
    run(page.load())
    run(inbox.model.reload())
    assert page.model.rowCount() == 0 and inbox.model.rowCount() == 0
    try:
        _link(page, fake, run, qtbot)
        run(until(lambda: page.model.rowCount() == 1 and _cell(page, 1) == "Connected"))
        assert _cell(page, 0) == "Personal phone" and "suggestions" in _cell(page, 2)
        account = accounts.list()[0]
        assert account.linked and account.consented_chats() == []
        _choose(page, run, qtbot, ["Casa & Obra"])
        run(until(lambda: account.consented_chats() == ["Casa & Obra"]))
        run(until(lambda: _count(engine, "Casa & Obra") == 4))
        fake.add_message("Casa & Obra", "Can you send me the invoice by Friday?")
        run(until(lambda: any("invoice" in t.title for t in inbox.model.tasks())))
        assert [r[0] for r in rows(engine, "SELECT name FROM chats")] == ["Casa & Obra"]
        qtmodeltester.check(page.model)  # type: ignore[attr-defined]

        assert not page.banner.isVisible()
        fake.set_variant("changed")
        run(until(lambda: page.banner.isVisible()))
        assert _cell(page, 1) == "Page changed" and "Import" in _cell(page, 3)
        with qtbot.waitSignal(page.sig_request_import, timeout=1000):  # type: ignore[attr-defined]
            page.import_button.click()

        assert page.buttons["toggle"].text() == "&Stop reading"
        page.buttons["toggle"].click()
        run(until(lambda: not page.sessions and _cell(page, 1) == "Stopped"))
        assert page.buttons["toggle"].text() == "&Start reading" and not page.banner.isVisible()
    finally:
        page.shutdown()
    assert fake.compose_hits() == [] and fake.receipts == [] and fake.presence == []


def test_use_here_and_unlink_ask_first(
    fake: FakeWhatsApp, context: AppContext, run: Run, qtbot: object, tmp_path: Path
) -> None:
    accounts = LiveAccounts(tmp_path / "live")
    page = LivePage(context, None, accounts=accounts, options=options(fake))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    run(page.load())
    try:
        _link(page, fake, run, qtbot)
        _choose(page, run, qtbot, [])
        assert not page.buttons["use_here"].isEnabled()
        fake.take_over()
        run(until(lambda: _cell(page, 1) == "Open elsewhere"))
        assert page.buttons["use_here"].isEnabled()
        page.buttons["use_here"].click()
        box = run(until(lambda: isinstance(page.dialog, QMessageBox) and page.dialog))
        assert fake.conflicted  # nothing happened before the user answered
        box.button(QMessageBox.StandardButton.Yes).click()
        run(until(lambda: _cell(page, 1) == "Connected"))
        assert not fake.conflicted

        page.buttons["unlink"].click()
        box = run(until(lambda: isinstance(page.dialog, QMessageBox) and page.dialog))
        box.button(QMessageBox.StandardButton.No).click()
        run(until(lambda: page.dialog is None))
        assert accounts.list() and fake.sessions
        page.buttons["unlink"].click()
        box = run(until(lambda: isinstance(page.dialog, QMessageBox) and page.dialog))
        box.button(QMessageBox.StandardButton.Yes).click()
        run(until(lambda: page.model.rowCount() == 0, timeout=60))
    finally:
        page.shutdown()
    assert accounts.list() == [] and not fake.sessions  # logged out on the page, profile gone
    assert LiveState.TAKEN_OVER.value == "taken_over"


def test_a_logged_out_account_says_so_and_is_linked_again(
    fake: FakeWhatsApp, context: AppContext, engine: Engine, run: Run, qtbot: object,
    tmp_path: Path,
) -> None:  # fmt: skip
    accounts = LiveAccounts(tmp_path / "live")
    page = LivePage(context, None, accounts=accounts, options=options(fake))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    run(page.load())
    try:
        _link(page, fake, run, qtbot)
        _choose(page, run, qtbot, ["Casa & Obra"])
        run(until(lambda: _count(engine, "Casa & Obra") == 4))
        account = accounts.list()[0]

        fake.log_out_from_phone()  # the user removed the linked device on the phone
        run(until(lambda: _cell(page, 1) == "Logged out"))
        assert "logged out" in _cell(page, 2) and "Link the account again" in _cell(page, 3)
        run(until(lambda: not account.linked))
        assert page.buttons["link"].isEnabled()
        fake.add_message("Casa & Obra", "Are you home at 5?", read=True)  # while logged out

        dialog = _link(page, fake, run, qtbot)  # the same account, not a new one
        assert dialog.account is not None and dialog.account.id == account.id
        assert not dialog.name.isEnabled() and dialog.name.text() == "Personal phone"
        chooser = run(until(lambda: isinstance(page.dialog, ChooseChatsDialog) and page.dialog))
        assert chooser.chosen() == ["Casa & Obra"]  # the earlier choice is kept
        chooser.save_button.click()
        run(until(lambda: _cell(page, 1) == "Connected" and account.linked))
        assert len(accounts.list()) == 1 and len(fake.scanned_refs) == 2
        run(until(lambda: _count(engine, "Casa & Obra") == 5))  # the gap is filled
    finally:
        page.shutdown()
    assert fake.compose_hits() == [] and fake.receipts == [] and context.runner.errors == []


def test_a_browser_that_does_not_start_is_explained_and_others_keep_reading(
    fake: FakeWhatsApp, context: AppContext, engine: Engine, run: Run, qtbot: object,
    tmp_path: Path,
) -> None:  # fmt: skip
    accounts = LiveAccounts(tmp_path / "live")
    page = LivePage(context, None, accounts=accounts, options=options(fake))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    run(page.load())
    try:
        _link(page, fake, run, qtbot)
        _choose(page, run, qtbot, ["Casa & Obra"])
        run(until(lambda: _count(engine, "Casa & Obra") == 4))
        other = accounts.create("Work phone")  # linked earlier, on a browser that is gone now
        other.update_info(linked=True)
        other.set_consent(["Work"])
        run(page.load())
        assert page.model.rowCount() == 2
        told: list[str] = []
        context.sig_status.connect(told.append)  # the main window's status bar
        for browser, reason in (("/nowhere/chromium", "does not exist"),
                                ("/bin/false", "exited at once (exit code 1)")):  # fmt: skip
            page.options = dataclasses.replace(page.options, browser=browser)
            page.select(other.id)
            assert page.buttons["toggle"].text() == "&Start reading"
            page.buttons["toggle"].click()
            run(until(lambda b=browser: b in _cell(page, 2, other.id)  # type: ignore[misc]
                      and other.id not in page.sessions))  # fmt: skip
            assert _cell(page, 1, other.id) == "Browser did not start"
            assert "could not be started" in _cell(page, 2, other.id)
            assert reason in _cell(page, 2, other.id)
            assert "Chromium, Google Chrome or Microsoft Edge" in _cell(page, 3, other.id)
            assert page.status.text().startswith("Reading Work phone stopped: the browser")
            assert page.status.text() in told  # the other account may report news after it
            assert page.buttons["toggle"].text() == "&Start reading"  # try again when fixed

            assert _cell(page, 1, "personal-phone") == "Connected"  # the other account reads on
            assert page.sessions["personal-phone"].running
        fake.add_message("Casa & Obra", "Can you send me the invoice by Friday?")
        run(until(lambda: _count(engine, "Casa & Obra") == 5))
        # The failure changed nothing in the failing account either.
        assert other.info()["linked"] is True and other.consented_chats() == ["Work"]
    finally:
        page.shutdown()
    assert context.runner.errors == [] and fake.compose_hits() == []
