"""WhatsApp (live): linked accounts, each reader's state and what to do; link, consent, unlink."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.i18n import term
from app.live_runner import LiveSession, stored_changed
from app.views.live import actions, autostart
from engine.ingest.web import (
    Account,
    LiveAccounts,
    LiveOptions,
    LiveState,
    StateReport,
    StoreResult,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("LivePage", "Account"), QT_TRANSLATE_NOOP("LivePage", "State"),
    QT_TRANSLATE_NOOP("LivePage", "What is happening"),
    QT_TRANSLATE_NOOP("LivePage", "What you can do"),
)  # fmt: skip


def state_label(state: LiveState) -> str:
    """The state's short name as shown in the table."""
    return term("live", state.value)


class LivePage(QWidget):
    """Accounts read live through WhatsApp Web; every reader runs on its own thread."""

    sig_request_import = Signal()
    """The banner's Import button: the main window opens its import dialog."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        accounts: LiveAccounts | None = None,
        options: LiveOptions | None = None,
    ) -> None:
        super().__init__(parent)  # fmt: skip
        self.context = context
        self.accounts = accounts or LiveAccounts()
        self.options = options or LiveOptions()
        self.sessions: dict[str, LiveSession] = {}
        self.reports: dict[str, StateReport] = {}
        self.known: dict[str, tuple[Account, dict[str, Any]]] = {}
        self.dialog: QWidget | None = None
        self.setObjectName("live")
        self.setAccessibleName(self.tr("WhatsApp live accounts"))
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table = QTableView(self)
        self.table.setObjectName("live-accounts")
        self.table.setAccessibleName(self.tr("Linked WhatsApp accounts"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.banner = self._banner()
        self.status = QLabel(self)
        self.status.setObjectName("live-status")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self._actions()
        self.start_with_app = autostart.checkbox(self)
        row = QHBoxLayout()
        for name in ("link", "chats", "toggle", "use_here", "unlink"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        row.addWidget(self.start_with_app)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        # Not aboutToQuit: qasync's loop emits it each time it stops. The composition root calls
        # shutdown() when the app closes.
        self._update_buttons()

    def _banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("live-banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("#live-banner { background: #fff4e5; color: #5f3b00; }")
        text = QLabel(self.tr("WhatsApp Web changed; the live reader is paused — import exports "
                              "instead."), banner)  # fmt: skip
        text.setWordWrap(True)
        self.banner_part = QLabel(banner)
        self.import_button = QPushButton(self.tr("&Import chat export…"), banner)
        self.import_button.setObjectName("live-banner-import")
        self.import_button.setAccessibleName(self.tr("Import a WhatsApp chat export"))
        self.import_button.clicked.connect(self.request_import)
        layout = QHBoxLayout(banner)
        layout.addWidget(text, 1)
        layout.addWidget(self.banner_part)
        layout.addWidget(self.import_button)
        banner.setAccessibleName(self.tr("The live reader is paused"))
        banner.hide()
        return banner

    def _actions(self) -> None:
        spawn = self.context.runner.spawn
        for name, text, key, step in (
            ("link", self.tr("&Link account…"), "Ctrl+Shift+L", self.link_account),
            ("chats", self.tr("&Choose chats…"), "Ctrl+Shift+H",
             lambda: spawn(self.choose_chats())),
            ("toggle", self.tr("&Start reading"), "Ctrl+Shift+R", lambda: spawn(self.toggle())),
            ("use_here", self.tr("&Use here"), "Ctrl+Shift+U", lambda: spawn(self.use_here())),
            ("unlink", self.tr("U&nlink…"), "Ctrl+Shift+Del", lambda: spawn(self.unlink())),
        ):  # fmt: skip
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: s())
            self.addAction(action)
            button = QPushButton(text.replace("…", "") + "…" * text.endswith("…"), self)
            button.setObjectName(f"live-{name}")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setToolTip(f"{text.replace('&', '')} ({key})")
            button.clicked.connect(action.trigger)
            self.buttons[name] = button

    # ---- accounts and states -----------------------------------------------------------------

    async def load(self) -> None:
        """Read the accounts folder (off the GUI thread) and show every account's state."""
        listed = await self.context.runner.call(self._read_accounts)
        current = self.selected()
        self.known = {account.id: (account, info) for account, info in listed}
        self.model.removeRows(0, self.model.rowCount())
        for account, info in listed:
            cells = [QStandardItem(str(info.get("name", account.id)))] + [
                QStandardItem() for _ in COLUMNS[1:]]  # fmt: skip
            cells[0].setData(account.id, ID_ROLE)
            self.model.appendRow(cells)
            self._show_state(account.id)
        if self.model.rowCount():
            ids = [a.id for a, _ in listed]
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self._update_buttons()

    def _read_accounts(self) -> list[tuple[Account, dict[str, Any]]]:
        return [(account, account.info()) for account in self.accounts.list()]

    def report_of(self, account_id: str) -> StateReport:
        """The account's last reported state; logged out or stopped when no reader runs."""
        if account_id in self.reports:
            return self.reports[account_id]
        info = self.known.get(account_id, (None, {}))[1]
        return StateReport(LiveState.STOPPED if info.get("linked") else LiveState.LOGGED_OUT)

    def _row_of(self, account_id: str) -> int:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ID_ROLE) == account_id:
                return row
        return -1

    def _show_state(self, account_id: str) -> None:
        row = self._row_of(account_id)
        if row < 0:
            return
        report = self.report_of(account_id)
        happening = QCoreApplication.translate("LiveState", report.explanation)
        if report.state is LiveState.BROWSER_FAILED and report.detail:
            happening += " " + self.tr("Reason: {reason}.").format(reason=report.detail)
        texts = (state_label(report.state), happening,
                 QCoreApplication.translate("LiveState", report.action))  # fmt: skip
        for column, text in enumerate(texts, start=1):
            self.model.item(row, column).setText(text)
        self.model.item(row, 1).setData(report.state.value, ID_ROLE)

    def selected(self) -> Account | None:
        """The account of the current row."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        entry = self.known.get(self.model.item(index.row(), 0).data(ID_ROLE))
        return entry[0] if entry else None

    def _update_buttons(self) -> None:
        account = self.selected()
        session = self.sessions.get(account.id) if account else None
        state = self.report_of(account.id).state if account else None
        self.buttons["chats"].setEnabled(account is not None)
        self.buttons["toggle"].setEnabled(account is not None)
        self.buttons["unlink"].setEnabled(account is not None)
        self.buttons["use_here"].setEnabled(session is not None and state is LiveState.TAKEN_OVER)
        autostart.show_choice(self, account)
        running = session is not None and session.running
        self.buttons["toggle"].setText(self.tr("&Stop reading") if running
                                       else self.tr("&Start reading"))  # fmt: skip
        broken = [i for i, r in self.reports.items() if r.state is LiveState.PAGE_NOT_UNDERSTOOD]
        self.banner.setVisible(bool(broken))
        parts = [part for i in broken if (part := self.reports[i].part)]
        self.banner_part.setText(self.tr("(not recognised: {part})").format(part=", ".join(parts))
                                 if parts else "")  # fmt: skip

    # ---- sessions ----------------------------------------------------------------------------

    def options_for(self, account: Account) -> LiveOptions:
        """The page's options with the account's own choice about opening unread chats."""
        allowed = bool(account.info().get("open_unread_chats", False))
        return dataclasses.replace(self.options, open_unread_chats=allowed)

    def session_for(self, account: Account, *, link: bool = False) -> LiveSession:
        """The account's running reader, started now if needed."""
        session = self.session_of(account)
        if not session.running:
            self.reports[account.id] = StateReport(LiveState.STARTING)  # not an old failure
            self._show_state(account.id)
        session.start(link=link)
        self._update_buttons()
        return session

    def session_of(self, account: Account) -> LiveSession:
        """The account's reader session, created (not started) if needed, with the page's
        handlers connected: callers connect theirs too, then `start()` it, so that no signal
        of a fast failure is emitted before anyone listens."""
        session = self.sessions.get(account.id)
        if session is None:
            session = LiveSession(self.context.engine, account, self.options_for(account), self)
            session.sig_state.connect(
                lambda report, i=account.id, s=session: self._state(i, s, report)
            )
            session.sig_stored.connect(self._stored)
            session.sig_failed.connect(lambda error, i=account.id: self._failed(i, error))
            session.sig_finished.connect(lambda i=account.id, s=session: self._finished(i, s))
            self.sessions[account.id] = session
        return session

    def _state(self, account_id: str, session: LiveSession, report: StateReport) -> None:
        if self.sessions.get(account_id) is not session:
            return  # a late report of a reader that was already stopped
        self.reports[account_id] = report
        if report.state in (LiveState.CONNECTED, LiveState.LOGGED_OUT) and account_id in self.known:
            account, info = self.known[account_id]
            self.known[account_id] = (account, {**info, "linked": report.usable})
        self._show_state(account_id)
        self._update_buttons()

    def _stored(self, title: str, result: StoreResult) -> None:
        if stored_changed(result):
            self.context.sig_tasks_changed.emit()
        if result.new:
            self.context.sig_chats_changed.emit()
            self.context.sig_status.emit(self.tr("{count} new messages from {chat}").format(
                count=result.new, chat=title))  # fmt: skip

    def _failed(self, account_id: str, error: str) -> None:
        name = self.known.get(account_id, (None, {}))[1].get("name", account_id)
        text = self.tr("Reading {name} stopped: {error}").format(name=name, error=error)
        self.status.setText(text)
        self.context.sig_status.emit(text)  # also seen when the page is not (readers resumed)

    def _finished(self, account_id: str, session: LiveSession) -> None:
        if self.sessions.get(account_id) is not session or session.running:
            return  # already handled, an older reader, or this one started again meanwhile
        del self.sessions[account_id]
        if self.report_of(account_id).state is not LiveState.BROWSER_FAILED:
            self.reports.pop(account_id, None)  # a failure stays on show with what to do
        self._show_state(account_id)
        self._update_buttons()

    async def stop_session(self, account_id: str) -> None:
        """Stop an account's reader and wait (off the GUI thread) until its browser closed."""
        session = self.sessions.get(account_id)
        if session is not None:
            await session.stopped()
            self._finished(account_id, session)

    def shutdown(self) -> None:
        """Stop every reader (app quitting); blocks until their browsers closed."""
        for session in list(self.sessions.values()):
            session.stop()
        for session in list(self.sessions.values()):
            session.join()
        self.sessions.clear()

    # ---- what the user can do ----------------------------------------------------------------

    async def toggle(self) -> None:
        """Start or stop reading the selected account."""
        account = self.selected()
        if account is None:
            return
        if account.id in self.sessions and self.sessions[account.id].running:
            await self.stop_session(account.id)
        else:
            self.session_for(account)

    def request_import(self) -> None:
        """Fall back to importing exports (the banner's button)."""
        self.sig_request_import.emit()
        forward = getattr(self.context, "sig_request_import", None)
        if forward is not None:
            forward.emit()

    async def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question without blocking the event loop."""
        return await actions.confirm(self, title, text)

    async def use_here(self) -> None:
        """Take the session back from another browser, after the user confirmed."""
        await actions.use_here(self)

    async def unlink(self) -> None:
        """Log the account out and delete its browser profile, after the user confirmed."""
        await actions.unlink_account(self)

    def link_account(self) -> None:
        """The opt-in link dialog (relinks the selected account when it is logged out)."""
        actions.link_account(self)

    async def choose_chats(self) -> None:
        """The consent dialog over the account's chat list (the reader starts if needed)."""
        await actions.choose_chats(self)

    async def resume(self, account_ids: list[str]) -> None:
        """Start these accounts' readers in the background (the app just opened)."""
        await autostart.resume(self, account_ids)

    def select(self, account_id: str) -> None:
        """Make `account_id` the current row."""
        row = self._row_of(account_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
