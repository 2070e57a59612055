"""The designed public surface: what ``import skytally`` offers and how it behaves."""

from __future__ import annotations

import datetime as dt

import skytally


def test_all_is_sorted_and_importable() -> None:
    assert list(skytally.__all__) == sorted(skytally.__all__)
    for name in skytally.__all__:
        assert hasattr(skytally, name), name


def test_extract_claims_accepts_iso_string_dates() -> None:
    claims = skytally.extract_claims("Russia launched 62 drones overnight; 51 were shot down.",
                                     published="2025-03-15")
    assert {(c.outcome.value, c.n) for c in claims} == {("launched", 62), ("shot_down", 51)}
    assert {c.date for c in claims} == {dt.date(2025, 3, 15)}
