"""Who a clause speaks to: names, nicknames and words like 'mom' or 'pa'."""

from __future__ import annotations

import pytest

from engine.nlp.lexicon import task_lexicon
from engine.nlp.tasks.address import accepts, address_term, lookup, trailing_vocative, vocative
from engine.nlp.tasks.assignee import participant_names

NAMES = participant_names(
    ["Juliana", "Gabriel", "Valeria", "Salim Bhai", "Deepak", "Vó Cida", "Mamie Jo", "Dimas"]
)


@pytest.mark.parametrize(
    ("clause", "language", "who", "rest"),
    [
        ("ju, você fica no caixa sexta?", "pt", "Juliana", "você fica no caixa sexta?"),
        ("gabi, você pega minha encomenda?", "pt", "Gabriel", "você pega minha encomenda?"),
        ("vó, traz aquela sua farofa?", "pt", "Vó Cida", "traz aquela sua farofa?"),
        ("mamie, tu pourrais nourrir caramel ?", "fr", "Mamie Jo", "tu pourrais nourrir caramel ?"),
        ("ok deepak, quotation le lo", "hi", "Deepak", "quotation le lo"),
    ],
)
def test_names_and_nicknames_are_vocatives(clause: str, language: str, who: str, rest: str) -> None:
    found = vocative(clause, NAMES, task_lexicon(language))
    assert (found.who, found.rest) == (who, rest)


@pytest.mark.parametrize(
    ("clause", "language"),
    [
        ("vale, ¿tú reservas el airbnb?", "es"),  # 'vale' is 'ok', not Valeria
        ("gabinete novo chegou", "pt"),  # a nickname needs a pause after it
        ("salim bhai ki bike ki servicing karwa do", "hi"),  # a name as an argument
    ],
)
def test_words_that_only_look_like_names_are_not(clause: str, language: str) -> None:
    assert vocative(clause, NAMES, task_lexicon(language)).who is None


@pytest.mark.parametrize(
    ("clause", "language", "term"),
    [
        ("papa kannst du mich morgen abholen?", "de", "papa"),
        ("mãe, me faz um pix de 50?", "pt", "mãe"),
        ("pa", "id", "pa"),
        ("ok papà mi ricarichi il telefono?", "it", "papà"),
        ("maman faut que tu signes le carnet", "fr", "maman"),
    ],
)
def test_address_terms_speak_to_someone_unnamed(clause: str, language: str, term: str) -> None:
    assert vocative(clause, NAMES, task_lexicon(language)).who is None
    found = address_term(clause, task_lexicon(language))
    assert found is not None and found.term == term


@pytest.mark.parametrize(
    ("clause", "language"),
    [("mama besok pagi ke pasar", "id"), ("papa beli seragam baru tiara", "id")],
)
def test_a_term_as_the_subject_is_the_author_speaking_of_themself(
    clause: str, language: str
) -> None:
    assert address_term(clause, task_lexicon(language)) is None


def test_nicknames_must_start_like_only_one_participant() -> None:
    names = participant_names(["Gabriel", "Gabriela", "Juliana"])
    lex = task_lexicon("pt")
    assert lookup("gabi", names, lex) is None
    assert lookup("ju", names, lex) == "Juliana"
    assert lookup("ju", names, lex, nick=False) is None


def test_a_trailing_mention_is_the_addressee() -> None:
    assert trailing_vocative("can you check this @dimas", NAMES, task_lexicon("en")) == "Dimas"


@pytest.mark.parametrize(
    ("clause", "language", "expected"),
    [
        ("sure", "en", True),
        ("ok 👍", "pt", True),
        ("haan ji", "hi", True),
        ("siap kak", "id", True),
        ("sure thing, but not today", "en", False),
        ("ja aber", "de", False),
    ],
)
def test_acceptances(clause: str, language: str, expected: bool) -> None:
    assert accepts(clause, task_lexicon(language)) is expected
