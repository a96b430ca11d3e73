"""Who must act: address terms resolved from the chat so far, nicknames, two-person chats."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks
from engine.nlp.tasks.assignee import participant_names, termed

ZONE = ZoneInfo("Asia/Jakarta")
START = datetime(2026, 7, 6, 7, 0, tzinfo=ZONE)


def chat(*lines: tuple[str, str]) -> list[ChatMessage]:
    """Messages five minutes apart from 07:00."""
    return [
        ChatMessage(i, START + timedelta(minutes=5 * i), who, text, line=i + 1)
        for i, (who, text) in enumerate(lines)
    ]


def run(language: str, *lines: tuple[str, str]) -> list[ExtractedTask]:
    return extract_tasks(chat(*lines), languages=[language], is_group=True)


def test_nicknames_and_first_names_are_filed() -> None:
    names = participant_names(["Juliana Costa", "Gabriel", "Gabriela", "Pedro"])
    assert names["juliana"] == "Juliana Costa" and names["~ju"] == "Juliana Costa"
    assert "~gab" not in names  # two participants start that way
    assert names["~pe"] == "Pedro"


def test_a_term_goes_to_whom_this_speaker_or_the_others_called_so_before() -> None:
    history = chat(
        ("Rina", "Pa, tolong jemput Tiara jam 4"),  # answered by Budi: Rina's 'pa'
        ("Budi", "Siap Ma"),  # after Rina: Budi's 'ma'
        ("Rina", "Tiara, jangan lupa makan ya"),
        ("Tiara", "iyaa ma"),  # after Rina: Tiara's 'ma'
    )
    people = ["Rina", "Budi", "Tiara", "Dimas"]
    assert termed("ma", "Tiara", history, people) == "Rina"
    assert termed("pa", "Dimas", history, people) == "Budi"  # from how Rina uses it
    assert termed("ma", "Rina", history, people) is None  # nobody is their own 'ma'


def test_a_term_goes_to_the_one_saved_under_it() -> None:
    assert termed("mamie", "Inès", [], ["Claire", "Inès", "Mamie Jo"]) == "Mamie Jo"


def test_others_use_of_a_term_does_not_reach_someone_saved_under_another() -> None:
    # Renata calls Vó Cida 'mãe'; Bia's 'mãe' is somebody else.
    history = chat(("Vó Cida", "Renata, você me leva quinta?"), ("Renata", "Levo sim mãe"))
    assert termed("mãe", "Bia", history, ["Renata", "Vó Cida", "Bia"]) is None


def test_a_request_to_papa_goes_to_whoever_answered_papa_before() -> None:
    tasks = run(
        "de",
        ("Lena", "papa kannst du mich morgen um 18 uhr abholen?"),
        ("Thomas", "Klar"),
        ("Sabine", "Ich bin heute bis 20 Uhr weg"),
        ("Jonas", "papa kannst du mir heute mathe erklären?"),
    )
    maths = next(t for t in tasks if "mathe" in t.title.lower())
    assert maths.assignee == "Thomas"


def test_an_unknown_term_in_a_group_is_nobody_not_the_last_speaker() -> None:
    tasks = run(
        "it",
        ("Giulia", "Brava!!"),
        ("Sofia", "papà mi ricarichi il telefono? sono a 0 giga"),
    )
    assert [t.assignee for t in tasks] == [None]


def test_in_a_two_person_chat_a_proposal_goes_to_the_other() -> None:
    tasks = extract_tasks(
        chat(("Kavya", "Kal 4 baje quick call karein? Final review mere boss ke saath"),
             ("Rohan", "Done")),
        languages=["hi"],
        is_group=False,
    )
    assert [t.assignee for t in tasks] == ["Rohan"]
