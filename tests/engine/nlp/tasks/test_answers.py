"""Promises that accept an earlier ask instead of adding a task."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks

ZONE = ZoneInfo("America/Sao_Paulo")
START = datetime(2026, 4, 9, 7, 50, tzinfo=ZONE)


def run(*lines: tuple[int, str, str], language: str) -> list[ExtractedTask]:
    messages = [
        ChatMessage(i, START + timedelta(minutes=m), who, text, line=i + 1)
        for i, (m, who, text) in enumerate(lines)
    ]
    return extract_tasks(messages, languages=[language], is_group=True)


def test_a_later_promise_of_the_same_action_accepts_the_ask() -> None:
    tasks = run(
        (0, "Renata", "Bia, imprime a autorização da excursão do Lucas hoje?"),
        (250, "Bia", "vou imprimir na escola no intervalo"),
        (500, "Bia", "impressa ✅ deixei na mesa da sala"),
        language="pt",
    )
    assert [(t.source.line, t.status) for t in tasks] == [(1, "done")]
    assert tasks[0].completed_by is not None and tasks[0].completed_by.line == 3


def test_a_promise_to_whoever_pa_is_accepts_the_ask() -> None:
    tasks = run(
        (0, "Dimas", "Pa, boleh minta uang buat beli jersey futsal? 150rb aja 🙏"),
        (60, "Budi", "Nanti Papa transfer"),
        (210, "Budi", "Udah Papa transfer ya Dim"),
        language="id",
    )
    assert [(t.source.line, t.status) for t in tasks] == [(1, "done")]
