"""Analytics: figures equal the database's, the plots hold them, mode narrows, pyqtgraph loads late."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt

from app.views.analytics.page import AnalyticsPage
from engine.store.tasks import TaskFilter


def _analytics(context, qtbot, run) -> AnalyticsPage:  # type: ignore[no-untyped-def]
    ids = [t.id for t in context.engine.tasks.query(TaskFilter(state="suggested"))]
    context.engine.tasks.confirm(ids[:-1])  # one stays a suggestion: it must not count
    page = AnalyticsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    run(page.load())
    return page


def _open(context):  # type: ignore[no-untyped-def]
    return context.engine.tasks.query(TaskFilter(state="confirmed", status="open"))


def test_figures_and_plots_equal_what_the_database_holds(context, qtbot, run) -> None:  # type: ignore[no-untyped-def]
    page = _analytics(context, qtbot, run)
    open_tasks = _open(context)
    now = context.now()
    overdue = [t for t in open_tasks if t.due_at is not None and t.due_at < now]
    assert page.data is not None and page.charts is not None
    assert (page.data.open_total, page.data.overdue) == (len(open_tasks), len(overdue))
    assert page.overdue.text().endswith(f"color:#d93025;'>{len(overdue)}</b>")
    charts = page.charts
    people = Counter(t.assignee or "Unassigned" for t in open_tasks)
    assert dict(zip(charts.labels["assignee"], charts.bars["assignee"].opts["width"], strict=True)) == people
    categories = Counter(t.category or "No category" for t in open_tasks)
    assert dict(zip(charts.labels["category"], charts.bars["category"].opts["width"], strict=True)) == categories
    chats = Counter(t.chat_name or "No chat" for t in open_tasks)
    assert dict(zip(charts.labels["chat"], charts.bars["chat"].opts["width"], strict=True)) == chats
    confirmed = context.engine.tasks.count(TaskFilter(state="confirmed"))
    done = context.engine.tasks.count(TaskFilter(state="confirmed", status="done"))
    assert len(charts.bars["created"].opts["height"]) == 12 == len(charts.labels["weekly"])
    assert sum(charts.bars["created"].opts["height"]) == confirmed
    assert sum(charts.bars["completed"].opts["height"]) == done > 0


def test_changes_and_mode_switch_redraw(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _analytics(context, qtbot, run)
    before = page.data.open_total
    context.engine.tasks.create("Buy grout", assignee="Ana")
    context.sig_tasks_changed.emit()
    settle()
    assert page.data.open_total == before + 1
    assert "Ana" in page.charts.labels["assignee"]
    chat = context.engine.chats.all()[0]
    context.engine.chats.set_mode(chat.id, "business")
    context.set_mode("personal")
    settle()
    # Only the chat-less task is left in personal mode.
    assert page.data.open_total == 1 and page.charts.labels["chat"] == ["No chat"]
    assert list(page.charts.bars["chat"].opts["width"]) == [1]


def test_weeks_choice_and_refresh_key(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _analytics(context, qtbot, run)
    page.weeks.setCurrentIndex(page.weeks.findData(4))
    settle()
    assert len(page.charts.bars["created"].opts["height"]) == 4
    context.engine.tasks.create("Call the electrician")
    page.weeks.setFocus()
    qtbot.keyClick(page.weeks, Qt.Key.Key_F5)
    settle()
    assert sum(page.charts.bars["created"].opts["height"]) == context.engine.tasks.count(TaskFilter(state="confirmed"))


def test_pyqtgraph_loads_only_with_the_first_load(tmp_path: Path) -> None:
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.context import AppContext
from app.runner import Runner
from app.views.analytics.page import AnalyticsPage
from engine.core.engine import Engine
engine = Engine.open("sqlite:///{tmp_path / 'a.db'}")
runner = Runner()
page = AnalyticsPage(AppContext(engine, runner))
assert "pyqtgraph" not in sys.modules, "imported too early"
runner.shutdown()
engine.close()
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        cwd=Path(__file__).resolve().parents[4],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
