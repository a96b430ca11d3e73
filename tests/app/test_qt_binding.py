"""The Qt binding must not drop references to None/True/False when Qt hands values back.

PySide6 6.12.0 on CPython 3.11 lost one reference per call of index.data() / currentData()
returning None or a bool, and the app died with "deallocating None" after a few thousand paints.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox


def test_data_and_current_data_keep_singleton_refcounts(qapp) -> None:  # type: ignore[no-untyped-def]
    model = QStringListModel(["a", "b"])
    combo = QComboBox()
    combo.addItem("yes", True)
    combo.addItem("none", None)
    before = (sys.getrefcount(None), sys.getrefcount(True))
    for _ in range(1000):
        model.index(0).data(Qt.ItemDataRole.UserRole)
        combo.setCurrentIndex(0)
        combo.currentData()
        combo.setCurrentIndex(1)
        combo.currentData()
    after = (sys.getrefcount(None), sys.getrefcount(True))
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)
