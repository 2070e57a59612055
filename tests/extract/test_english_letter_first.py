"""Patterns rewritten so every alternative starts with a letter match where their plain form does.

A search with a pattern whose alternatives all start with a literal jumps between the
characters that can start one; a leading ``\\b`` or look-behind makes the engine try
every alternative at every character. The rewritten forms check the word start behind
the first letters instead; these properties compare them with the plain form.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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
