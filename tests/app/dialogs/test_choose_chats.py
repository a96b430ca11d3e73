"""The consent dialog: the page's chat list with a checkbox each; only ticked chats are kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.dialogs.choose_chats import ChooseChatsDialog
from engine.ingest.web import ChatPreview


def _preview(title: str, unread: int = 0) -> ChatPreview:
    return ChatPreview(title, "09:00", "hello", unread, False)


def test_only_ticked_chats_are_chosen(qtbot: object, qtmodeltester: object) -> None:
    previews = [_preview("Work", 2), _preview("Family"), _preview("Casa & Obra")]
    dialog = ChooseChatsDialog(previews, ["family", "Old group"])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    titles = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
    assert titles == ["Work", "Family", "Casa & Obra", "Old group"]  # earlier choices stay listed
    assert dialog.chosen() == ["Family", "Old group"]  # matched like the reader does (case)
    dialog.list.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    dialog.list.setCurrentIndex(dialog.model.index(3, 0))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert dialog.chosen() == ["Work", "Family"]
    assert not dialog.open_unread.isChecked()  # opening unread chats is off unless chosen
    with qtbot.waitSignal(dialog.accepted, timeout=1000):  # type: ignore[attr-defined]
        dialog.save_button.click()
