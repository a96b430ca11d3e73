"""Cue lists compiled as tries and gated by their first words."""

from __future__ import annotations

from engine.nlp.cues import cleaned, compile_cues, trie


def test_cues_start_only_on_a_word_boundary_and_match_marks_anywhere() -> None:
    cues = compile_cues(["send", "send the", "!!", "🙏"])
    assert cues.search("resend it") is None
    assert cues.search("pls SEND THE file")
    assert cues.findall("wow!! thanks🙏") == ["!!", "🙏"]
    anchored = compile_cues(["can you"], before="^", anchored=True)
    assert anchored.search("can you come") and anchored.search("so can you come") is None


def test_cleaned_phrases_and_an_unbounded_trie() -> None:
    assert cleaned([" Send  the*", "", "OK"]) == {"send the", "ok"}
    assert trie({"ab", "abc"}, bounded=False) == "ab(?:c)?"
    assert trie({"ab"}).startswith("(?<!")
