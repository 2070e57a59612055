"""Invariants of the Ukrainian/Russian grammar on any text: it never raises, spans are valid."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.slavic import _extract  # the inner reader: ``extract`` would hide a raise

WORDS = ["противник", "атакував", "збито/подавлено", "влучання", "не", "досягли", "цілей", "БпЛА",
         "ракет", "ракета", "ракетою", "двома", "сто", "двадцять", "одна", "із", "них", "у", "ніч",
         "на", "червня", "(з", "18:00", ")", "Київщину", "загинули", "людини", "–", ":", "\n-", ";",
         "ЦІЛЕЙ", "уничтожены", "над", "территорией", "Брянской", "области", "понад", "близько",
         "Х-59/69", "«Бандероль»", "А", "також", ".", ",", "300–400", "1 200", "ще", "ещё", "локаційно",
         "втрачено", "подавлены", "средствами", "РЭБ", "—"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.integers(0, 3000).map(str)), max_size=60).map(" ".join),
)
published = st.one_of(st.none(), st.dates(), st.datetimes(timezones=st.just(dt.UTC)))


@settings(max_examples=300, deadline=None)
@given(texts, published)
def test_never_raises_and_spans_are_in_the_text(text: str, when: dt.datetime | dt.date | None) -> None:
    claims, places = _extract(text, when)
    for c in claims:
        assert 0 <= c.evidence.start < c.evidence.end <= len(text)
        assert c.n >= 0
    assert all(isinstance(p, str) for p in places)
