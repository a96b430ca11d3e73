"""The Integrations page, driven through its real widgets against a local webhook receiver and an
ICS file (no network), with secrets in an in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app.context import AppContext
from app.views.integrations.page import ID_ROLE, IntegrationsPage
from engine.core.engine import Engine
from engine.sync import store
from engine.sync.http import RetryPolicy
from engine.sync.registry import Registry
from engine.sync.secrets import KeyringSecretStore
from engine.sync.service import HttpOptions, SyncService
from tests.engine.sync.conftest import MemoryKeyring, WebhookReceiver, webhook_receiver

__all__ = ["webhook_receiver"]  # the receiver fixture, shared with the engine's sync tests


@pytest.fixture
def keyring_items() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def page(context: AppContext, engine: Engine, keyring_items: MemoryKeyring, qtbot: Any,
         run: Callable[..., Any]) -> IntegrationsPage:
    service = SyncService(engine.db, Registry.discover(third_party=False),
                          KeyringSecretStore(keyring_items), engine.clock,
                          timezone="Europe/Lisbon",
                          http=HttpOptions(RetryPolicy(attempts=1), lambda _: None))
    widget = IntegrationsPage(context, None, service)
    qtbot.addWidget(widget)
    run(widget.load())
    return widget


def _choose(page: IntegrationsPage, connector: str) -> None:
    for row in range(page.connectors.rowCount()):
        if page.connectors.item(row).data(ID_ROLE) == connector:
            page.connector_view.setCurrentIndex(page.connectors.index(row, 0))
            return
    raise AssertionError(f"{connector} not listed")


def _fill(qtbot: Any, page: IntegrationsPage, values: dict[str, str]) -> None:
    qtbot.mouseClick(page.buttons["connect"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    for name, text in values.items():
        editor = dialog.findChild(QLineEdit, f"field-{name}")
        assert editor is not None, name
        editor.clear()
        qtbot.keyClicks(editor, text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _row(page: IntegrationsPage) -> list[str]:
    return [page.accounts.item(0, column).text() for column in range(5)]


def test_connect_test_route_and_remove_a_webhook(
    page: IntegrationsPage, engine: Engine, keyring_items: MemoryKeyring,
    webhook_receiver: WebhookReceiver, qtbot: Any, qtmodeltester: Any,
    settle: Callable[[], None],
) -> None:
    qtmodeltester.check(page.connectors)
    names = {page.connectors.item(r).data(ID_ROLE) for r in range(page.connectors.rowCount())}
    assert {"caldav", "ics", "webhook", "slack", "teams", "email"} <= names
    _choose(page, "webhook")
    qtbot.mouseClick(page.buttons["connect"], Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    url_field = page.dialog.findChild(QLineEdit, "field-url")
    assert url_field.echoMode() == QLineEdit.EchoMode.Password  # secrets are never shown
    page.dialog.reject()
    _fill(qtbot, page, {"label": "zap", "url": webhook_receiver.url,
                        "signing_secret": webhook_receiver.secret.decode()})
    settle()
    assert webhook_receiver.events == ["ping"]  # the new account was tested
    assert _row(page)[:3] == ["zap", "webhook", "OK"]
    assert page.status.text() == "ping delivered"
    qtmodeltester.check(page.accounts)
    account = store.find_account(engine.db, "zap")
    assert "url" not in account.settings and keyring_items.items[
        ("ChatTasks", f"account-{account.id}:url")] == webhook_receiver.url

    page.routes.priority.setCurrentIndex(page.routes.priority.findData("high"))
    qtbot.keyClicks(page.routes.category, "home")
    qtbot.mouseClick(page.buttons["add_rule"], Qt.MouseButton.LeftButton)
    settle()
    rules = store.list_routes(engine.db, account.id)
    assert [(r.priority, r.category) for r in rules] == [(None, None), ("high", "home")]
    assert page.routes.model.rowCount() == 2
    assert page.routes.model.item(1).text().endswith("category home, priority High")
    assert page.routes.category.text() == ""
    page.routes.view.setCurrentIndex(page.routes.model.index(0, 0))
    qtbot.mouseClick(page.buttons["remove_rule"], Qt.MouseButton.LeftButton)
    settle()
    assert [r.id for r in store.list_routes(engine.db, account.id)] == [rules[1].id]

    webhook_receiver.secret = b"rotated-on-the-other-side"
    qtbot.mouseClick(page.buttons["test"], Qt.MouseButton.LeftButton)
    settle()
    status, error = _row(page)[2], _row(page)[4]
    assert status == "Sign in again" and "401" in error
    assert webhook_receiver.url.rsplit("/", 1)[1] not in error + page.status.text()

    qtbot.mouseClick(page.buttons["remove"], Qt.MouseButton.LeftButton)
    settle()
    assert page.accounts.rowCount() == 0 and store.list_accounts(engine.db) == []
    assert keyring_items.items == {}


def test_ics_account_sync_now_and_a_missing_setting(
    page: IntegrationsPage, engine: Engine, tmp_path: Path, qtbot: Any,
    settle: Callable[[], None],
) -> None:
    _choose(page, "ics")
    _fill(qtbot, page, {"label": "feed"})  # the path is required
    settle()
    assert page.accounts.rowCount() == 0 and "is required" in page.status.text()
    feed = tmp_path / "tasks.ics"
    _fill(qtbot, page, {"label": "feed", "path": str(feed)})
    settle()
    assert _row(page)[:3] == ["feed", "ics", "OK"]
    with engine.db.begin() as conn:
        conn.exec_driver_sql("UPDATE tasks SET state = 'confirmed' WHERE due_at IS NOT NULL")
    changed: list[bool] = []
    page.context.sig_tasks_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(page.buttons["sync"], Qt.MouseButton.LeftButton)
    settle()
    assert "BEGIN:VTODO" in feed.read_text() and changed == [True]
    assert page.status.text().startswith("feed: OK, ") and _row(page)[3] == "2026-11-10 09:00"


class _Browser(QObject):
    """Stands in for the system browser: Qt hands it the URL QDesktopServices.openUrl got."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_oauth_connectors_open_the_browser_off_the_gui_thread(
    page: IntegrationsPage, qtbot: Any, settle: Callable[[], None],
) -> None:
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        _choose(page, "google_calendar")
        qtbot.mouseClick(page.buttons["connect"], Qt.MouseButton.LeftButton)
        assert page.dialog is not None and page.dialog.uses_oauth
        assert page.dialog.findChild(QLineEdit, "field-refresh_token") is None
        qtbot.keyClicks(page.dialog.findChild(QLineEdit, "field-client_id"), "client-123")
        page.dialog.accept()
        qtbot.waitUntil(lambda: bool(browser.urls), timeout=5000)
        assert browser.urls[0].startswith("https://accounts.google.com/o/oauth2/v2/auth?")
        assert "code_challenge_method=S256" in browser.urls[0]
        assert page.status.text() == "Waiting for the sign-in in your browser…"
        _answer_the_redirect(browser.urls[0])
        settle()
        assert page.status.text() == "Could not connect: sign-in refused: access_denied"
    finally:
        QDesktopServices.unsetUrlHandler("https")


def _answer_the_redirect(url: str) -> None:
    """Refuse consent on the loopback redirect, as the provider would after 'Cancel'."""
    from urllib.parse import parse_qs, urlsplit

    import httpx

    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    httpx.get(query["redirect_uri"], params={"error": "access_denied", "state": query["state"]})


def test_built_as_the_main_window_builds_pages(
    context: AppContext, qtbot: Any, run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    page = IntegrationsPage(context, None)  # as page_factories constructs it
    qtbot.addWidget(page)
    run(page.load())
    assert page.service is not None and not page.service.secrets.available
    assert page.connectors.rowCount() >= 8 and page.accounts.rowCount() == 0
    assert {a.shortcut().toString() for a in page.actions()} >= {"F5", "Ctrl+T"}
