"""The analytics charts (pyqtgraph): imported by the page only when it is first loaded."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QWidget

from app.i18n import format_datetime
from engine.store.analytics import Analytics, Share

CREATED = "#1a73e8"
COMPLETED = "#188038"
OPEN = "#f29900"


def tr(text: str) -> str:
    """Translate a chart text."""
    return QCoreApplication.translate("AnalyticsCharts", text)


def _whole_numbers(axis: pg.AxisItem, top: int) -> None:
    """Counts are whole: ticks every 1, 2, 5, 10… so no axis shows 0.5 tasks."""
    step = (
        next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if top / s <= 6)
        if top <= 3000
        else top // 5
    )
    axis.setTickSpacing(step, step)


class Charts(QWidget):
    """Four plots: weekly flow, and open tasks by person, by category and by chat.

    `bars` and `labels` keep what each plot shows, so tests and screen readers can read it back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analytics-charts")
        palette = self.palette()
        pg.setConfigOptions(antialias=True)
        self._background = palette.color(QPalette.ColorRole.Base)
        self._foreground = palette.color(QPalette.ColorRole.Text)
        self.plots: dict[str, pg.PlotWidget] = {}
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.labels: dict[str, list[str]] = {}
        layout = QGridLayout(self)
        titles = {
            "weekly": tr("Tasks created and completed per week"),
            "assignee": tr("Open tasks by person"),
            "category": tr("Open tasks by category"),
            "chat": tr("Open tasks by chat"),
        }
        for number, (name, title) in enumerate(titles.items()):
            plot = pg.PlotWidget(self, background=self._background)
            plot.setObjectName(f"chart-{name}")
            plot.setAccessibleName(title)
            plot.setTitle(title, color=self._foreground)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(self._foreground)
                axis.setTextPen(self._foreground)
            self.plots[name] = plot
            layout.addWidget(plot, number // 2, number % 2)

    def show_analytics(self, data: Analytics, none_labels: dict[str, str]) -> None:
        """Draw every chart from one summary; `none_labels` names the 'not set' group per chart."""
        self._weekly(data)
        for name, shares in (
            ("assignee", data.by_assignee),
            ("category", data.by_category),
            ("chat", data.by_chat),
        ):
            self._shares(name, shares, none_labels[name])

    def _weekly(self, data: Analytics) -> None:
        plot = self.plots["weekly"]
        plot.clear()
        legend = plot.plotItem.legend or plot.addLegend(
            offset=(10, 10), labelTextColor=self._foreground
        )
        legend.clear()
        positions = list(range(len(data.weeks)))
        created = pg.BarGraphItem(
            x=[x - 0.2 for x in positions],
            height=[w.created for w in data.weeks],
            width=0.4,
            brush=CREATED,
            name=tr("Created"),
        )
        completed = pg.BarGraphItem(
            x=[x + 0.2 for x in positions],
            height=[w.completed for w in data.weeks],
            width=0.4,
            brush=COMPLETED,
            name=tr("Completed"),
        )
        for item in (created, completed):
            plot.addItem(item)  # named items join the legend by themselves
        labels = [format_datetime(w.week_start, "dd MMM") for w in data.weeks]
        step = -(-len(labels) // 6)  # at most six week labels, readable on narrow windows
        plot.getAxis("bottom").setTicks([[(x, labels[x]) for x in positions[::step]]])
        top = max([w.created for w in data.weeks] + [w.completed for w in data.weeks] + [1])
        _whole_numbers(plot.getAxis("left"), top)
        plot.setYRange(0, top * 1.15, padding=0)
        plot.setXRange(-0.6, max(len(positions) - 0.4, 0.4), padding=0)
        self.bars["created"], self.bars["completed"] = created, completed
        self.labels["weekly"] = labels

    def _shares(self, name: str, shares: Sequence[Share], none_label: str) -> None:
        plot = self.plots[name]
        plot.clear()
        labels = [share.label if share.label is not None else none_label for share in shares]
        rows = list(range(len(shares)))
        # Largest at the top: pyqtgraph's y axis grows upwards.
        ys = [len(shares) - 1 - row for row in rows]
        bars = pg.BarGraphItem(x0=0, y=ys, height=0.6, width=[s.count for s in shares], brush=OPEN)
        plot.addItem(bars)
        plot.getAxis("left").setTicks([[(y, label) for y, label in zip(ys, labels, strict=True)]])
        top = max([s.count for s in shares] + [1])
        _whole_numbers(plot.getAxis("bottom"), top)
        plot.setXRange(0, top * 1.1, padding=0)
        plot.setYRange(-0.6, max(len(shares) - 0.4, 0.4), padding=0)
        self.bars[name] = bars
        self.labels[name] = labels
