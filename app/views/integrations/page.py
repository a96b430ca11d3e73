"""Integrations: available connectors, connected accounts with status and last error, connect
(settings form or browser sign-in), test, sync now, remove, and routing rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.i18n import connector_text, term
from app.views.integrations.form import ConnectDialog
from app.views.integrations.routes import RoutesEditor
from engine.core.errors import ChatTasksError
from engine.sync import store
from engine.sync.protocols import ConnectorSpec
from engine.sync.service import SyncService
from engine.sync.signin import sign_in

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_service(context: AppContext) -> SyncService:
    """The app's sync service: built-in and installed connectors, secrets in the OS keyring."""
    from engine.sync.registry import Registry
    from engine.sync.secrets import KeyringSecretStore

    engine = context.engine
    return SyncService(engine.db, Registry.discover(), KeyringSecretStore(), engine.clock,
                       timezone=engine.settings.timezone)


class IntegrationsPage(QWidget):
    """Connect tools, see how each account is doing, and choose which tasks go where."""

    sig_open_url = Signal(str)
    """Emitted from the sign-in worker; opens the browser on the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 service: SyncService | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = service
        self.dialog: ConnectDialog | None = None
        self.setObjectName("integrations")
        self.setAccessibleName(self.tr("Integrations"))
        self.connectors = QStandardItemModel(self)
        self.connector_view = self._view(QListView(self), "connector-list",
                                         self.tr("Available connectors"), self.connectors)
        self.accounts = QStandardItemModel(0, 5, self)
        self.accounts.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Connector"),
                                                 self.tr("Status"), self.tr("Last sync"),
                                                 self.tr("Last error")])
        self.account_view = self._view(QTableView(self), "account-table",
                                       self.tr("Connected accounts"), self.accounts)
        self.account_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.account_view.horizontalHeader().setStretchLastSection(True)
        self.routes = RoutesEditor(self)
        self.status = QLabel(self)
        self.status.setObjectName("integrations-status")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self._actions()
        accounts_box = QVBoxLayout()
        accounts_box.addWidget(self.account_view, 2)
        row = QHBoxLayout()
        for name in ("test", "sync", "remove"):
            row.addWidget(self.buttons[name])
        accounts_box.addLayout(row)
        accounts_box.addWidget(self.routes, 2)
        rules = QHBoxLayout()
        for name in ("add_rule", "remove_rule"):
            rules.addWidget(self.buttons[name])
        accounts_box.addLayout(rules)
        left = QVBoxLayout()
        left.addWidget(self.connector_view)
        left.addWidget(self.buttons["connect"])
        main = QHBoxLayout()
        main.addLayout(left, 1)
        main.addLayout(accounts_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(main)
        layout.addWidget(self.status)
        self.sig_open_url.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.account_view.selectionModel().currentRowChanged.connect(
            lambda *_: context.runner.spawn(self.load_routes()))
        context.sig_chats_changed.connect(lambda: context.runner.spawn(self.load()))

    def _view(self, view: Any, name: str, label: str, model: QStandardItemModel) -> Any:
        view.setObjectName(name)
        view.setAccessibleName(label)
        view.setModel(model)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        return view

    def _actions(self) -> None:
        spawn = self.context.runner.spawn
        for name, text, key, step in (
            ("connect", self.tr("Connect…"), "Ctrl+Shift+N", lambda: self.connect_selected()),
            ("test", self.tr("Test connection"), "Ctrl+T", lambda: spawn(self.test_selected())),
            ("sync", self.tr("Sync now"), "F5", lambda: spawn(self.sync_selected())),
            ("remove", self.tr("Remove account"), "Ctrl+Shift+Del",
             lambda: spawn(self.remove_selected())),
            ("add_rule", self.tr("Add rule"), "Ctrl+Shift+R", lambda: spawn(self.add_rule())),
            ("remove_rule", self.tr("Remove rule"), "Ctrl+Shift+D",
             lambda: spawn(self.remove_rule())),
        ):  # fmt: skip
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: s())
            self.addAction(action)
            button = QPushButton(text, self)
            button.setObjectName(f"{name.replace('_', '-')}-button")
            button.setAccessibleName(text)
            button.setToolTip(f"{text} ({key})")
            button.clicked.connect(action.trigger)
            self.buttons[name] = button

    # loading -----------------------------------------------------------------------------------
    async def _service(self) -> SyncService:
        if self.service is None:
            # Opening the keyring may talk to a system service: not on the GUI thread.
            self.service = await self.context.runner.call(default_service, self.context)
        return self.service

    async def load(self) -> None:
        """Fill connectors, accounts (with status and last error) and the chosen rules."""
        service = await self._service()
        if self.connectors.rowCount() == 0:
            for spec in service.registry.specs():
                self.connectors.appendRow(self._connector_item(spec))
            self.connector_view.setCurrentIndex(self.connectors.index(0, 0))
        chats = await self.context.runner.call(self.context.engine.chats.all)
        self.routes.set_chats([(chat.id, chat.name) for chat in chats])
        await self.load_accounts()

    def _connector_item(self, spec: ConnectorSpec) -> QStandardItem:
        manifest = spec.manifest
        item = QStandardItem(
            f"{connector_text(manifest.name)} ({term('connector', manifest.kind)})"
        )
        item.setToolTip(connector_text(manifest.description))
        item.setData(manifest.id, ID_ROLE)
        item.setEditable(False)
        return item

    async def load_accounts(self) -> None:
        """Reload the account table, keeping the selected account."""
        service = await self._service()
        keep = self.selected_account()
        rows = await self.context.runner.call(store.list_accounts, service.db)
        self.accounts.setRowCount(0)
        zone = self.context.zone()
        for account in rows:
            last = account.last_sync_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") \
                if account.last_sync_at else self.tr("never")
            cells = [account.label, account.connector, term("account", account.status), last,
                     account.last_error or ""]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(account.id, ID_ROLE)
            self.accounts.appendRow(items)
            if account.id == keep or keep is None:
                keep = account.id
                self.account_view.selectionModel().setCurrentIndex(
                    self.accounts.index(self.accounts.rowCount() - 1, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        await self.load_routes()

    async def load_routes(self) -> None:
        """Show the rules of the selected account."""
        service = await self._service()
        account = self.selected_account()
        routes = [] if account is None else await self.context.runner.call(
            store.list_routes, service.db, account)
        chats = {self.routes.chat.itemData(i): self.routes.chat.itemText(i)
                 for i in range(1, self.routes.chat.count())}
        self.routes.show_routes(routes, chats)

    def selected_account(self) -> int | None:
        """The id of the account selected in the table."""
        index = self.account_view.currentIndex()
        if not index.isValid():
            return None
        return int(self.accounts.item(index.row(), 0).data(ID_ROLE))

    def selected_connector(self) -> str | None:
        """The id of the connector selected in the list."""
        index = self.connector_view.currentIndex()
        return None if not index.isValid() else str(index.data(ID_ROLE))

    def say(self, text: str) -> None:
        """Show one line of outcome, and pass it to the window's status bar."""
        self.status.setText(text)
        self.context.sig_status.emit(text)

    # connecting --------------------------------------------------------------------------------
    def connect_selected(self) -> None:
        """Open the settings form of the selected connector."""
        connector = self.selected_connector()
        if connector is None or self.service is None:
            return
        dialog = ConnectDialog(self.service.registry.get(connector).manifest, self)
        dialog.accepted.connect(lambda: self.context.runner.spawn(self.add_account(dialog)))
        self.dialog = dialog
        dialog.open()

    async def add_account(self, dialog: ConnectDialog) -> None:
        """Sign in when needed, store the account (secrets to the keyring) and test it."""
        service = await self._service()
        manifest, values = dialog.manifest, dialog.values()
        try:
            if dialog.uses_oauth:
                self.say(self.tr("Waiting for the sign-in in your browser…"))
                values.update(await self.context.runner.job(
                    sign_in, manifest, values, self.sig_open_url.emit, service.clock))
            account = await self.context.runner.call(
                service.add_account, manifest.id, dialog.account_label(), values)
        except ChatTasksError as error:
            self.say(self.tr("Could not connect: %1").replace("%1", str(error)))
            return
        await self.load_accounts()
        self._select(account)
        await self.test_selected()

    def _select(self, account_id: int) -> None:
        for row in range(self.accounts.rowCount()):
            if self.accounts.item(row, 0).data(ID_ROLE) == account_id:
                self.account_view.setCurrentIndex(self.accounts.index(row, 0))

    # account actions ---------------------------------------------------------------------------
    async def test_selected(self) -> None:
        """Check the selected account's connection; the outcome shows in its row."""
        account, service = self.selected_account(), await self._service()
        if account is None:
            return
        try:
            self.say(await self.context.runner.call(service.test, account))
        except ChatTasksError as error:
            self.say(self.tr("Test failed: %1").replace("%1", str(error)))
        await self.load_accounts()

    async def sync_selected(self) -> None:
        """Deliver queued changes and pull remote ones for the selected account."""
        account, service = self.selected_account(), await self._service()
        if account is None:
            return
        reports = await self.context.runner.call(service.run, account)
        for report in reports:
            self.say(self.tr("%1: %2, %3 delivered, %4 pulled").replace("%1", report.account)
                     .replace("%2", term("account", report.status))
                     .replace("%3", str(report.delivered))
                     .replace("%4", str(report.pulled)))
        await self.load_accounts()
        self.context.sig_tasks_changed.emit()

    async def remove_selected(self) -> None:
        """Forget the selected account with its secrets, rules and links."""
        account, service = self.selected_account(), await self._service()
        if account is None:
            return
        removed = await self.context.runner.call(service.remove_account, account)
        self.say(self.tr("Removed %1").replace("%1", removed.label))
        await self.load_accounts()

    async def add_rule(self) -> None:
        """Add a rule built from the criteria fields to the selected account."""
        account, service = self.selected_account(), await self._service()
        if account is None:
            return
        await self.context.runner.call(store.add_route, service.db, self.routes.new_rule(account))
        self.routes.clear_criteria()
        await self.load_routes()

    async def remove_rule(self) -> None:
        """Delete the rule selected in the rule list."""
        rule, service = self.routes.selected_rule(), await self._service()
        if rule is None:
            return
        await self.context.runner.call(store.remove_route, service.db, rule)
        await self.load_routes()
