"""TaskListModel: pages load through the runner, the model passes Qt's model tester, drags carry ids."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from app.context import AppContext
from app.models.tasks import TaskListModel, TaskRole, decode_ids, encode_ids
from engine.store.tasks import TaskFilter


def _model(context: AppContext, page: int) -> TaskListModel:
    def fetch(offset: int, limit: int):  # type: ignore[no-untyped-def]
        return context.engine.tasks.query(TaskFilter(), offset=offset, limit=limit)

    return TaskListModel(context.runner, fetch, page=page)


def test_pages_arrive_with_fetch_more_and_pass_the_model_tester(context, run, settle, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    total = context.engine.tasks.count(TaskFilter())
    assert total >= 4
    model = _model(context, page=3)
    run(model.reload())
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        settle()
    assert model.rowCount() == total
    assert [t.id for t in model.tasks()] == [t.id for t in context.engine.tasks.query(TaskFilter())]
    qtmodeltester.check(model)


def test_a_newer_reload_wins_over_an_older_one(context, run) -> None:  # type: ignore[no-untyped-def]
    model = _model(context, page=100)
    first = context.runner.spawn(model.reload())
    model.set_fetch(lambda offset, limit: context.engine.tasks.query(TaskFilter(state="confirmed"), offset=offset, limit=limit))
    run(model.reload())
    run(first)
    assert model.rowCount() == 0  # nothing is confirmed yet: the first (older) result was dropped


def test_roles_and_drag_data(context, run) -> None:  # type: ignore[no-untyped-def]
    model = _model(context, page=100)
    run(model.load_all())
    index = model.index(0)
    task = index.data(TaskRole)
    assert index.data() == task.title
    mime = model.mimeData([model.index(0), model.index(1)])
    assert decode_ids(mime) == [model.task(0).id, model.task(1).id]
    assert decode_ids(encode_ids([])) == []
    model.remove_ids([task.id])
    assert model.row_of(task.id) == -1
