"""How a later message reads as news about earlier work, clause by clause."""

from __future__ import annotations

from engine.nlp.tasks.replies import DONE, NONE, PLAIN, REPORT, read_reply
from engine.nlp.tasks.reply_cues import word_stems


def test_levels_of_a_reply() -> None:
    assert read_reply("done ✅", "en").level == DONE
    assert read_reply("Quote attached as promised 👇", "en").level == REPORT
    assert read_reply("Lasagna is in your fridge", "en").level == PLAIN
    assert read_reply("can you check it arrived?", "en").level == NONE
    assert read_reply("Druckdateien sind fertig und raus an die Druckerei ✅", "de").level == DONE


def test_a_clause_under_way_or_negated_is_held_not_said() -> None:
    reading = read_reply("Cups are here 📦 doing the stickers now", "en")
    assert "stic" in reading.held and "stic" not in reading.said
    assert read_reply("Hecho no, pero lo hago", "es").level < REPORT
    assert read_reply("kalau udah ditransfer, kabarin ya", "id").level == NONE


def test_a_statement_beside_an_ask_is_its_reason() -> None:
    assert read_reply("Can you send me the login? I'm blocked on staging", "en").level == NONE
    # ...but a request for feedback comes with a delivery
    assert read_reply("Sitemap is on page 2. Let me know what you think", "en").level == PLAIN


def test_receipts_me_too_and_everyone() -> None:
    assert read_reply("Ist angekommen, danke!", "de").receipt
    assert read_reply("yo también", "es").me_too
    assert read_reply("Quote tutte arrivate ✅ grazie", "it").everyone


def test_kinship_words_pronouns_and_days_name_nothing() -> None:
    assert read_reply("listo mamá", "es").named == frozenset()
    assert read_reply("done bhaiya", "hi").named == frozenset()
    assert word_stems("Ich freu mich auf Freitag", "de") == frozenset({"freu"})
