"""Patterns rewritten so every alternative starts with a letter match where their plain form does.

A search with a pattern whose alternatives all start with a literal jumps between the
characters that can start one; a leading ``\\b`` or look-behind makes the engine try
every alternative at every character. The rewritten forms check the word start behind
the first letters instead. A place name read possessively (``[\\w'’-]++``) never gives
letters back, which cannot matter where a space or comma must follow it. These
properties compare each rewritten pattern with its plain form.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import dates, scan
from skytally.extract import patterns as px
from skytally.extract.triggers import fold, folded

PLAIN_ATTACK_CONTEXT = folded(
    r"attack|strike|struck|drone|missile|rocket|shelling|shelled|bomb|\bhit|kill|injur|wound|dead\b|died|"
    r"explosion|air\s+defen|shot\s+down|intercept|debris|air\s+(?:raid|alert)|damage|UAV|Shahed|destroy|"
    r"(?<!cease)fire\b|blast|casualt|\btarget(?:s|ed|ing)?\b")
WORDS = ("hit", "white", "shit", "fire", "ceasefire", "cease", "fired", "target", "targets", "retargeted",
         "targeting", "dead", "deadline", "UAV", "air", "defence", "shot", "down", "the", "-", ".", "x")
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text("aefhirtx- ", max_size=5)), max_size=12).map(
    lambda words: fold("".join(words)))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 6))
def test_attack_context_matches_where_the_plain_pattern_does(text: str, start: int) -> None:
    found = [m.span() for m in px.ATTACK_CONTEXT_RE.finditer(text, start)]
    assert found == [m.span() for m in PLAIN_ATTACK_CONTEXT.finditer(text, start)]


PLAIN_ATTACKED_AT = folded(
    r"\b(?:in|on|over|at|towards?|near|across|around|into|hit|struck|attacked|targeted|targeting|shelled|"
    r"bombed|against)\s+(?:the\s+)?(?:(?:Ukrainian\s+|Russian\s+)?(?:capital|city|region|centre|center|"
    r"outskirts|suburbs?|skies|district)\s+(?:of\s+)?)?$"
    r"|[A-Z][\w'’-]+(?:\s+(?:region|oblast|Oblast|Region))?\s*(?:,|,?\s+and)\s+$")
PLACE_WORDS = ("Kharkiv", "Odesa", "Poland", "region", "oblast", "and", "in", "the", "capital", "of", ",",
               "hit", "Dnipro's", "Zaporizhzhia-", " ", "  ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLACE_WORDS), max_size=10).map(lambda words: fold(" ".join(words) + " ")))
def test_possessive_place_name_reads_as_the_plain_one(text: str) -> None:
    found = scan._ATTACKED_AT_RE.search(text)
    plain = PLAIN_ATTACKED_AT.search(text)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("2024", "2019", "20245", "x2024", "_2021", "2", "20", " ", ".", "-", "é")),
                max_size=8).map("".join), st.integers(0, 4))
def test_year_led_by_its_digit_matches_where_the_plain_pattern_does(text: str, start: int) -> None:
    plain = re.compile(r"\b20[12]\d\b")
    assert [m.span() for m in dates._YEAR_RE.finditer(text, start)] == [
        m.span() for m in plain.finditer(text, start)]
