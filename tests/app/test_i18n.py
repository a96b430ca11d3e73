"""Interface translations: each language shows in the real window, the catalogs are complete,
compiled, faithful to placeholders, and the language follows the system unless Settings say."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from app.i18n import (
    UI_LANGUAGES,
    format_datetime,
    install_translations,
    language_row,
    term,
    ui_language,
)
from app.main import page_factories
from app.views.main_window import MainWindow
from installers.update_translations import (
    APP,
    LANGUAGES,
    Key,
    compile_qm,
    extract,
    merge,
    messages,
    ts_path,
    unfinished,
)

SEEN = {
    "es": ("Bandeja de entrada", "Calendario", "&Archivo", "Confirmar"),
    "pt_BR": ("Caixa de entrada", "Calendário", "&Arquivo", "Confirmar"),
    "hi": ("इनबॉक्स", "कैलेंडर", "फ़ाइल (&F)", "पुष्टि करें"),
    "id": ("Kotak masuk", "Kalender", "&Berkas", "Konfirmasi"),
    "de": ("Eingang", "Kalender", "&Datei", "Bestätigen"),
    "fr": ("Boîte de réception", "Calendrier", "&Fichier", "Confirmer"),
    "it": ("Posta in arrivo", "Calendario", "&File", "Conferma"),
}
"""Per language: the Inbox and Calendar navigation labels, the File menu, the inbox's Confirm."""
QT_SAVE = {
    "es": "Guardar",
    "pt_BR": "Salvar",
    "de": "Speichern",
    "fr": "Enregistrer",
    "it": "Salva",
}
"""Qt's own Save button in the languages Qt translates (it has no Hindi or Indonesian catalog)."""
TOKEN = re.compile(r"%(?:\d|n)|\{\w*\}|\*\.\w+|</?[a-zA-Z][^>]*>|&(?!&)")
"""What a translation must keep: %1 and %n, {name}, file patterns, HTML tags, one & accelerator."""
LUPDATE_BLIND_SPOTS: set[tuple[str, str]] = set()
"""Literal tr() calls lupdate misses (a self.tr() inside an f-string, a count passed to
QCoreApplication.translate); their translations wait in the .ts as 'vanished'. Rewrite such a call
(text or count in a variable first) rather than listing it here."""
KNOWN_RUNTIME_MISSES: set[tuple[str, str]] = set()
"""Texts the window may ask for that no catalog can hold (none today)."""


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[..., list[QTranslator]]]:
    """Install a language's translations for one test; translators and QLocale come back after."""
    before = QLocale()
    installed: list[QTranslator] = []

    def install(preference: str, system: str = "en_US") -> list[QTranslator]:
        translators = install_translations(qapp, preference, QLocale(system))
        installed.extend(translators)
        return translators

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def catalogs() -> dict[str, dict[Key, ET.Element]]:
    """What lupdate finds in app/ today, per language (fresh, untranslated)."""
    return {language: messages(extract(language)) for language in LANGUAGES}


def committed(language: str) -> ET.Element:
    """The .ts file in the repository."""
    return ET.parse(ts_path(language)).getroot()


def forms(message: ET.Element) -> list[str]:
    """The translated text of a message, one entry per plural form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_speaks_each_language(language, speak, context, qtbot, settle) -> None:  # type: ignore[no-untyped-def]
    assert speak(language)
    window = MainWindow(context, page_factories())
    qtbot.addWidget(window)
    window.show()
    settle()
    inbox, calendar, file_menu, confirm = SEEN[language]
    assert window.page_actions["inbox"].text() == inbox
    assert window.page_actions["calendar"].text() == calendar
    assert window.menuBar().actions()[0].text() == file_menu
    assert window.pages["inbox"].confirm_action.text() == confirm  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_own_texts_follow_where_qt_has_a_catalog(language, speak) -> None:  # type: ignore[no-untyped-def]
    translators = speak(language)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    shown = buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "")
    assert shown == QT_SAVE.get(language, "Save")
    assert len(translators) == (2 if language in QT_SAVE else 1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_translated(language, catalogs) -> None:  # type: ignore[no-untyped-def]
    ts = committed(language)
    stored = messages(ts)
    missing = [key for key in catalogs[language] if key not in stored]
    missing += unfinished(ts)
    assert not missing, (
        f"untranslated in chattasks_{language}.ts (run installers/update_translations.py, then "
        "translate):\n" + "\n".join(f"  [{context}] {source!r}" for context, source, *_ in missing)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogs_match_the_ts_files(language: str, tmp_path: Path) -> None:
    source = ts_path(language)
    rebuilt = tmp_path / f"{source.stem}.qm"
    compile_qm(source, rebuilt)
    assert rebuilt.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        f"{source.with_suffix('.qm').name} is stale: run installers/update_translations.py"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_one_accelerator(language) -> None:  # type: ignore[no-untyped-def]
    wrong = []
    for (context, source, _comment, _plural), message in messages(committed(language)).items():
        expected = Counter(TOKEN.findall(source))
        for text in forms(message):
            if Counter(TOKEN.findall(text)) != expected:
                wrong.append(f"[{context}] {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_gets_a_plural_form(language, speak) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    for (context, source, comment, plural), message in messages(committed(language)).items():
        translation = message.find("translation")
        if not plural or (translation is not None and translation.get("type") == "vanished"):
            continue
        for count in (0, 1, 2, 5, 21):
            shown = QCoreApplication.translate(context, source, comment or None, count)
            assert shown in [form.replace("%n", str(count)) for form in forms(message)], shown


def test_lupdate_sees_every_literal_tr_call(catalogs) -> None:  # type: ignore[no-untyped-def]
    found = {(context, source) for context, source, *_ in catalogs["de"]}
    literal = set()
    for path in sorted(APP.rglob("*.py")):
        for owner, call in _tr_calls(ast.parse(path.read_text(encoding="utf-8"))):
            context, text = _literal(owner, call)
            if text:
                literal.add((context, text))
    assert literal - found == LUPDATE_BLIND_SPOTS


def test_every_context_is_one_the_app_looks_up(catalogs) -> None:  # type: ignore[no-untyped-def]
    looked_up = set()
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        looked_up |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        looked_up |= {_literal("", call)[0] for _owner, call in _tr_calls(tree)}
    contexts = {context for context, *_ in catalogs["de"]}
    assert contexts <= looked_up - {""}, f"lupdate contexts nobody looks up: {contexts - looked_up}"


def test_what_the_window_asks_for_is_in_the_catalog(
    speak, context, qtbot, settle, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import keyring.core

    from app.dialogs.search import SearchDialog
    from app.dialogs.settings import SettingsDialog
    from app.dialogs.task_detail import TaskDetailDialog
    from app.views.integrations.form import ConnectDialog
    from engine.sync.registry import Registry

    # The integrations page opens the keyring, which keyring caches for the whole process: use
    # the failing back-end here and leave no cached one behind for later tests.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)

    speak("de")
    task = context.engine.tasks.query(context.task_filter(state="suggested"), limit=1)[0]
    context.engine.tasks.update(task.id, {"priority": "high"})
    recorder = _RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    try:
        window = MainWindow(context, page_factories())
        qtbot.addWidget(window)
        window.show()
        for key in window.pages:
            window.page_actions[key].trigger()
            settle()
        dialogs = [
            SettingsDialog(context, window),
            SearchDialog(context, window),
            TaskDetailDialog(context, context.engine.tasks.detail(task.id), window),
        ]
        dialogs += [ConnectDialog(spec.manifest, window)
                    for spec in Registry.discover(third_party=False).specs()]  # fmt: skip
        for dialog in dialogs:
            qtbot.addWidget(dialog)
    finally:
        QCoreApplication.removeTranslator(recorder)
    stored = {(name, source) for name, source, *_ in messages(committed("de"))}
    ours = {name for name, _source in stored} | _app_classes()
    asked = {(name, source) for name, source in recorder.asked if name in ours}
    assert asked - stored <= KNOWN_RUNTIME_MISSES, f"not in any catalog: {asked - stored}"


@pytest.mark.parametrize(
    ("system", "preference", "expected"),
    [
        ("pt_PT", None, "pt_BR"), ("pt_BR", None, "pt_BR"), ("hi_IN", None, "hi"),
        ("es_MX", None, "es"), ("id_ID", None, "id"), ("de_AT", None, "de"), ("fr_CA", None, "fr"),
        ("it_CH", None, "it"), ("en_GB", None, "en"), ("ja_JP", None, "en"), ("C", None, "en"),
        ("fr_FR", "de", "de"), ("fr_FR", "", "fr"), ("fr_FR", "system", "fr"),
        ("fr_FR", "xx", "fr"), ("en_US", "pt_PT", "pt_BR"), ("en_US", "hi_IN", "hi"),
    ],
)  # fmt: skip
def test_the_language_follows_the_system_unless_settings_choose(
    system: str, preference: str | None, expected: str
) -> None:
    assert ui_language(preference, QLocale(system)) == expected


def test_portuguese_from_portugal_reads_brazilian_text_with_its_own_dates(speak) -> None:  # type: ignore[no-untyped-def]
    before = QLocale().name()
    speak("", system="pt_PT")
    assert QCoreApplication.translate("MainWindow", "Inbox") == "Caixa de entrada"
    assert QLocale().name() == before  # dates and numbers stay the system's


def test_a_language_chosen_in_settings_also_formats_dates(speak) -> None:  # type: ignore[no-untyped-def]
    speak("fr", system="en_US")
    assert QLocale().name() == "fr_FR"
    assert format_datetime(datetime(2026, 11, 10, 9, 5), "ddd d MMMM yyyy HH:mm") == (
        "mar. 10 novembre 2026 09:05"
    )


def test_english_installs_nothing(speak) -> None:  # type: ignore[no-untyped-def]
    assert speak("en") == []
    assert QCoreApplication.translate("MainWindow", "Inbox") == "Inbox"


def test_the_settings_field_offers_every_language(speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    parent = QWidget()
    qtbot.addWidget(parent)
    label, combo = language_row(parent, "pt_BR")
    assert label == "Sprache der O&berfläche"
    assert [combo.itemData(row) for row in range(combo.count())] == ["", *UI_LANGUAGES]
    assert combo.itemText(0) == "Wie das System" and combo.currentData() == "pt_BR"
    assert language_row(parent, "")[1].currentData() == ""


def test_every_engine_value_has_a_translated_label(speak) -> None:  # type: ignore[no-untyped-def]
    from typing import get_args

    from engine.ingest.web.states import LiveState
    from engine.nlp.tasks.model import TaskKind
    from engine.store.schema import Base
    from engine.sync.manifest import KINDS

    speak("de")
    vocabularies = {"live": [state.value for state in LiveState], "kind": list(get_args(TaskKind)),
                    "connector": list(KINDS)}  # fmt: skip
    columns = {"priority": "tasks.priority", "status": "tasks.status", "state": "tasks.state",
               "mode": "chats.mode", "role": "task_messages.role",
               "account": "sync_accounts.status"}  # fmt: skip
    for kind, column in columns.items():
        table, name = column.split(".")
        (check,) = [
            c for c in Base.metadata.tables[table].constraints if c.name == f"ck_{table}_{name}"
        ]
        vocabularies[kind] = re.findall(r"'(\w+)'", str(check.sqltext))  # type: ignore[attr-defined]
    german = {text for message in messages(committed("de")).values() for text in forms(message)}
    labels = {
        (kind, value): term(kind, value)
        for kind, values in vocabularies.items()
        for value in values
    }
    assert {key: label for key, label in labels.items() if label not in german} == {}
    assert labels[("priority", "urgent")] == "Dringend" and labels[("live", "taken_over")] == (
        "Woanders geöffnet"
    )
    assert term("priority", "someday") == "Someday"  # a value the app does not know yet


def test_live_reader_texts_are_the_engines(speak) -> None:  # type: ignore[no-untyped-def]
    from engine.ingest.web.states import LiveState, StateReport
    from installers.update_translations import live_state_texts

    reports = [StateReport(state) for state in LiveState]
    assert set(live_state_texts()) == {r.explanation for r in reports} | {r.action for r in reports}
    speak("es")
    shown = QCoreApplication.translate("LiveState", StateReport(LiveState.STOPPED).explanation)
    assert shown == "La lectura en vivo está detenida."


def test_a_refresh_keeps_translations_and_parks_removed_ones() -> None:
    def ts(*entries: tuple[str, str, str | None]) -> ET.Element:
        root = ET.fromstring('<TS version="2.1" language="de_DE"/>')
        for context_name, source, text in entries:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if text is None:
                translation.set("type", "unfinished")
        return root

    old = ts(("A", "Kept", "Behalten"), ("A", "Gone", "Weg"), ("B", "Back", "Zurück"))
    parked = merge(ts(("A", "Kept", None), ("A", "New", None)), old)
    assert {key[:2]: forms(m) for key, m in messages(parked).items()} == {
        ("A", "Kept"): ["Behalten"], ("A", "New"): [""], ("A", "Gone"): ["Weg"],
        ("B", "Back"): ["Zurück"],
    }  # fmt: skip
    assert [key[:2] for key in unfinished(parked)] == [("A", "New")]
    revived = merge(ts(("B", "Back", None)), parked)
    assert unfinished(revived) == [] and forms(messages(revived)[("B", "Back", "", False)]) == [
        "Zurück"
    ]
    pruned = merge(ts(("A", "Kept", None)), old, prune=True)
    assert [key[:2] for key in messages(pruned)] == [("A", "Kept")]


def test_a_language_chosen_in_settings_shows_from_the_next_start(  # type: ignore[no-untyped-def]
    qapp, loop, qtbot, tmp_path
) -> None:
    from app.dialogs.settings import SettingsDialog
    from app.main import Application, parse_args
    from engine.core.settings import Settings

    path = tmp_path / "settings.json"
    Settings(timezone="Europe/Lisbon", ui_language="en").save(path)
    args = parse_args(["--db", f"sqlite:///{tmp_path / 'app.db'}", "--settings", str(path),
                       "--no-demo"])  # fmt: skip
    before, started = QLocale(), []
    try:
        first = Application(args, qapp)
        started.append(first)
        assert first.window.page_actions["inbox"].text() == "Inbox"
        dialog = SettingsDialog(first.context, first.window)
        qtbot.addWidget(dialog)
        assert dialog.ui_language.currentData() == "en"
        dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("de"))
        dialog.save()
        loop.run_until_complete(first.runner.idle())
        assert Settings.load(path).ui_language == "de"
        first.close()
        second = Application(args, qapp)  # the next start, on the same settings file
        started.append(second)
        assert second.window.page_actions["inbox"].text() == "Eingang"
        assert second.window.page_actions["calendar"].text() == "Kalender"
        again = SettingsDialog(second.context, second.window)
        qtbot.addWidget(again)
        assert again.ui_language.currentText() == "Deutsch"
        assert [box.text() for box in again.work_days][:2] == ["Mo.", "Di."]
    finally:
        for application in started:
            for translator in application.translators:
                qapp.removeTranslator(translator)
            application.window.close()
        if len(started) == 2:
            started[1].close()
        QLocale.setDefault(before)


def test_connector_forms_and_labels_speak_the_language(speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit

    from app.i18n import connector_text
    from app.views.integrations.form import ConnectDialog
    from engine.sync.registry import Registry
    from installers.update_translations import connector_texts

    speak("de")
    registry = Registry.discover(third_party=False)
    dialog = ConnectDialog(registry.get("email").manifest)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "E-Mail-Benachrichtigungen verbinden"
    form = dialog.findChild(QFormLayout)
    server = dialog.findChild(QLineEdit, "field-smtp_host")
    assert form.labelForField(server).text() == "SMTP-Server"
    password = dialog.findChild(QLineEdit, "field-password")
    assert form.labelForField(password).text() == "Passwort (optional)"
    security = dialog.findChild(QComboBox, "field-security")
    assert [security.itemText(i) for i in range(security.count())] == [
        "STARTTLS", "SSL/TLS", "keine"]  # fmt: skip
    security.setCurrentIndex(2)
    assert dialog.values()["security"] == "none"  # the stored value stays the engine's
    assert any(label.text().startswith("Sendet Aufgaben") for label in dialog.findChildren(QLabel))
    texts = connector_texts()
    assert {"Trello", "API key", "Daily digest at"} <= set(texts)
    assert all(connector_text(text) != text for text in ("Calendar URL", "Slack notifications"))
    assert connector_text("A third-party connector") == "A third-party connector"


def test_task_history_and_dates_follow_the_language(speak, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.dialogs.task_detail import TaskDetailDialog
    from app.widgets.task_card import due_text

    speak("de")
    task = context.engine.tasks.query(context.task_filter(state="suggested"), limit=1)[0]
    context.engine.tasks.update(task.id, {"priority": "high"})
    dialog = TaskDetailDialog(context, context.engine.tasks.detail(task.id))
    qtbot.addWidget(dialog)
    history = dialog.history.toPlainText()
    assert "ChatTasks: Aufgabe vorgeschlagen (" in history and "Konfidenz" in history
    assert "Du: Priorität: Normal → Hoch" in history
    assert dialog.priority.currentText() == "Hoch"
    assert "Im Chat öffnen" in dialog.sources.toPlainText()
    march = replace(task, due_at=datetime(2027, 3, 4, 12, 0, tzinfo=UTC), due_has_time=False)
    assert due_text(march, context.zone(), context.now()) == "Do. 04 März"
    far = replace(march, due_at=datetime(2027, 7, 1, 12, 0, tzinfo=UTC), due_has_time=True)
    assert due_text(far, context.zone(), context.now()) == "01 Juli 2027 13:00"


def test_charts_use_the_languages_months_and_show_no_english_menu(  # type: ignore[no-untyped-def]
    speak, context, qtbot, run
) -> None:
    from PySide6.QtCore import QPoint, Qt

    from app.views.analytics.page import AnalyticsPage

    speak("de")
    page = AnalyticsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    run(page.load())
    assert page.charts is not None
    months = {QLocale().monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)}
    assert (
        "Nov." in months and {label.split()[1] for label in page.charts.labels["weekly"]} <= months
    )
    for plot in page.charts.plots.values():  # pyqtgraph's own right-click menus are English
        viewport = plot.viewport()
        for where in (viewport.rect().center(), QPoint(12, viewport.height() // 2)):
            qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=where)
            assert QApplication.activePopupWidget() is None


class _RecordingTranslator(QTranslator):
    """Notes every (context, source) the app asks a translation for, and translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        """Record the lookup; an empty answer lets the real translators reply."""
        self.asked.add((context or "", source or ""))
        return ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty, so Qt always asks."""
        return False


def _app_classes() -> set[str]:
    return {
        node.name
        for path in APP.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }


def _tr_calls(tree: ast.AST) -> Iterator[tuple[str, ast.Call]]:
    """(enclosing class, call) for every tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP."""
    helper = next(
        (
            _literal("", call)[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name == "tr"
            for call in ast.walk(node)
            if isinstance(call, ast.Call) and _name(call) == "translate"
        ),
        "",
    )
    owners = {}  # ast.walk goes outside in, so an inner class overrides its outer one
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        owners.update({id(node): cls.name for node in ast.walk(cls)})
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            owner = owners.get(id(node), "")
            if isinstance(node.func, ast.Name) and _name(node) == "tr":
                owner = helper  # a module's tr() helper translates in its own context
            yield owner, node


def _literal(owner: str, call: ast.Call) -> tuple[str, str]:
    """(context, source) of a call whose text is a literal; the text is '' otherwise."""
    args = [arg.value if isinstance(arg, ast.Constant) else None for arg in call.args]
    if _name(call) == "tr":
        return owner, args[0] if args and isinstance(args[0], str) else ""
    context = args[0] if args and isinstance(args[0], str) else ""
    text = args[1] if len(args) > 1 and isinstance(args[1], str) else ""
    return context, text


def _name(call: ast.Call) -> str:
    func = call.func
    return (
        func.attr
        if isinstance(func, ast.Attribute)
        else func.id
        if isinstance(func, ast.Name)
        else ""
    )
