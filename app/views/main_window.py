"""The main window: page navigation, mode switcher, search, import, undo, and file drops."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.context import AppContext
from app.dialogs.import_job import ImportJob, is_importable
from engine.core.engine import ImportResult

PageFactory = Callable[[AppContext, QWidget], QWidget]


class LazyPages(Mapping[str, QWidget]):
    """The window's pages by key, in navigation order; a page is constructed on first access.

    Only the first page is needed for the first paint, so the others (and their imports) wait
    until someone shows or asks for them.
    """

    def __init__(
        self, factories: dict[str, PageFactory], context: AppContext, stack: QStackedWidget
    ) -> None:
        self._factories = factories
        self._context = context
        self._stack = stack
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        """The page under `key`, constructed now if it never was."""
        if key not in self._built:
            if key not in self._factories:
                raise KeyError(key)
            page = self._factories[key](self._context, self._stack)
            self._stack.addWidget(page)
            self._built[key] = page
        return self._built[key]

    def __contains__(self, key: object) -> bool:
        """Whether the window has a page under `key` (without constructing it)."""
        return key in self._factories

    def __iter__(self) -> Iterator[str]:
        """Every key, built or not, in navigation order."""
        return iter(self._factories)

    def __len__(self) -> int:
        """How many pages the window has, built or not."""
        return len(self._factories)

    def is_built(self, key: str) -> bool:
        """Whether the page under `key` has been constructed."""
        return key in self._built

    def built(self) -> list[str]:
        """Keys of the constructed pages, in the order they were constructed."""
        return list(self._built)


class MainWindow(QMainWindow):
    """Pages in a stack, chosen from a side toolbar; everything has a shortcut."""

    def __init__(self, context: AppContext, pages: list[tuple[str, str, PageFactory]]) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("ChatTasks")
        self.setObjectName("main-window")
        self.setAcceptDrops(True)
        self.resize(1200, 780)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.import_job = ImportJob(context, self)
        self.quit_requested = False
        self._build_status_bar()
        self._build_pages(pages)
        self._build_menus()
        context.sig_open_task.connect(lambda task_id: context.runner.spawn(self.open_task(task_id)))
        context.sig_request_import.connect(lambda: context.runner.spawn(self.choose_import()))
        context.sig_open_message.connect(self._open_message)
        context.sig_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        context.runner.on_error = self._show_error
        self.import_job.sig_progress.connect(self._progress)
        self.import_job.sig_finished.connect(self._import_finished)

    def _build_pages(self, pages: list[tuple[str, str, PageFactory]]) -> None:
        bar = QToolBar(self.tr("Pages"), self)
        bar.setObjectName("pages-toolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        group = QActionGroup(self)
        self.page_actions: dict[str, QAction] = {}
        factories = {key: factory for key, _label, factory in pages}
        self.pages = LazyPages(factories, self.context, self.stack)
        for number, (key, label, _factory) in enumerate(pages, start=1):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(f"{label} (Ctrl+{number})")
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            group.addAction(action)
            bar.addAction(action)
            self.page_actions[key] = action
        top = QToolBar(self.tr("Mode and search"), self)
        top.setObjectName("top-toolbar")
        top.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, top)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.setToolTip(self.tr("Mode: which chats every view shows"))
        modes = (
            ("hybrid", self.tr("Hybrid (all chats)")),
            ("personal", self.tr("Personal")),
            ("business", self.tr("Business")),
        )
        for value, label in modes:
            self.mode.addItem(label, value)
        self.mode.currentIndexChanged.connect(
            lambda _: self.context.set_mode(self.mode.currentData())
        )
        top.addWidget(QLabel(self.tr("Mode:"), self))
        top.addWidget(self.mode)
        if pages:
            self.show_page(pages[0][0])

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        self._add(
            file,
            self.tr("&Import chat export…"),
            "Ctrl+O",
            lambda: self.context.runner.spawn(self.choose_import()),
        )
        self.settings_action = self._add(file, self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        file.addSeparator()
        self._add(file, self.tr("&Quit"), "Ctrl+Q", self.quit)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.context.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.context.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.search_action = self._add(
            edit, self.tr("&Search everywhere…"), "Ctrl+K", self.open_search
        )
        view = self.menuBar().addMenu(self.tr("&View"))
        for action in self.page_actions.values():
            view.addAction(action)
        view.addSeparator()
        for number in range(self.mode.count()):
            self._add(
                view,
                self.tr("Mode: {mode}").format(mode=self.mode.itemText(number)),
                f"Ctrl+Alt+{number + 1}",
                lambda _=False, n=number: self.mode.setCurrentIndex(n),
            )

    def _add(self, menu: Any, text: str, key: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.import_job.cancel)
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    def _open_message(self, message_id: int) -> None:
        if not self.pages.is_built("chats"):
            # A page built now missed this emission of sig_open_message; hand it over.
            self.pages["chats"].show_message(message_id)  # type: ignore[attr-defined]
        self.show_page("chats")

    def show_page(self, key: str) -> None:
        """Bring a page to the front and let it load."""
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.page_actions[key].setChecked(True)
        load = getattr(page, "load", None)
        if load is not None:
            self.context.runner.spawn(load())

    async def open_task(self, task_id: int) -> None:
        """Show a task's detail dialog; saving is one undoable change."""
        from app.dialogs.task_detail import TaskDetailDialog

        detail, links = await self.context.runner.call(self._task_with_links, task_id)
        dialog = TaskDetailDialog(self.context, detail, self, links=links)
        dialog.accepted.connect(dialog.save)
        dialog.open()

    def _task_with_links(self, task_id: int) -> tuple[Any, list[Any]]:
        from engine.sync.store import links_for_tasks

        engine = self.context.engine
        return engine.tasks.detail(task_id), links_for_tasks(engine.db, [task_id]).get(task_id, [])

    def open_search(self) -> None:
        """The search-everywhere popup."""
        from app.dialogs.search import SearchDialog

        SearchDialog(self.context, self).open()

    def open_settings(self) -> None:
        """The settings dialog."""
        from app.dialogs.settings import SettingsDialog

        SettingsDialog(self.context, self).open()

    async def choose_import(self) -> None:
        """File ▸ Import: pick one or more exports."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import WhatsApp chat export"), str(Path.home()),
            self.tr("WhatsApp exports (*.txt *.zip)"),
        )  # fmt: skip
        for path in paths:
            await self.import_file(path)

    async def import_file(self, path: str) -> ImportResult | BaseException:
        """Import one export with progress in the status bar."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(self.tr("Importing {name}…").format(name=Path(path).name))
        return await self.import_job.run(path)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _import_finished(self, outcome: object) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if isinstance(outcome, ImportResult):
            summary = self.tr(
                "Imported {chat}: {messages} messages ({new} new), {tasks} new suggestions"
            )
            self.statusBar().showMessage(
                summary.format(
                    chat=outcome.chat_name,
                    messages=outcome.messages,
                    new=outcome.new_messages,
                    tasks=outcome.new_tasks,
                ),
                15000,
            )
        else:
            self.statusBar().showMessage(str(outcome), 15000)

    def _show_error(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Error: {error}").format(error=error), 15000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept dragged export files."""
        urls = event.mimeData().urls()
        if urls and all(is_importable(url.toLocalFile()) for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import dropped exports one after another."""
        paths = [url.toLocalFile() for url in event.mimeData().urls()]
        event.acceptProposedAction()

        async def run() -> None:
            for path in paths:
                await self.import_file(path)

        self.context.runner.spawn(run())

    def quit(self) -> None:
        """Really quit (not just close to the tray)."""
        self.quit_requested = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close to the tray when reminders should keep running; ask before dropping an import."""
        tray = getattr(self, "tray", None)
        if (
            not self.quit_requested
            and tray is not None
            and tray.isVisible()
            and self.context.engine.settings.close_to_tray
        ):
            self.hide()
            event.ignore()
            return
        if self.import_job.running:
            answer = QMessageBox.question(
                self, self.tr("Import running"), self.tr("Cancel the running import and quit?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                self.quit_requested = False
                return
            self.import_job.cancel()
        event.accept()
