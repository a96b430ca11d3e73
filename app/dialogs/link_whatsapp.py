"""Link a WhatsApp account: the risks first (opt-in), then the QR code or a pairing code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.live_runner import LiveSession
from engine.ingest.web import Account, LiveAccounts, LiveState, QrCode, StateReport

OpenSession = Callable[[Account], LiveSession]
"""The account's session (the running one, or a new one not started yet), owned by the page; the
dialog connects to it, then starts it with QR codes shown."""


class LinkWhatsAppDialog(QDialog):
    """Step 1 explains the risks and needs 'I understand'; step 2 shows the rotating QR code."""

    sig_account = Signal(object)
    """The Account being linked, once the user accepted the risks (a new one is created then)."""

    def __init__(
        self,
        context: AppContext,
        accounts: LiveAccounts,
        open_session: OpenSession,
        parent: QWidget | None = None,
        account: Account | None = None,
    ) -> None:
        super().__init__(parent)  # fmt: skip
        self.context = context
        self.accounts = accounts
        self.open_session = open_session
        self.account = account
        self.session: LiveSession | None = None
        self.shown_ref: str | None = None
        self.failed: StateReport | None = None
        """The browser failure being shown, if the reader could not start."""
        self.setObjectName("link-whatsapp")
        self.setWindowTitle(self.tr("Link a WhatsApp account"))
        self.setAccessibleName(self.tr("Link a WhatsApp account"))
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._risk_step())
        self.steps.addWidget(self._qr_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self.resize(520, 560)

    # ---- step 1: the risks -------------------------------------------------------------------

    def _risk_step(self) -> QWidget:
        page = QWidget(self)
        risks = QLabel(self.tr(
            "<p>ChatTasks can read new messages live by running WhatsApp Web in a browser on this "
            "computer, linked to <b>your own account</b> like any other linked device.</p><ul>"
            "<li>This is <b>unofficial automation</b>: WhatsApp does not offer it and could "
            "object to it.</li>"
            "<li>It is <b>read-only</b>: ChatTasks never sends, never types into a chat and does "
            "not mark messages as read. It only stores the chats you choose.</li>"
            "<li>It <b>may break</b> whenever WhatsApp changes its page; ChatTasks then pauses and "
            "you can keep importing exported chats.</li>"
            "<li>You can <b>unlink at any time</b> here or on your phone (Linked devices); "
            "unlinking deletes the browser profile.</li></ul>"), page)  # fmt: skip
        risks.setWordWrap(True)
        risks.setObjectName("link-risks")
        risks.setAccessibleName(self.tr("Risks of live reading"))
        self.name = QLineEdit(self.account.info().get("name", "") if self.account else "", page)
        self.name.setPlaceholderText(self.tr("e.g. My phone"))
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setEnabled(self.account is None)
        self.understand = QCheckBox(self.tr("I &understand and want to link my account"), page)
        self.understand.setObjectName("link-understand")
        self.understand.setAccessibleName(self.tr("I understand the risks"))
        buttons = QDialogButtonBox(page)
        self.continue_button = buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setObjectName("link-continue")
        self.continue_button.setAccessibleName(self.tr("Continue to the QR code"))
        self.continue_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.continue_button.clicked.connect(lambda: self.context.runner.spawn(self.accept_risks()))
        self.understand.toggled.connect(self.continue_button.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Account &name:"), self.name)
        layout = QVBoxLayout(page)
        layout.addWidget(risks)
        layout.addLayout(form)
        layout.addWidget(self.understand)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    async def accept_risks(self) -> None:
        """Create the account (if new) and start its reader with QR codes; only after opt-in."""
        if not self.understand.isChecked():
            return  # the button is disabled until then; never start anything without consent
        self.continue_button.setEnabled(False)
        if self.account is None:
            name = self.name.text().strip() or self.tr("My phone")
            self.account = await self.context.runner.call(self.accounts.create, name)
        self.sig_account.emit(self.account)
        self.steps.setCurrentIndex(1)
        self.status.setText(self.tr("Opening WhatsApp Web…"))
        self.session = self.open_session(self.account)
        # Connected before the start: a browser that fails at once reports before any QR code.
        self.session.sig_qr.connect(self.show_qr)
        self.session.sig_state.connect(self.show_state)
        self.session.sig_linked.connect(self._linked)
        self.session.sig_failed.connect(self._failed)
        self.session.start(link=True)

    # ---- step 2: the QR code -----------------------------------------------------------------

    def _qr_step(self) -> QWidget:
        page = QWidget(self)
        self.qr = QLabel(page)
        self.qr.setObjectName("link-qr")
        self.qr.setAccessibleName(self.tr("QR code to scan with WhatsApp on your phone"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(280, 280)
        self.status = QLabel(page)
        self.status.setObjectName("link-status")
        self.status.setWordWrap(True)
        how = QLabel(self.tr("On your phone open WhatsApp > Settings > Linked devices > Link a "
                             "device, and point it at this code. The code changes every few "
                             "seconds; this window follows it."), page)  # fmt: skip
        how.setWordWrap(True)
        self.retry = QPushButton(self.tr("&New code"), page)
        self.retry.setAccessibleName(self.tr("Show a new QR code"))
        self.retry.setShortcut("Ctrl+R")
        self.retry.hide()
        self.retry.clicked.connect(self._retry)
        self.phone = QLineEdit(page)
        self.phone.setPlaceholderText(self.tr("+44 7700 900000"))
        self.phone.setAccessibleName(self.tr("Phone number with country code"))
        self.pair_button = QPushButton(self.tr("Get &pairing code"), page)
        self.pair_button.setAccessibleName(self.tr("Link with phone number instead"))
        self.pair_button.clicked.connect(lambda: self.context.runner.spawn(self.request_pairing()))
        self.pairing = QLabel(page)
        self.pairing.setObjectName("link-pairing-code")
        self.pairing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.pair_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(how)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.retry)
        layout.addWidget(QLabel(self.tr("Or link with your phone number:"), page))
        layout.addLayout(phone_row)
        layout.addWidget(self.pairing)
        layout.addWidget(buttons)
        return page

    def show_qr(self, code: QrCode) -> None:
        """Show the code captured from the page (or say it expired)."""
        if code.expired or code.png is None:
            self.shown_ref = None
            self.qr.clear()
            self.qr.setText(self.tr("The code expired."))
            self.retry.show()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(code.png, "PNG")
        self.qr.setPixmap(pixmap)
        self.shown_ref = code.ref
        self.retry.hide()
        self.status.setText(self.tr("Scan this code with WhatsApp on your phone."))

    def show_state(self, report: StateReport) -> None:
        """Follow the reader's state (loading after the scan...)."""
        if report.state is LiveState.LOADING:
            self.status.setText(self.tr("Linked. WhatsApp Web is loading your chats…"))
        elif report.state is LiveState.PAGE_NOT_UNDERSTOOD:
            self.status.setText(
                self.tr(
                    "WhatsApp Web changed and cannot be linked from "
                    "ChatTasks right now. Keep importing exports."
                )
            )
        elif report.state is LiveState.BROWSER_FAILED:
            self.failed = report
            self.qr.setText(self.tr("No QR code: the browser did not start."))
            self.status.setText(self.tr("{problem} Reason: {reason}. {action}").format(
                problem=QCoreApplication.translate("LiveState", report.explanation),
                reason=report.detail or "?",
                action=QCoreApplication.translate("LiveState", report.action)))  # fmt: skip

    def _linked(self, report: StateReport) -> None:
        if report.usable:
            self.accept()
        elif report.state is LiveState.PAGE_NOT_UNDERSTOOD:
            self.show_state(report)

    def _failed(self, message: str) -> None:
        if self.failed is None:  # a browser failure already said what to do
            self.status.setText(self.tr("WhatsApp Web could not be opened: {error}").format(
                error=message))  # fmt: skip
        self.pair_button.setEnabled(False)

    def _retry(self) -> None:
        self.retry.hide()
        self.qr.setText(self.tr("Loading a new code…"))
        if self.session is not None:
            self.session.link()

    async def request_pairing(self) -> None:
        """Ask the page for an 8-character code to type on the phone instead of scanning."""
        phone = self.phone.text().strip()
        if self.session is None or not phone:
            return
        self.pair_button.setEnabled(False)
        try:
            code = await self.session.call(lambda reader: reader.request_pairing_code(phone))
            self.pairing.setText(self.tr("On your phone choose 'Link with phone number' and "
                                         "type: {code}").format(code=code))  # fmt: skip
            self.pairing.setProperty("code", code)
        except Exception as error:  # noqa: BLE001 - shown to the user, the QR code still works
            self.pairing.setText(str(error))
        finally:
            self.pair_button.setEnabled(True)
