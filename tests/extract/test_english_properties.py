"""Invariants of the English grammar on any text: no errors, valid spans, same answer twice."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract import english

WORDS = ["Russia", "launched", "shot", "down", "drones", "missiles", "all", "14", "of", "the", "were",
         "killed", "injured", "at", "least", "a", "drone", "hit", "Kyiv", "overnight", "on", "Friday",
         "July", "4", "two", "dozen", "1,300", "out", "38", ",", ".", ";", "\n", "including", "Shaheds",
         "Kh-101", "from", "direction", "Kursk", "toll", "rose", "to", "both", "and", "with", "—", "“", "”"]
texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join))
published = st.one_of(st.none(), st.dates(), st.datetimes(timezones=st.just(dt.UTC)))


@settings(max_examples=300, deadline=None)
@given(texts, published)
def test_never_raises_and_spans_are_valid(text: str, when: dt.date | None) -> None:
    claims, places = english._extract(text, when)  # the grammar itself, not its safety net
    for claim in claims:
        assert 0 <= claim.evidence.start < claim.evidence.end <= len(text)
        assert claim.n >= 0
    assert len(places) == len(set(places))


@settings(max_examples=100, deadline=None)
@given(texts, published)
def test_deterministic(text: str, when: dt.date | None) -> None:
    assert english.extract(text, when) == english.extract(text, when)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_sentences_are_ordered_stripped_spans(text: str) -> None:
    from skytally.extract.segment import clauses, sentences

    last = 0
    for sent in sentences(text):
        assert last <= sent.start < sent.end <= len(text)
        piece = text[sent.start:sent.end]
        assert piece == piece.strip() and piece
        for clause in clauses(text, sent):
            assert sent.start <= clause.start < clause.end <= sent.end
        last = sent.end
