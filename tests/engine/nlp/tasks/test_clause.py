"""One clause read on its own: splitting, and what a clause promises or asks."""

from __future__ import annotations

import pytest

from engine.nlp.lexicon import task_lexicon
from engine.nlp.tasks.clause import after_condition, clauses, score_clause


def test_clauses_are_fresh_lists_of_the_same_spans() -> None:
    text = "Ok. Can you call the plumber, he's free at 5?"
    first = clauses(text)
    first.append((0, 1))
    assert clauses(text) == [(0, 3), (4, 28), (30, 45)]


@pytest.mark.parametrize(
    ("clause", "language"),
    [
        ("i'll get the car fixed before the trip", "en"),
        ("ich kümmere mich drum, dass die rechnung bezahlt wird", "de"),
        ("ti mando domani il preventivo firmato", "it"),
    ],
)
def test_a_participle_after_the_promised_verb_is_not_the_past(
    clause: str, language: str
) -> None:
    scored = score_clause(clause, task_lexicon(language), has_date=False)
    assert scored is not None and scored[0] == "commitment"


def test_the_tense_right_after_the_cue_still_makes_a_report() -> None:
    assert score_clause("je t'ai envoyé le devis", task_lexicon("fr"), has_date=False) is None
    assert score_clause("ti ho mandato il preventivo", task_lexicon("it"), has_date=False) is None


@pytest.mark.parametrize(
    ("clause", "language", "kind"),
    [
        ("once josh has booked the cottage i'll do a tesco order", "en", "commitment"),
        ("quando hai finito tu mi mandi le foto", "it", "request"),
    ],
)
def test_after_a_condition_the_promise_or_ask_is_found(
    clause: str, language: str, kind: str
) -> None:
    scored = after_condition(clause, task_lexicon(language), False, False)
    assert scored is not None and scored[0] == kind


def test_no_condition_no_reading() -> None:
    assert after_condition("i'll do a tesco order", task_lexicon("en"), False, False) is None
