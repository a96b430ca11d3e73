"""The composition root: clock, settings, database, Engine, runner, window, tray, event loop."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

# isort: off
# The engine (SQLAlchemy and ~300 modules) loads before Qt on purpose: once PySide6 is
# imported, shiboken replaces __import__ with a hook that looks at the source of every Python
# module imported after it, which makes them markedly slower to load.
import engine.core.analytics_service  # noqa: F401
import engine.core.chat_service  # noqa: F401
import engine.core.task_service  # noqa: F401
import engine.store  # noqa: F401
import sqlalchemy.dialects.sqlite  # noqa: F401  (what opening the database loads)

# isort: on
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app.context import AppContext
from app.i18n import install_translations
from app.runner import Runner
from app.theme import apply_theme, follow_system
from app.tray import ReminderTray
from app.views.main_window import MainWindow, PageFactory
from engine.core.clock import SystemClock
from engine.core.engine import Engine
from engine.core.resources import resources_dir
from engine.core.settings import Settings
from engine.store.db import default_url

DEMO_CHAT = "WhatsApp Chat with Casa & Obra.txt"


def lazy_page(module: str, name: str) -> PageFactory:
    """A page factory that imports `module` when the page is first constructed.

    The main window constructs a page when it is first shown, so a page's imports (httpx and
    keyring for integrations, pyqtgraph for analytics...) never delay the first paint.
    build.spec collects every app submodule, so a frozen build has them all.
    """

    def build(context: AppContext, parent: QWidget) -> QWidget:
        page_class: PageFactory = getattr(importlib.import_module(module), name)
        return page_class(context, parent)

    return build


def page_factories() -> list[tuple[str, str, PageFactory]]:
    """The pages in navigation order; each imports its module on construction only."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)

    return [
        ("inbox", tr("Inbox"), lazy_page("app.views.inbox.page", "InboxPage")),
        ("board", tr("Board"), lazy_page("app.views.board.page", "BoardPage")),
        ("calendar", tr("Calendar"), lazy_page("app.views.calendar.page", "CalendarPage")),
        ("chats", tr("Chats"), lazy_page("app.views.chats.page", "ChatsPage")),
        ("analytics", tr("Analytics"), lazy_page("app.views.analytics.page", "AnalyticsPage")),
        (
            "integrations", tr("Integrations"),
            lazy_page("app.views.integrations.page", "IntegrationsPage"),
        ),
        ("live", tr("WhatsApp live"), lazy_page("app.views.live.page", "LivePage")),
    ]  # fmt: skip


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options of the desktop app."""
    parser = argparse.ArgumentParser(prog="chattasks-app", description="ChatTasks desktop app")
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: settings / data folder)"
    )
    parser.add_argument("--settings", metavar="FILE", help="settings file (default: config folder)")
    parser.add_argument("--no-demo", action="store_true", help="do not import the demo chat")
    parser.add_argument(
        "--probe-startup", action="store_true",
        help="print 'interactive' once the window is shown and the event loop answers, then exit",
    )  # fmt: skip
    parser.add_argument(
        "--self-test", action="store_true",
        help="open the window, import the demo, check a suggestion is shown, and exit",
    )  # fmt: skip
    return parser.parse_args(argv)


def database_is_new(url: str) -> bool:
    """True when the SQLite file behind `url` does not exist yet (first launch)."""
    prefix = "sqlite:///"
    return url.startswith(prefix) and not Path(url[len(prefix) :]).exists()


class Application:
    """Everything the running app holds, built once here and passed down."""

    def __init__(self, args: argparse.Namespace, app: QApplication) -> None:
        settings_path = Path(args.settings) if args.settings else None
        self.settings = Settings.load(settings_path)
        # Before any widget exists: texts are translated when widgets are built.
        self.translators = install_translations(app, self.settings.ui_language)
        url = args.db or self.settings.database_url() or default_url()
        self.first_launch = database_is_new(url) and not args.no_demo
        self.engine = Engine.open(url, settings=self.settings, clock=SystemClock())
        self.runner = Runner()
        self.context = AppContext(self.engine, self.runner)
        self.context.settings_path = settings_path  # type: ignore[attr-defined]
        apply_theme(app, self.settings.theme)
        follow_system(app, self.settings.theme)
        icon = QIcon(str(resources_dir() / "icons" / "chattasks.svg"))
        app.setWindowIcon(icon)
        self.window = MainWindow(self.context, page_factories())
        self.tray = ReminderTray(self.context, self.window, icon)
        self.window.tray = self.tray  # type: ignore[attr-defined]

    async def start(self) -> None:
        """Show the window; on first launch import the demo chat so nothing starts empty.

        Reminders start once the inbox is filled, so their query never queues before it.
        """
        self.window.show()
        try:
            if self.first_launch:
                await self.window.import_file(str(resources_dir() / "demo" / DEMO_CHAT))
            inbox = self.window.pages["inbox"]
            await inbox.model.reload()  # type: ignore[attr-defined]
        finally:
            self.tray.start()

    async def resume_live(self) -> None:
        """Resume, in the background, the live readers of accounts that start with the app.

        Runs once the window is painted and the inbox filled; reads the accounts folder on a
        worker thread and loads the live page (and Playwright) only when there is one.
        """
        from app.views.live.autostart import resume_on_launch

        await resume_on_launch(self.context, self.window.pages)

    async def probe_startup(self) -> int:
        """Start as usual; print 'interactive' once the window is shown and the loop answers."""
        starting = asyncio.ensure_future(self.start())
        while not self.window.isVisible() and not starting.done():
            await asyncio.sleep(0)
        answered = asyncio.get_event_loop().create_future()
        QTimer.singleShot(0, lambda: answered.set_result(None))
        await answered  # a posted event came back: the window is painted and answering
        print("interactive", flush=True)
        await starting  # the first page filled, then exit
        return 0

    async def self_test(self) -> int:
        """Exit status of the frozen-app smoke test: the window shows at least one suggestion."""
        await self.start()
        await self.runner.idle()
        inbox: QWidget = self.window.pages["inbox"]
        shown = inbox.model.rowCount()  # type: ignore[attr-defined]
        ok = self.window.isVisible() and shown > 0 and not self.runner.errors
        print(f"self-test {'ok' if ok else 'FAILED'}: {shown} suggestions shown", flush=True)
        return 0 if ok else 1

    def close(self) -> None:
        """Stop live readers and workers, then release the database."""
        if self.window.pages.is_built("live"):
            self.window.pages["live"].shutdown()  # type: ignore[attr-defined]
        self.tray.hide()
        self.runner.shutdown()
        self.engine.close()


async def run(args: argparse.Namespace, app: QApplication) -> int:
    """Run until the last window closes (or the self-test ends)."""
    application = Application(args, app)
    try:
        if args.self_test:
            return await application.self_test()
        if args.probe_startup:
            return await application.probe_startup()
        closed = asyncio.get_event_loop().create_future()
        app.aboutToQuit.connect(lambda: closed.done() or closed.set_result(0))
        app.setQuitOnLastWindowClosed(not application.tray.isVisible())
        await application.start()
        application.runner.spawn(application.resume_live())  # not in the self-test or probe
        return int(await closed)
    finally:
        application.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the desktop app."""
    import qasync

    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ChatTasks")
    app.setOrganizationName("ChatTasks")
    app.setDesktopFileName("chattasks")
    return int(qasync.run(run(args, app)))


if __name__ == "__main__":
    sys.exit(main())
