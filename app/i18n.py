"""Interface language: which translation to load (system locale or Settings), and shared labels."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)
from PySide6.QtWidgets import QComboBox, QWidget

from engine.core.resources import resources_dir

UI_LANGUAGES = {
    "en": "English", "es": "Español", "pt_BR": "Português (Brasil)", "hi": "हिन्दी",
    "id": "Bahasa Indonesia", "de": "Deutsch", "fr": "Français", "it": "Italiano",
}  # fmt: skip
"""Interface languages by code, each named in itself; English is the source and needs no file."""
_BY_LANGUAGE = {"pt": "pt_BR", "in": "id"}  # every Portuguese reads pt_BR; 'in' is Java's old 'id'


def ui_language(preference: str | None = None, system: QLocale | None = None) -> str:
    """The interface language code: `preference` if we ship it, else the system's first we ship.

    Regional variants fall back to the one we ship (pt_PT -> pt_BR, hi_IN -> hi, es_MX -> es);
    an empty preference or "system" follows the system; anything unknown ends in English.
    """
    tags = [preference] if preference and preference != "system" else []
    tags += (system or QLocale.system()).uiLanguages()
    for tag in tags:
        code = tag.replace("-", "_")
        if code in UI_LANGUAGES:
            return code
        language = code.split("_")[0].lower()
        language = _BY_LANGUAGE.get(language, language)
        if language in UI_LANGUAGES:
            return language
    return "en"


def install_translations(
    app: QCoreApplication, preference: str | None = None, system: QLocale | None = None
) -> list[QTranslator]:
    """Load ChatTasks' and Qt's translations for the interface language; English needs none.

    Call before building any window: texts are translated when widgets are created, so a new
    choice in Settings shows from the next start. When Settings override the system's language,
    dates and numbers follow the chosen language too (QLocale's default).
    """
    system = system or QLocale.system()
    code = ui_language(preference, system)
    if code != ui_language(None, system):
        QLocale.setDefault(QLocale(code))
    installed: list[QTranslator] = []
    if code == "en":
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        ("chattasks", str(resources_dir() / "translations")),
        ("qtbase", qt_folder),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def language_row(parent: QWidget, current: str) -> tuple[str, QComboBox]:
    """Label and field for the settings dialog's interface language ('' follows the system)."""
    combo = QComboBox(parent)
    combo.setObjectName("ui-language")
    combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Interface language"))
    combo.setToolTip(
        QCoreApplication.translate(
            "SettingsDialog", "The interface language changes at the next start."
        )
    )
    combo.addItem(QCoreApplication.translate("SettingsDialog", "Follow the system"), "")
    for code, name in UI_LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(current or ""), 0))
    return QCoreApplication.translate("SettingsDialog", "&Interface language"), combo


_TERMS: dict[str, tuple[str, dict[str, object]]] = {  # QT_TRANSLATE_NOOP is typed object
    "priority": ("Priority", {
        "urgent": QT_TRANSLATE_NOOP("Priority", "Urgent"),
        "high": QT_TRANSLATE_NOOP("Priority", "High"),
        "normal": QT_TRANSLATE_NOOP("Priority", "Normal"),
        "low": QT_TRANSLATE_NOOP("Priority", "Low"),
    }),
    "status": ("TaskStatus", {
        "open": QT_TRANSLATE_NOOP("TaskStatus", "Open"),
        "done": QT_TRANSLATE_NOOP("TaskStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("TaskStatus", "Cancelled"),
    }),
    "state": ("TaskState", {
        "suggested": QT_TRANSLATE_NOOP("TaskState", "Suggested"),
        "confirmed": QT_TRANSLATE_NOOP("TaskState", "Confirmed"),
        "rejected": QT_TRANSLATE_NOOP("TaskState", "Rejected"),
    }),
    "kind": ("TaskKind", {
        "request": QT_TRANSLATE_NOOP("TaskKind", "request"),
        "commitment": QT_TRANSLATE_NOOP("TaskKind", "commitment"),
        "obligation": QT_TRANSLATE_NOOP("TaskKind", "obligation"),
        "reminder": QT_TRANSLATE_NOOP("TaskKind", "reminder"),
        "appointment": QT_TRANSLATE_NOOP("TaskKind", "appointment"),
    }),
    "mode": ("ChatMode", {
        "personal": QT_TRANSLATE_NOOP("ChatMode", "Personal"),
        "business": QT_TRANSLATE_NOOP("ChatMode", "Business"),
        "hybrid": QT_TRANSLATE_NOOP("ChatMode", "Hybrid"),
    }),
    "role": ("MessageRole", {
        "source": QT_TRANSLATE_NOOP("MessageRole", "source"),
        "completion": QT_TRANSLATE_NOOP("MessageRole", "completion"),
        "reschedule": QT_TRANSLATE_NOOP("MessageRole", "reschedule"),
        "context": QT_TRANSLATE_NOOP("MessageRole", "context"),
    }),
    "account": ("AccountStatus", {
        "ok": QT_TRANSLATE_NOOP("AccountStatus", "OK"),
        "error": QT_TRANSLATE_NOOP("AccountStatus", "Error"),
        "reconnect": QT_TRANSLATE_NOOP("AccountStatus", "Sign in again"),
        "disabled": QT_TRANSLATE_NOOP("AccountStatus", "Disabled"),
    }),
    "connector": ("ConnectorKind", {
        "tasks": QT_TRANSLATE_NOOP("ConnectorKind", "tasks"),
        "calendar": QT_TRANSLATE_NOOP("ConnectorKind", "calendar"),
        "crm": QT_TRANSLATE_NOOP("ConnectorKind", "CRM"),
        "chat": QT_TRANSLATE_NOOP("ConnectorKind", "chat"),
        "automation": QT_TRANSLATE_NOOP("ConnectorKind", "automation"),
        "time": QT_TRANSLATE_NOOP("ConnectorKind", "time tracking"),
        "files": QT_TRANSLATE_NOOP("ConnectorKind", "files"),
    }),
    "live": ("LiveState", {
        "starting": QT_TRANSLATE_NOOP("LiveState", "Starting"),
        "needs_qr": QT_TRANSLATE_NOOP("LiveState", "Needs QR code"),
        "loading": QT_TRANSLATE_NOOP("LiveState", "Loading"),
        "connected": QT_TRANSLATE_NOOP("LiveState", "Connected"),
        "phone_offline": QT_TRANSLATE_NOOP("LiveState", "Phone offline"),
        "taken_over": QT_TRANSLATE_NOOP("LiveState", "Open elsewhere"),
        "logged_out": QT_TRANSLATE_NOOP("LiveState", "Logged out"),
        "page_not_understood": QT_TRANSLATE_NOOP("LiveState", "Page changed"),
        "browser_failed": QT_TRANSLATE_NOOP("LiveState", "Browser did not start"),
        "stopped": QT_TRANSLATE_NOOP("LiveState", "Stopped"),
    }),
}  # fmt: skip
"""Engine vocabularies (database values) and their labels; the context names the vocabulary."""


def term(kind: str, value: str) -> str:
    """The translated label of an engine value of `kind` (priority, status, state, kind, mode,
    role, account, connector, live); an unknown value comes back capitalised."""
    context, labels = _TERMS.get(kind, ("", {}))
    if value not in labels:
        return value.replace("_", " ").capitalize()
    return QCoreApplication.translate(context, str(labels[value]))


def connector_text(text: str) -> str:
    """A built-in connector's manifest text (name, description, field label or help) translated.

    Manifests are English data in the engine; installers/update_translations.py collects the
    built-ins' texts into the "connectors" context. Third-party texts come back as they are.
    """
    return QCoreApplication.translate("connectors", text) if text else text


def format_datetime(value: datetime | date, pattern: str) -> str:
    """`value` in a Qt date pattern ("d MMM yyyy HH:mm") with the interface locale's month names.

    strftime's %b and %a are always English; the wall-clock fields of `value` are kept as they are.
    """
    day = QDate(value.year, value.month, value.day)
    if not isinstance(value, datetime):
        return QLocale().toString(day, pattern)
    moment = QDateTime(day, QTime(value.hour, value.minute, value.second))
    return QLocale().toString(moment, pattern)
