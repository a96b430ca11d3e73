"""Which messages carry a task, and of what kind: rules checked in several languages."""

from __future__ import annotations

import pytest

from engine.nlp.lexicon import task_lexicon
from engine.nlp.tasks.assignee import participant_names
from engine.nlp.tasks.detect import Detection, detect_all

NAMES = participant_names(["Marcelo Souza", "Juliana", "Pedro", "Sofia", "Thomas", "Kavya"])


def detect(text: str, language: str, dated: bool = False) -> list[Detection]:
    return detect_all(text, task_lexicon(language), NAMES, dated, dated)


def kinds(text: str, language: str, dated: bool = False) -> list[str]:
    return [d.kind for d in detect(text, language, dated)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sure, I'll tell finance", "en"),
        ("Sure, finance ko bol deti hoon", "hi"),
        ("Ja, trag ich mir ein", "de"),
        ("Eita 😬 ok, tiro da pauta", "pt"),
        ("Haan chala jaunga", "hi"),
        ("Oui, je m'en occupe", "fr"),
    ],
)
def test_a_promise_after_only_an_acceptance_answers_the_ask(text: str, language: str) -> None:
    assert detect(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("Ok, I'll send it Friday", "en"), ("Ja, ich schick's dir am Montag", "de")],
)
def test_a_dated_acceptance_still_reads_as_a_promise(text: str, language: str) -> None:
    # The pipeline moves the date onto the request it accepts, so the promise must survive.
    assert kinds(text, language, dated=True) == ["commitment"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rodrigo, ainda preciso do acesso ao Meta Business 🙏", "pt"),
        ("Pooja listing abhi bhi purani dikh rahi hai Zomato pe 🙏 check karo", "hi"),
        ("Still waiting for the invoice, can you send it?", "en"),
        ("Ich warte immer noch auf die Rechnung, schick sie bitte", "de"),
        ("J'attends toujours les photos, tu peux les envoyer ?", "fr"),
    ],
)
def test_a_nudge_restates_an_earlier_ask(text: str, language: str) -> None:
    assert detect(text, language) == []


def test_a_nudge_leaves_the_authors_own_promise() -> None:
    assert kinds("Still no reply from the bank, I'll call them tomorrow", "en", True) == [
        "commitment"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sag einfach was dir gefällt", "de"),
        ("Let me know what you think", "en"),
        ("Dis-moi ce que tu en penses", "fr"),
        ("Fammi sapere cosa ne pensi", "it"),
    ],
)
def test_asking_for_an_opinion_is_no_task(text: str, language: str) -> None:
    assert detect(text, language) == []


def test_an_opinion_after_other_work_keeps_the_work() -> None:
    text = "Please check the whole contract and let me know what you think"
    assert kinds(text, "en") == ["request"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("car hire sorted, Enterprise at Kendal station, pick up Friday 25th 4pm", "en"),
        ("Corrigé ✅ vérifie de ton côté", "fr"),
        ("50 box udah dikirim ✅ diterima langsung sama beliau", "id"),
    ],
)
def test_a_bare_order_after_a_report_is_how_to_use_the_work(text: str, language: str) -> None:
    assert detect(text, language, dated=True) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Engineer booked, he's coming at 8. Pedro can you open at 7:30?", "en"),
        ("Done, invite bhej do", "hi"),
        ("Health inspector just called! Everyone who's in, tidy the back room", "en"),
    ],
)
def test_an_ask_after_a_report_stands_when_said_as_one(text: str, language: str) -> None:
    assert kinds(text, language, dated=True) == ["request"]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("once Josh has booked the cottage I'll do a Tesco order to be delivered there", "en",
         "commitment"),
        ("Martina, appena arriva la fattura della farina la registri nel gestionale", "it",
         "request"),
    ],
)
def test_a_condition_without_a_comma_is_read_past(text: str, language: str, kind: str) -> None:
    assert kinds(text, language) == [kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aaj batana tha?? Kal se pata tha na tujhe", "hi"),
        ("You should've told me yesterday", "en"),
        ("Tu aurais dû me le dire avant", "fr"),
        ("Avresti dovuto dirmelo prima", "it"),
    ],
)
def test_what_should_have_been_done_is_no_task(text: str, language: str) -> None:
    assert detect(text, language, dated=True) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Arre koi baat nahi, dhyaan rakhna uska", "hi"),
        ("Oh no, pass auf ihn auf", "de"),
        ("Que pena, cuídalo mucho", "es"),
    ],
)
def test_wishing_someone_well_is_no_task(text: str, language: str) -> None:
    assert detect(text, language) == []


def test_a_name_said_in_the_middle_addresses_the_whole_message() -> None:
    [found] = detect("E não esquece de pôr o lixo pra fora quinta, Pedro, é sua semana", "pt")
    assert found.addressee == "Pedro" and found.subject == "name"


def test_a_name_right_after_a_reminder_addresses_the_other_clause() -> None:
    [found] = detect("Dentista do Lucas terça 16h30, não esquece Marcelo", "pt", dated=True)
    assert found.kind == "appointment" and found.addressee == "Marcelo Souza"


@pytest.mark.parametrize(
    ("text", "language"),
    [("everyone pls send me £53.50 by Friday", "en"), ("Leute, überweist mir bis Freitag 20€",
                                                       "de")],
)
def test_a_group_named_in_a_filler_is_asked_as_a_group(text: str, language: str) -> None:
    [found] = detect(text, language, dated=True)
    assert found.subject == "someone" and found.addressee is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Könntest du mir bis Montag die Freigabe geben? Dann bereite ich die Dateien vor", "de"),
        ("Can you approve the logo by Monday? Then I'll prepare the print files", "en"),
    ],
)
def test_a_request_then_a_promise_that_follows_it_are_two_tasks(text: str, language: str) -> None:
    assert kinds(text, language, dated=True) == ["request", "commitment"]


def test_a_promise_giving_the_reason_for_an_ask_is_not_a_second_task() -> None:
    found = detect("Thomas kannst du morgen Lena abholen? Ich arbeite bis spät", "de", True)
    assert [d.kind for d in found] == ["request"] and found[0].addressee == "Thomas"


def test_a_promise_then_an_ask_to_the_group_are_two_tasks() -> None:
    found = detect("Aku yg beli kue ya, kalian transfer 30rb ke aku sebelum lusa", "id", True)
    assert [d.kind for d in found] == ["commitment", "request"]
    assert found[1].subject == "someone"


def test_a_statement_after_a_promise_is_no_order() -> None:
    found = detect("Esta tarde llevo el coche al taller, hace un ruido rarísimo", "es", True)
    assert [d.kind for d in found] == ["commitment"]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Je te montre une première maquette lundi", "fr"), ("Je m'occupe de la déco", "fr")],
)
def test_a_short_opener_can_hide_a_longer_promise(text: str, language: str) -> None:
    assert kinds(text, language, dated=True) == ["commitment"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fer, te mando la cotización 👇 incluye 2 rondas de cambios", "es"),
        ("Quote bhej raha hoon 👇 3 reels + 2 revision rounds", "hi"),
        ("I'll send you the plan ⬇️", "en"),
    ],
)
def test_a_promise_pointing_at_what_is_sent_is_a_delivery(text: str, language: str) -> None:
    assert detect(text, language) == []

