"""Bytes to text (encodings), scraped-page layout, document identity and dates."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.documents import content_id, normalise_url, parse_published
from skytally.errors import InputError
from skytally.ingest import read_paths
from skytally.ingest.decode import decode, looks_binary, sniff_encoding
from skytally.ingest.scraped import parse_layout
from skytally.models import Document, Failure

UK = "Вночі росіяни атакували область 62 ударними дронами; сили ППО збили 51, ще двоє людей поранені."
RU = "Ночью силы ПВО сбили 24 беспилотника над областью, пострадавших нет."


@pytest.mark.parametrize(("data", "expected"), [
    (UK.encode("cp1251"), UK),
    (RU.encode("cp1251"), RU),
    (RU.encode("koi8-r"), RU),
    (codecs.BOM_UTF8 + UK.encode(), UK),
    (UK.encode("utf-16"), UK),  # with BOM
    (UK.encode("utf-16-le"), UK),
    (UK.encode("utf-16-be"), UK),
    (("Drones: " * 20).encode("utf-16-le"), "Drones: " * 20),
    (b"Plain ASCII report.", "Plain ASCII report."),
])
def test_encodings_are_detected(data: bytes, expected: str) -> None:
    assert decode(data).lstrip("\ufeff") == expected


def test_broken_utf8_keeps_the_good_text() -> None:
    data = UK.encode()[:-5] + b"\xff\xfe" + UK.encode()[-5:]
    text = decode(data)
    assert sniff_encoding(data) == "utf-8" and "сили ППО збили 51" in text and "\ufffd" in text


def test_declared_charset_is_used_only_when_it_fits() -> None:
    assert decode(UK.encode("cp1251"), declared="windows-1251") == UK
    assert decode(UK.encode(), declared="windows-1251") == UK  # valid UTF-8 wins over a wrong label


@settings(deadline=None)  # no timed assertions: charset detection is slow on a busy machine
@given(st.binary(max_size=512))
def test_decode_never_raises(data: bytes) -> None:
    assert isinstance(decode(data), str)
    assert isinstance(looks_binary(data), bool)


def test_files_in_each_encoding_read_as_text(tmp_path: Path) -> None:
    for name, data in [("cp1251.txt", UK.encode("cp1251")), ("utf16.txt", UK.encode("utf-16")),
                       ("utf16le.txt", UK.encode("utf-16-le"))]:
        (tmp_path / name).write_bytes(data)
    docs = list(read_paths([str(tmp_path)]))
    assert [d.text for d in docs if isinstance(d, Document)] == [UK, UK, UK]


SCRAPED = """Learn more

Drones hit a depot near Odesa
Drones hit a depot near Odesa
Air defences downed most of the attackers, the regional head said.

Overnight Russia launched 30 drones at the region; 25 were shot down.
A fire broke out at a warehouse.
"""


def test_scraped_layout_gives_title_subheading_and_body_offset() -> None:
    layout = parse_layout(SCRAPED)
    assert layout is not None
    assert layout.title == "Drones hit a depot near Odesa" and layout.teaser == "Learn more"
    assert layout.subheading == "Air defences downed most of the attackers, the regional head said."
    assert SCRAPED[layout.body_start:].startswith("Overnight Russia launched 30 drones")


def test_scraped_page_file_keeps_the_whole_text(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(SCRAPED)
    [doc] = read_paths([str(p)])
    assert isinstance(doc, Document) and doc.text == SCRAPED
    assert doc.title == "Drones hit a depot near Odesa"
    assert doc.meta["subheading"].startswith("Air defences") and doc.meta["teaser"] == "Learn more"
    assert doc.text[doc.meta["body_start"]:].startswith("Overnight")


@pytest.mark.parametrize("text", [
    "Title\nTitle\nBody only.",  # no teaser, no room for a subheading
    "A\nB\nC\nD\nD\nE\nF",  # repetition too far down is not a title
    "Just one paragraph of text.",
])
def test_layout_edge_cases(text: str) -> None:
    layout = parse_layout(text)
    if text.startswith("Title"):
        assert layout is not None and layout.title == "Title" and layout.subheading is None
        assert text[layout.body_start:] == "Body only."
    else:
        assert layout is None


def test_content_id_ignores_spacing_and_tracking_but_not_content() -> None:
    assert content_id("A  report.\r\n\r\n\r\nLine two. ") == content_id("A report.\n\nLine two.")
    assert content_id("A report.") != content_id("A report!")
    assert content_id("A report.", "https://News.example/a?utm_source=x#top") == \
        content_id("A report.", "https://news.example/a")
    assert content_id("A report.", "https://news.example/a") != content_id("A report.")
    assert normalise_url("https://news.example/a?id=2&fbclid=z") == "https://news.example/a?id=2"


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-03-15", dt.date(2025, 3, 15)),
    ("2025-03-15T06:30:00Z", dt.datetime(2025, 3, 15, 6, 30, tzinfo=dt.UTC)),
    ("Sat, 15 Mar 2025 08:30:00 +0200", dt.datetime(2025, 3, 15, 6, 30, tzinfo=dt.UTC)),
    ("15.03.2025", dt.date(2025, 3, 15)),
    ("15.03.2025 06:30", dt.datetime(2025, 3, 15, 6, 30)),
    (1742020200, dt.datetime(2025, 3, 15, 6, 30, tzinfo=dt.UTC)),
    ("1742020200000", dt.datetime(2025, 3, 15, 6, 30, tzinfo=dt.UTC)),
    (None, None), ("", None),
])
def test_publication_dates(value: object, expected: object) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "31.02.2025", 42, ["2025"]])
def test_bad_dates_name_the_field(value: object) -> None:
    with pytest.raises(InputError) as err:
        parse_published(value, field="when")
    assert err.value.field == "when"


def test_nul_bytes_in_a_text_file_are_binary(tmp_path: Path) -> None:
    p = tmp_path / "blob.txt"
    p.write_bytes(b"PK\x03\x04\x00\x00\x00" * 10)
    [failure] = read_paths([str(p)])
    assert isinstance(failure, Failure) and "binary" in failure.reason


def test_repeated_photo_caption_is_not_the_title() -> None:
    text = ("Drone damages a market in the south\n\nA downed drone (illustrative image)\n"
            "A downed drone (illustrative image)\n\nOvernight 12 drones attacked the region.\n\nMore text.")
    layout = parse_layout(text)
    assert layout is not None and layout.title == "Drone damages a market in the south"
    assert layout.caption == "A downed drone (illustrative image)" and layout.teaser is None
    assert layout.subheading == "Overnight 12 drones attacked the region."
    assert text[layout.body_start:] == "More text."
