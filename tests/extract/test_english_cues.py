"""Attacker cues tried only where their own first words stand find what the whole alternation finds.

``ATTACKER_RE`` tries, at each candidate word, only the cues that list that word as
one they start with. If a cue's word list missed a word it can start with, a match
would be lost; this property compares it with the whole pattern tried at every
candidate word of any cue.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import patterns as px
from skytally.extract.triggers import Alternatives, Triggered

WORDS = ("Russia", "Russian", "Russia's", "russians", "forces", "launched", "fired", "by", "from", "the",
         "Iran", "Iranian", "in", "on", "over", "southern", "Ukraine", "Ukrainian", "air", "force", "enemy",
         "Shahed", "Shaheds", "Kh-101", "ministry", "said", "U.S.", "US", "strikes", "shot", "down",
         "Houthis", "Gaza", "Hezbollah", "Lebanon", "Kyiv", "attacked", "drones", "IDF", "struck", "Israeli",
         "SAF", "Sudanese", "army", "Storm", "Shadow", "Rapid", "Support", "Forces", "Islamic", "Jihad",
         ".", ",")
TEXT = st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join)
WHOLE = Triggered(px.ATTACKER_RE.pattern, px.ATTACKER_RE.first)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_cues_by_first_word_match_as_the_whole_alternation(text: str) -> None:
    found = [(m.span(), m.lastgroup) for m in px.ATTACKER_RE.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in WHOLE.finditer(text)]


def test_an_alternative_is_tried_only_at_its_own_words() -> None:
    alts = Alternatives([(r"(?P<x>red\s+\w+)", ("red",)), (r"(?P<y>\w+\s+car)", ("blue",))])
    assert [(m.group(), m.lastgroup) for m in alts.finditer("a red car and a blue car, green car")] == [
        ("red car", "x"), ("blue car", "y")]
