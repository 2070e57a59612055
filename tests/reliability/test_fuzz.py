"""Fuzzing the whole pipeline front: whatever the text or bytes, no error, valid spans, same answer.

The extractor and the readers each have a safety net (an error becomes an empty result or a
``Failure``), so "never raises" is checked behind it: no error is logged by the extractor and no
reader ends an input with "unexpected error". Example counts are kept modest for CI.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skytally.extract import MAX_FIGURE, extract_document
from skytally.ingest import READERS, read_bytes, read_paths
from skytally.models import Document, Failure

# SKYTALLY_FUZZ_EXAMPLES=2000 for a long local run; CI keeps the default small.
EXAMPLES = int(os.environ.get("SKYTALLY_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
READER_FUZZ = settings(FUZZ, max_examples=max(EXAMPLES * 2 // 3, 1))

WORDS = [
    "Russia", "launched", "shot down", "drones", "missiles", "Shahed", "Kh-101", "Iskander-M", "ballistic",
    "guided bombs", "killed", "injured", "at least", "about", "all", "both", "a dozen", "overnight",
    "on Friday", "Kyiv", "Odesa", "air defence", "intercepted", "hit", "of them", "out of", "since",
    "Вночі", "ворог", "атакував", "ударними", "БпЛА", "ракетами", "збито", "знешкоджено", "загинули",
    "поранені", "щонайменше", "Київ", "Харків", "дронів", "ракет", "сбито", "беспилотников",
    "04:30", "24.06.2025", "2025-07-04", "10^100", "99999999999999999999999", "1,300", "250", "7", "0",
]
ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "Z", "S", "Cc"))
LETTERS = "abcdefghijklmnopqrstuvwxyzабвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъ0123456789 .,;:-—()«»\"'\n%№"
texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=300),
    st.text(alphabet=LETTERS, max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=LETTERS, max_size=6)), max_size=60)
      .map(" ".join),
)
published = st.one_of(st.none(), st.dates(), st.datetimes(timezones=st.just(dt.UTC)))


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def logged_errors(name: str) -> Iterator[list[logging.LogRecord]]:
    """Error records logged under ``name`` while the block runs (the safety nets log there)."""
    handler = _Errors()
    logger = logging.getLogger(name)
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


@FUZZ
@given(texts, published, st.sampled_from([None, "en", "uk", "ru"]))
def test_extractor_never_fails_spans_valid_deterministic(text: str, when: dt.date | None,
                                                         language: str | None) -> None:
    doc = Document(id="fuzz", text=text, published=when, language=language)
    with logged_errors("skytally.extract") as errors:
        first = extract_document(doc)
        second = extract_document(doc)
    assert not errors, errors[0].getMessage()
    assert first == second
    for claim in first.claims:
        assert 0 <= claim.evidence.start < claim.evidence.end <= len(text)
        assert text[claim.evidence.start:claim.evidence.end].strip()
        assert 0 <= claim.n <= MAX_FIGURE


# ---- readers ------------------------------------------------------------------------------------

REPORT = "Russia launched 62 drones at Ukraine overnight; 51 were shot down over Kyiv."


def _warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    html = f"<html><body><article><p>{REPORT}</p></article></body></html>".encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    writer.write_record(writer.create_warc_record("https://example.test/1", "response",
                                                  payload=io.BytesIO(html), http_headers=headers))
    return buf.getvalue()


SEEDS: dict[str, bytes] = {
    "text": REPORT.encode(),
    "scraped": f"Teaser\nDrones over Kyiv\nDrones over Kyiv\nSub\n{REPORT}\n".encode(),
    "html": f"<html lang='en'><head><title>Night</title></head><body><p>{REPORT}</p></body></html>".encode(),
    "feed": (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Night'
             f"</title><pubDate>Sat, 15 Mar 2025 08:00:00 GMT</pubDate><description>{REPORT}</description>"
             "</item></channel></rss>").encode(),
    "jsonl": (json.dumps({"id": "a", "text": REPORT, "published": "2025-03-15"}) + "\n"
              + json.dumps({"id": "b", "text": "Вночі ворог атакував 45 ударними БпЛА."}) + "\n").encode(),
    "json": json.dumps([{"id": "a", "text": REPORT, "published": "2025-03-15T08:00:00+02:00"}]).encode(),
    "csv": f'id,text,published\na,"{REPORT}",2025-03-15\nb,Second report.,\n'.encode(),
    "warc": _warc(),
    "telegram": json.dumps({"name": "Air Force", "type": "public_channel", "id": 1, "messages": [
        {"id": 7, "type": "message", "date": "2025-03-15T08:00:00",
         "text": ["Shot down ", {"type": "bold", "text": "51"}, " drones."]}]}).encode(),
}
assert set(SEEDS) == set(READERS), "a reader without a fuzz seed"


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` cut, with bytes flipped, inserted or deleted, or plain random bytes."""
    kind = draw(st.sampled_from(["cut", "flip", "insert", "delete", "random"]))
    if kind == "random":
        return draw(st.binary(max_size=400))
    data = bytearray(seed)
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data)))])
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif data:
            del data[at: at + draw(st.integers(1, 16))]
    return bytes(data)


def _bug(items: list[Document | Failure]) -> str | None:
    """A reason showing the reader itself broke (its safety net caught an error), if any."""
    return next((i.reason for i in items if isinstance(i, Failure) and "unexpected error" in i.reason), None)


def _check(read: Callable[[], list[Document | Failure]]) -> None:
    with logged_errors("skytally.ingest") as errors:
        first, second = read(), read()
    assert _bug(first) is None, _bug(first)
    assert not errors, errors[0].getMessage()
    assert first == second
    for item in first:
        if isinstance(item, Document):
            assert item.text.strip() and item.id
        else:
            assert item.reason and item.source


@pytest.mark.parametrize("fmt", sorted(READERS))
@READER_FUZZ
@given(data=st.data())
def test_every_reader_survives_any_bytes_from_a_file(fmt: str, data: st.DataObject) -> None:
    raw = data.draw(mutated(SEEDS[fmt]), label="bytes")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(raw)
        _check(lambda: list(read_paths([str(path)], input_format=fmt)))


@FUZZ
@given(data=st.data())
def test_sniffing_reader_choice_survives_any_bytes(data: st.DataObject) -> None:
    """Without ``--input-format``: whatever the sniffer picks for mutated bytes copes with them."""
    fmt = data.draw(st.sampled_from(sorted(SEEDS)), label="seed")
    raw = data.draw(mutated(SEEDS[fmt]), label="bytes")
    _check(lambda: list(read_bytes(raw, "-")))


# ---- dates and times are never counts -----------------------------------------------------------

DATES_EN = ["at 04:30", "04:30", "at 23:15", "2025-07-04", "on 24.06.2025", "24.06.2025", "July 4",
            "4 July 2025", "on 2025-07-04", "at 5:45 a.m.", "11/03/2025", "in 2025", "since 2022",
            "on Friday, 27 June", "from 23:15 to 04:30"]
DATES_UK = ["о 04:30", "24.06.2025", "24.06.2025 р.", "з 23:15 до 04:30", "4 липня", "27 червня 2025 року",
            "2025-07-04", "о 5:45", "у 2022 році"]
DATE_PARTS = {4, 30, 23, 15, 2025, 7, 24, 6, 5, 45, 11, 3, 2022, 27}
WORDS_EN = ["Russia", "launched", "drones", "missiles", "shot down", "were", "over", "Kyiv", "attacked",
            "hit", "overnight", "air defence", "intercepted", "the", "enemy", "with", ",", ".", ";", "\n"]
WORDS_UK = ["ворог", "атакував", "дронами", "ракетами", "збито", "знешкоджено", "над", "Києвом", "Вночі",
            "ударними", "БпЛА", "сили", "оборони", ",", ".", ";", "—", "\n"]


def _dated(dates: list[str], words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(dates), st.sampled_from(words)), min_size=1, max_size=40) \
        .map(" ".join)


@FUZZ
@given(st.one_of(_dated(DATES_EN, WORDS_EN), _dated(DATES_UK, WORDS_UK)))
def test_numbers_in_dates_and_times_are_never_counts(text: str) -> None:
    claims = extract_document(Document(id="dates", text=text)).claims
    assert not [c for c in claims if c.n in DATE_PARTS], [(c.outcome.value, c.n) for c in claims]


def test_an_english_date_before_ukrainian_words_is_no_count() -> None:
    claims = extract_document(Document(id="mixed", text="July 4 атакував дронами")).claims
    assert not claims, [(c.outcome.value, c.n) for c in claims]
