"""Political events: one sentence → expected events, written here, one case per rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skytally.extract.politics import (
    KIND_PATTERNS,
    PoliticalKind,
    extract_political_events,
    participants,
    resolve_date,
    sentence_kinds,
)

K = PoliticalKind
PUBLISHED = dt.date(2025, 3, 14)  # a Friday

CASES = [
    ("Zelensky spoke by phone with Macron on Thursday about air defence.",
     {(K.PHONE_CALL, ("Zelensky", "Macron"))}),
    ("Trump met with Putin in Alaska.", {(K.MEETING, ("Trump", "Putin"))}),
    ("Kim Jong Un and Putin held a summit in Vladivostok.", {(K.MEETING, ("Kim Jong Un", "Putin"))}),
    ("Delegations from Moscow and Kyiv resumed peace talks in Istanbul.",
     {(K.PEACE_TALKS, ("Russia", "Ukraine"))}),
    ("Kyiv proposed a 30-day ceasefire on energy infrastructure.", {(K.CEASEFIRE, ("Ukraine",))}),
    ("The EU adopted a new sanctions package against Russia.",
     {(K.SANCTIONS_ANNOUNCED, ("European Union", "Russia"))}),
    ("The mayor called for tougher sanctions on Moscow after the strike.",
     {(K.SANCTIONS_DEMANDED, ("Russia",))}),
    ("Germany has delivered two more IRIS-T systems to Ukraine.",
     {(K.WEAPONS_ANNOUNCED, ("Germany", "Ukraine"))}),
    ("Washington paused deliveries of Patriot interceptors to Kyiv.",
     {(K.WEAPONS_PAUSED, ("United States", "Ukraine"))}),
    ("Kyiv urged its partners to provide more air defence systems.", set()),
    ("The drones were made from US-supplied parts.", set()),
    ("Hopes for peace talks are fading.", set()),
    ("Russia launched 120 drones overnight; 90 were shot down.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_sentence_gives_expected_events(sentence: str, expected: set[tuple[K, tuple[str, ...]]]) -> None:
    events = extract_political_events(sentence, PUBLISHED)
    assert {(e.kind, e.participants) for e in events} == expected


def test_evidence_is_the_sentence_and_date_resolves_weekday() -> None:
    text = "Strikes hit Kharkiv.\nOn Tuesday, Zelensky had a call with Starmer. More later."
    (event,) = extract_political_events(text, PUBLISHED)
    assert event.evidence.quote(text) == "On Tuesday, Zelensky had a call with Starmer."
    assert event.date == dt.date(2025, 3, 11)


def test_same_event_twice_in_a_document_is_one() -> None:
    text = "Trump met with Putin. Later Trump met with Putin again."
    assert len(extract_political_events(text)) == 1


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On 2 March the talks began.", dt.date(2025, 3, 2)),
    ("On December 30, 2024 they met.", dt.date(2024, 12, 30)),
    ("On December 30 they met.", dt.date(2024, 12, 30)),
    ("Yesterday they met.", dt.date(2025, 3, 13)),
    ("They met.", PUBLISHED),
    ("Putin and Kim met for a rare summit in September.", None),
    ("They met in March, the ministry said.", PUBLISHED),
    ("They may meet again.", PUBLISHED),
])
def test_dates(sentence: str, expected: dt.date | None) -> None:
    assert resolve_date(sentence, PUBLISHED) == expected


def test_no_date_without_publication_or_calendar_date() -> None:
    assert resolve_date("On Monday they met.", None) is None


def test_participants_ignore_lowercase_us() -> None:
    assert participants("Let us hope the US and the UK agree.") == ("United States", "United Kingdom")


@given(st.text(max_size=300))
def test_never_raises_and_spans_reproduce_text(text: str) -> None:
    for event in extract_political_events(text, PUBLISHED):
        assert 0 <= event.evidence.start < event.evidence.end <= len(text)
        assert event.evidence.quote(text).strip() == event.evidence.quote(text)


FRAGMENTS = ["Zelensky", "spoke by phone with", "held a call", "met with", "Meeting between", "summit",
             "peace talks", "negotiating team", "talks between", "cease-fire", "truce", "imposed new",
             "sanctions", "called for", "has been sanctioned", "paused", "does not have", "deliveries",
             "delivered", "Handed over", "Patriot", "systems", "military aid", "announced a new", "the",
             "Kyiv", "on Monday", "in September", "drones", ",", "."]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join))
def test_triggers_never_hide_a_match(sentence: str) -> None:
    """The word gate only saves time: every kind whose pattern matches is still found."""
    found = {kind for kind, pattern in KIND_PATTERNS.items() if pattern.search(sentence)}
    assert sentence_kinds(sentence) == found
