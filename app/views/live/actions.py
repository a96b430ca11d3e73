"""What the user can do on the live page beyond start/stop: link, choose chats, use here, unlink.

Each asks first where it matters (dialogs opened without blocking the event loop).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.live_runner import gui_loop, run_in_own_loop
from engine.ingest.web import LiveState, unlink

if TYPE_CHECKING:
    from app.views.live.page import LivePage


def tr(text: str) -> str:
    """`text` translated in the live page's context (lupdate files `page.tr` under 'page')."""
    return QCoreApplication.translate("LivePage", text)


def _settle(future: asyncio.Future[int], code: int) -> None:
    if not future.done():
        future.set_result(code)


async def confirm(page: LivePage, title: str, text: str) -> bool:
    """Ask a yes/no question without blocking the event loop."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        page,
    )
    box.setObjectName("live-confirm")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answered: asyncio.Future[int] = gui_loop().create_future()
    box.finished.connect(lambda code: _settle(answered, code))
    page.dialog = box
    box.open()
    try:
        await answered
        return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
    finally:
        page.dialog = None
        box.deleteLater()


async def use_here(page: LivePage) -> None:
    """Take the session back from another browser, after the user confirmed."""
    account = page.selected()
    session = page.sessions.get(account.id) if account else None
    if session is None or page.report_of(session.account.id).state is not LiveState.TAKEN_OVER:
        return
    if await page.confirm(tr("Use WhatsApp here?"), tr(
            "WhatsApp Web is open in another browser or computer. Using it here closes it "
            "there. Continue?")):  # fmt: skip
        await session.call(lambda reader: reader.use_here())


async def unlink_account(page: LivePage) -> None:
    """Log the account out and delete its browser profile, after the user confirmed."""
    account = page.selected()
    if account is None:
        return
    name = page.known.get(account.id, (account, {}))[1].get("name", account.id)
    if not await page.confirm(tr("Unlink {name}?").format(name=name), tr(
            "ChatTasks logs this account out of WhatsApp Web and deletes its browser "
            "profile. Messages already stored stay. Continue?")):  # fmt: skip
        return
    await page.stop_session(account.id)
    page.status.setText(tr("Unlinking {name}…").format(name=name))
    engine, options = page.context.engine, page.options_for(account)
    logged_out = await gui_loop().run_in_executor(
        None, run_in_own_loop, lambda: unlink(engine, page.accounts, account, options=options)
    )
    done = (
        tr("Unlinked {name}.")
        if logged_out
        else tr("Deleted {name}'s profile; remove the device on your phone under Linked devices.")
    )
    page.status.setText(done.format(name=name))
    await page.load()


def link_account(page: LivePage) -> None:
    """The opt-in link dialog (relinks the selected account when it is logged out)."""
    from app.dialogs.link_whatsapp import LinkWhatsAppDialog

    account = page.selected()
    if account is not None and page.known.get(account.id, (None, {}))[1].get("linked"):
        account = None  # a linked account is selected: link another one
    dialog = LinkWhatsAppDialog(page.context, page.accounts, page.session_of, page,
                                account=account)  # fmt: skip
    created = account is None
    dialog.accepted.connect(lambda: page.context.runner.spawn(_linked(page, dialog)))
    dialog.rejected.connect(lambda: page.context.runner.spawn(_not_linked(page, dialog, created)))
    page.dialog = dialog
    dialog.open()


async def _linked(page: LivePage, dialog: Any) -> None:
    await page.load()
    page.status.setText(tr("Linked. Choose the chats to read: nothing is stored until "
                                "you do."))  # fmt: skip
    page.select(dialog.account.id)
    await choose_chats(page)


async def _not_linked(page: LivePage, dialog: Any, created: bool) -> None:
    account = dialog.account
    page.dialog = None
    if account is None:
        return  # declined at the risk step: nothing was started or created
    await page.stop_session(account.id)
    if created and not account.linked:
        await page.context.runner.call(page.accounts.delete, account)
    await page.load()


async def choose_chats(page: LivePage) -> None:
    """The consent dialog over the account's chat list (the reader starts if needed)."""
    from app.dialogs.choose_chats import ChooseChatsDialog

    account = page.selected()
    if account is None:
        return
    session = page.session_for(account)
    page.status.setText(tr("Reading the chat list…"))
    report = await session.call(lambda reader: reader.wait_for(
        LiveState.CONNECTED, LiveState.PHONE_OFFLINE, LiveState.NEEDS_QR,
        LiveState.LOGGED_OUT, LiveState.TAKEN_OVER, timeout=90))  # fmt: skip
    if not report.usable:
        page.status.setText(QCoreApplication.translate("LiveState", report.action))
        return
    previews = await session.call(lambda reader: reader.chats())
    chosen, info = await page.context.runner.call(
        lambda: (account.consented_chats(), account.info())
    )
    dialog = ChooseChatsDialog(
        previews, chosen, open_unread=bool(info.get("open_unread_chats")), parent=page
    )
    page.dialog = dialog
    finished: asyncio.Future[int] = gui_loop().create_future()
    dialog.finished.connect(lambda code: _settle(finished, code))
    dialog.open()
    page.status.clear()
    try:
        if await finished != dialog.DialogCode.Accepted:
            return
        titles, open_unread = dialog.chosen(), dialog.open_unread.isChecked()
    finally:
        page.dialog = None
        dialog.deleteLater()
    await page.context.runner.call(account.set_consent, titles)
    await page.context.runner.call(account.update_info, open_unread_chats=open_unread)
    page.status.setText(tr("Reading {count} chats.").format(count=len(titles)))
    if open_unread != session.options.open_unread_chats and session.running:
        await page.stop_session(account.id)  # the reader takes the new choice on restart
        page.session_for(account)
