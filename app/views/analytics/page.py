"""Analytics: weekly flow and open tasks by person, category and chat, for the current mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.context import AppContext
from engine.core.analytics_service import AnalyticsService
from engine.store.analytics import Analytics

if TYPE_CHECKING:
    from app.views.analytics.charts import Charts

WEEK_CHOICES = (4, 12, 26, 52)


class AnalyticsPage(QWidget):
    """Light until first shown: pyqtgraph and the charts load with the first `load()`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("analytics")
        self.setAccessibleName(self.tr("Analytics"))
        engine = context.engine
        existing = getattr(engine, "analytics", None)
        self.service: AnalyticsService = existing or AnalyticsService(
            engine.db, engine.settings, engine.clock
        )
        self.charts: Charts | None = None
        self.data: Analytics | None = None
        self.open_total = self._figure("analytics-open", self.tr("Open tasks"))
        self.overdue = self._figure("analytics-overdue", self.tr("Overdue tasks"))
        self.weeks = QComboBox(self)
        self.weeks.setObjectName("analytics-weeks")
        self.weeks.setAccessibleName(self.tr("Weeks shown"))
        for count in WEEK_CHOICES:
            self.weeks.addItem(self.tr("Last %n week(s)", "", count), count)
        self.weeks.setCurrentIndex(WEEK_CHOICES.index(12))
        self.weeks.currentIndexChanged.connect(lambda _: self._reload_if_loaded())
        bar = QHBoxLayout()
        bar.addWidget(self.open_total)
        bar.addWidget(self.overdue)
        bar.addStretch(1)
        bar.addWidget(self.weeks)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(bar)
        self.placeholder = QLabel(self.tr("Loading charts…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.placeholder, 1)
        refresh = QAction(self.tr("Refresh analytics"), self)
        refresh.setObjectName("analytics-refresh")
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(lambda _=False: context.runner.spawn(self.load()))
        self.addAction(refresh)
        context.sig_tasks_changed.connect(self._reload_if_loaded)
        context.sig_mode_changed.connect(lambda _: self._reload_if_loaded())

    def _figure(self, name: str, label: str) -> QLabel:
        figure = QLabel(self)
        figure.setObjectName(name)
        figure.setAccessibleName(label)
        figure.setProperty("caption", label)
        figure.setTextFormat(Qt.TextFormat.RichText)
        return figure

    def _reload_if_loaded(self) -> None:
        # Changes before the page was ever shown wait for the first load (heavy things load on use).
        if self.charts is not None:
            self.context.runner.spawn(self.load())

    def _mode(self) -> str | None:
        return None if self.context.mode == "hybrid" else self.context.mode

    async def load(self) -> None:
        """Read the figures off the GUI thread and draw them; the charts are built on first use."""
        weeks = int(self.weeks.currentData())
        data = await self.context.runner.call(self.service.summary, self._mode(), weeks)
        if self.charts is None:
            from app.views.analytics.charts import Charts

            self.charts = Charts(self)
            self.layout_.replaceWidget(self.placeholder, self.charts)
            self.placeholder.deleteLater()
        self.data = data
        for figure, value in ((self.open_total, data.open_total), (self.overdue, data.overdue)):
            caption = figure.property("caption")
            alert = " color:#d93025;" if figure is self.overdue and value else ""
            figure.setText(f"{caption}: <b style='font-size:large;{alert}'>{value}</b>")
            figure.setAccessibleDescription(f"{caption}: {value}")
        none_labels = {
            "assignee": self.tr("Unassigned"),
            "category": self.tr("No category"),
            "chat": self.tr("No chat"),
        }
        self.charts.show_analytics(data, none_labels)
