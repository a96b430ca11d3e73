"""'Start with ChatTasks': the per-account choice on the live page, and resuming those readers
in the background once the app's window is up.

`resume_on_launch` is what the composition root calls after the first paint. It reads the
accounts folder on a worker thread and builds the live page (and loads the browser code) only
when some account is to be resumed, so an app without linked accounts never pays for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from app.context import AppContext

if TYPE_CHECKING:
    from app.views.live.page import LivePage
    from engine.ingest.web import Account, LiveAccounts


def tr(text: str) -> str:
    """`text` translated in the live page's context."""
    return QCoreApplication.translate("LivePage", text)


def checkbox(page: LivePage) -> QCheckBox:
    """The page's 'Start with ChatTasks' box for the selected account (stored when clicked)."""
    box = QCheckBox(tr("Start &with ChatTasks"), page)
    box.setObjectName("live-autostart")
    box.setAccessibleName(tr("Start reading this account when ChatTasks opens"))
    box.setToolTip(tr(
        "When ChatTasks opens, resume reading this account in the background (once it is "
        "linked and you chose its chats); missed messages are caught up."))  # fmt: skip
    # clicked, not toggled: only the user's choice is stored, not the page showing a selection.
    box.clicked.connect(lambda checked: page.context.runner.spawn(set_choice(page, checked)))
    return box


def show_choice(page: LivePage, account: Account | None) -> None:
    """Show the selected account's choice (on unless turned off)."""
    info = page.known.get(account.id, (None, {}))[1] if account is not None else {}
    page.start_with_app.setEnabled(account is not None)
    page.start_with_app.setChecked(account is not None and bool(info.get("start_with_app", True)))


async def set_choice(page: LivePage, start: bool) -> None:
    """Store the selected account's 'Start with ChatTasks' choice (off the GUI thread)."""
    account = page.selected()
    if account is None:
        return
    await page.context.runner.call(account.set_start_with_app, start)
    known, info = page.known.get(account.id, (account, {}))
    page.known[account.id] = (known, {**info, "start_with_app": start})
    text = (
        tr("{name} starts with ChatTasks.")
        if start
        else tr("{name} no longer starts with ChatTasks.")
    )
    page.status.setText(text.format(name=info.get("name", account.id)))


async def resume(page: LivePage, account_ids: list[str]) -> None:
    """Start the readers of `account_ids` in the background; the page shows their states."""
    await page.load()
    names = []
    for account_id in account_ids:
        entry = page.known.get(account_id)
        if entry is not None and account_id not in page.sessions:
            page.session_for(entry[0])
            names.append(str(entry[1].get("name", account_id)))
    if names:
        page.status.setText(
            tr("Reading in the background: {names}.").format(names=", ".join(names))
        )


def resumable_ids(accounts: LiveAccounts | None = None) -> list[str]:
    """Ids of the accounts that start with the app (reads their folders: a worker thread)."""
    from engine.ingest.web import LiveAccounts

    return [account.id for account in (accounts or LiveAccounts()).resumable()]


async def resume_on_launch(
    context: AppContext, pages: Mapping[str, QWidget], accounts: LiveAccounts | None = None
) -> list[str]:
    """Resume every account that starts with the app; the ids resumed.

    `pages` is the main window's lazy page map: the live page is built only when needed.
    """
    account_ids = await context.runner.call(resumable_ids, accounts)
    if account_ids:
        page: LivePage = pages["live"]  # type: ignore[assignment]
        await page.resume(account_ids)
    return account_ids
