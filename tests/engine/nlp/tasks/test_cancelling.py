"""Which open task a later message calls off, in every language's wording."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks

ZONE = ZoneInfo("Europe/Rome")
START = datetime(2026, 3, 9, 8, 0, tzinfo=ZONE)  # a Monday


PEOPLE = ("Memo", "Sofi", "Pedro", "Léo", "Deepak", "Salim Bhai", "Felix", "Merle", "Davide",
          "Sofia", "Dimas", "Kayla", "Dave")


def run(*lines: tuple[int, str, str], language: str) -> list[ExtractedTask]:
    """Extract from (minutes after Monday 08:00, author, text); everyone in PEOPLE has
    written before, so vocatives name participants."""
    early = [(-60 + i, name, "hi") for i, name in enumerate(PEOPLE)]
    messages = [
        ChatMessage(i, START + timedelta(minutes=m), who, text, line=i + 1 - len(early))
        for i, (m, who, text) in enumerate([*early, *lines])
    ]
    return extract_tasks(messages, languages=[language], is_group=True)


def status(tasks: list[ExtractedTask], line: int) -> str:
    [task] = [t for t in tasks if t.source.line == line]
    return task.status


@pytest.mark.parametrize(
    ("language", "first", "second", "off"),
    [
        ("en", "Kayla please book the dentist for next week", "Dave can you fix the tap?",
         "never mind the dentist, they called us"),
        ("es", "Memo, ¿me llevas tu casa de campaña el jueves?", "Sofi, ¿reservas el tour?",
         "Ya no hace falta la casa de campaña Memo"),
        ("pt", "Pedro, você traz a caixa de som do seu primo?", "Léo, compra o carvão?",
         "Pedro deixa pra lá a caixa de som, o Gabriel tem uma"),
        ("hi", "Deepak, fridge ka quotation le aao kal tak", "Salim bhai, boxes gin lo",
         "Deepak, fridge wala quotation rehne do, mechanic ne theek kar diya"),
        ("id", "Lusa Papa servis mobil ke bengkel Pak Joko ya", "Dimas, beliin galon ya",
         "Ga jadi servis besok, bengkel Pak Joko tutup"),
        ("de", "Felix, kannst du den alten Internetvertrag kündigen?", "Merle, kaufst du Getränke?",
         "Felix, der Internetvertrag hat sich erledigt, Hannah hat gekündigt"),
        ("fr", "Tu pourrais ajouter un module de réservation ?", "Tu m'envoies le devis ?",
         "Finalement laisse tomber le module de réservation"),
        ("it", "Davide porti il tiramisù domenica?", "Sofia, compri il pane?",
         "Davide lascia perdere il tiramisù, lo porta la nonna"),
    ],
)
def test_a_cancellation_calls_off_the_task_it_names(
    language: str, first: str, second: str, off: str
) -> None:
    tasks = run(
        (0, "Ana", first),
        (5, "Ana", second),
        (6, "Bo", "👍"),  # the people named are in the chat
        (60, "Ana", off),
        language=language,
    )
    assert status(tasks, 1) == "cancelled", language
    assert [t.source.line for t in tasks if t.status == "cancelled"] == [1], language


def test_a_question_or_a_no_worries_calls_nothing_off() -> None:
    tasks = run(
        (0, "Dave", "Reminder Kayla has the orthodontist Thursday at 3:45"),
        (1, "Kayla", "can I skip it? my braces are fine"),
        language="en",
    )
    assert status(tasks, 1) == "open"
    french = run(
        (0, "Sophie", "Vous pouvez m'envoyer un devis d'ici jeudi ?"),
        (4, "Théo", "Pas de souci"),
        language="fr",
    )
    assert status(french, 1) == "open"


def test_the_task_due_on_the_day_named_is_the_one_called_off() -> None:
    tasks = run(
        (0, "Laura", "Ricordo a tutti che la quota per la pulizia scale va pagata entro il 20"),
        (10, "Laura", "Domani mattina alle 9 pulizia straordinaria del cortile, chi c'è?"),
        (600, "Laura", "Annullata la pulizia di domani, danno pioggia tutto il giorno"),
        language="it",
    )
    assert status(tasks, 2) == "cancelled"
    assert status(tasks, 1) == "open"
