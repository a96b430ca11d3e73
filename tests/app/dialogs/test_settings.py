"""The settings dialog: every field round-trips through the JSON file; the theme applies live."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.context import AppContext
from app.dialogs.settings import SettingsDialog
from app.theme import DARK, LIGHT, apply_theme
from engine.core.settings import Settings


def window_color(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_saving_writes_the_file_and_updates_the_engine_settings(
    context: AppContext, settle: Callable[[], None], qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    context.settings_path = path  # type: ignore[attr-defined]
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.timezone.currentText() == "Europe/Lisbon"
    for row in range(dialog.languages.rowCount()):
        item = dialog.languages.item(row)
        keep = item.data(Qt.ItemDataRole.UserRole) in ("pt", "en")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    dialog.timezone.setCurrentText("America/Sao_Paulo")
    dialog.morning.setTime(QTime(8, 30))
    dialog.end_of_day.setTime(QTime(18, 0))
    dialog.work_days[4].setChecked(False)
    dialog.work_days[5].setChecked(True)
    dialog.data_dir.setText(str(tmp_path / "data"))
    qtbot.mouseClick(dialog.close_to_tray, Qt.MouseButton.LeftButton)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    settle()

    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["languages"] == ["en", "pt"]
    assert saved["timezone"] == "America/Sao_Paulo"
    assert (saved["morning_time"], saved["end_of_day_time"]) == ("08:30", "18:00")
    assert saved["work_days"] == [0, 1, 2, 3, 5]
    assert saved["data_dir"] == str(tmp_path / "data")
    assert saved["close_to_tray"] is False
    assert Settings.load(path) == context.engine.settings
    assert context.zone().key == "America/Sao_Paulo"


def test_a_bad_time_zone_is_refused_and_nothing_is_written(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    context.settings_path = tmp_path / "settings.json"  # type: ignore[attr-defined]
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.timezone.setCurrentText("Mars/Olympus")
    dialog.save()
    assert "Mars/Olympus" in dialog.error.text()
    assert context.engine.settings.timezone == "Europe/Lisbon"
    assert not (tmp_path / "settings.json").exists()


def test_theme_applies_live_and_cancel_restores_it(
    context: AppContext, qapp: QApplication, settle: Callable[[], None], qtbot: Any, tmp_path: Path
) -> None:
    context.settings_path = tmp_path / "settings.json"  # type: ignore[attr-defined]
    context.engine.settings.theme = "light"
    apply_theme(qapp, "light")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert window_color(qapp) == DARK[QPalette.ColorRole.Window]
    dialog.reject()
    assert window_color(qapp) == LIGHT[QPalette.ColorRole.Window]

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_End)
    assert dialog.theme.currentData() == "dark"
    dialog.save()
    settle()
    assert window_color(qapp) == DARK[QPalette.ColorRole.Window]
    assert json.loads((tmp_path / "settings.json").read_text())["theme"] == "dark"
    apply_theme(qapp, "light")
