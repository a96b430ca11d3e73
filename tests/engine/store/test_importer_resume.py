"""Importer invariants: SIGKILL at any point then re-run, and any batching or export order."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.ingest.model import MessageKind, ParsedMessage
from engine.store import Database, import_messages

REPO = Path(__file__).resolve().parents[3]

CHILD = """
import sys
from datetime import datetime, timedelta
from engine.ingest.model import ParsedMessage
from engine.store import Database, import_messages

url, count, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def messages():
    start = datetime(2023, 3, 26, 0, 0)  # crosses the spring-forward gap
    for i in range(count):
        text = "ok" if i % 4 < 2 else f"message {i} about the roof"
        yield ParsedMessage(i + 1, start + timedelta(seconds=20 * (i // 4)),
                            ("Ana", "Ben")[(i // 2) % 2], text)

db = Database.open(url)
import_messages(db, chat_key="k", chat_name="K", timezone="Europe/Berlin",
                messages=messages(), source_path="chat.txt", batch_size=batch,
                progress=lambda done: print(done, flush=True))
print("finished", flush=True)
"""

COUNT, BATCH = 60_000, 2_000


def _run_child(url: str, kill_after: int | None) -> bool:
    """Run the import in a child; SIGKILL it once it reports `kill_after`. True if it finished."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(COUNT), str(BATCH)],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert child.stdout is not None
    finished = False
    for line in child.stdout:
        if line.strip() == "finished":
            finished = True
        elif kill_after is not None and int(line) >= kill_after:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.stdout.close()
    code = child.wait(timeout=120)
    assert code == (0 if kill_after is None else -signal.SIGKILL)
    return finished


def _snapshot(db: Database) -> list[tuple[Any, ...]]:
    with db.connect() as conn:
        return sorted(
            tuple(row)
            for row in conn.exec_driver_sql(
                "SELECT key, local_time, sent_at, author_name, text FROM messages"
            )
        )


def _count(db: Database, sql: str) -> Any:
    with db.connect() as conn:
        return conn.exec_driver_sql(sql).scalar_one()


@pytest.mark.slow
def test_killed_imports_resume_to_exactly_the_files_messages(
    tmp_path: Path, check_fts: Any
) -> None:
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    Database.open(url).close()
    for kill_after in (BATCH, 9 * BATCH):
        assert not _run_child(url, kill_after)
        with Database.open(url) as db:
            partial = _count(db, "SELECT count(*) FROM messages")
            assert kill_after <= partial < COUNT
            assert partial % BATCH == 0  # whole batches or nothing: every key here is new
            assert _count(db, "SELECT count(*) FROM imports WHERE status = 'running'") == 1
            check_fts(db)
    assert _run_child(url, None)

    reference_url = f"sqlite:///{tmp_path / 'clean.db'}"
    assert _run_child(reference_url, None)
    with Database.open(url) as db, Database.open(reference_url) as reference:
        assert _count(db, "SELECT count(*) FROM messages") == COUNT
        assert _count(db, "SELECT count(DISTINCT key) FROM messages") == COUNT
        assert _snapshot(db) == _snapshot(reference)
        check_fts(db)
        with db.connect() as conn:
            statuses = conn.exec_driver_sql("SELECT status, error FROM imports ORDER BY id").all()
        assert [tuple(s) for s in statuses] == [
            ("failed", "interrupted"), ("failed", "interrupted"), ("done", None),
        ]  # fmt: skip


# --- any batching, any order of overlapping exports: the same stored set ---------------

_message = st.tuples(
    st.integers(0, 3),  # minute
    st.sampled_from(["Ana", "Ben", None]),
    st.sampled_from(["ok", "ok 👍", "Grüße", "see you at 8"]),
    st.sampled_from(["text", "system"]),
)


def _history(raw: list[tuple[int, str | None, str, MessageKind]]) -> list[ParsedMessage]:
    start = datetime(2024, 10, 27, 2, 58)  # around the autumn overlap in Berlin
    return [
        ParsedMessage(line, start + timedelta(minutes=minute), author, text, kind)
        for line, (minute, author, text, kind) in enumerate(raw, 1)
    ]


@pytest.fixture(scope="module")
def shared_db() -> Iterator[Database]:
    """One database for every generated example; each example uses fresh chat keys."""
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{folder}/property.db")
        yield database
        database.close()


_chat_keys = itertools.count()


def _stored(db: Database, chat_id: int) -> list[tuple[Any, ...]]:
    with db.connect() as conn:
        return sorted(
            tuple(row)
            for row in conn.exec_driver_sql(
                "SELECT key, local_time, sent_at, author_name, kind, text FROM messages"
                " WHERE chat_id = ?",
                (chat_id,),
            )
        )


@settings(max_examples=60, deadline=None)
@given(
    raw=st.lists(_message, max_size=40),
    cuts=st.lists(st.integers(0, 40), max_size=4),
    batch_sizes=st.lists(st.integers(1, 12), min_size=5, max_size=5),
    data=st.data(),
)
def test_any_batching_and_export_order_store_the_same_set(
    shared_db: Database,
    raw: list[tuple[int, str | None, str, MessageKind]],
    cuts: list[int],
    batch_sizes: list[int],
    data: st.DataObject,
) -> None:
    history = _history(raw)
    # Exports of one chat made at different times: prefixes of its history, the last complete.
    exports = [history[:cut] for cut in cuts] + [history]
    order = data.draw(st.permutations(range(len(exports))))

    def run(messages: list[ParsedMessage], key: str, batch_size: int) -> int:
        return import_messages(
            shared_db, chat_key=key, chat_name=key, timezone="Europe/Berlin",
            messages=messages, source_path="p", batch_size=batch_size,
        ).chat_id  # fmt: skip

    reference = run(history, f"reference-{next(_chat_keys)}", max(len(history), 1))
    key = f"merged-{next(_chat_keys)}"
    for position, index in enumerate(order):
        merged = run(exports[index], key, batch_sizes[position % len(batch_sizes)])
    expected = _stored(shared_db, reference)
    assert len(expected) == len(history)
    assert _stored(shared_db, merged) == expected
