"""Record corpora (JSONL, CSV/TSV) under a field mapping, RSS/Atom feeds, Telegram exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from ingest_builders import ATOM, RSS, telegram_export

from skytally.ingest import ReadOptions, read_paths
from skytally.models import Document, Failure

KYIV = ZoneInfo("Europe/Kyiv")


def _read(path: Path, **options: object) -> list[Document | Failure]:
    return list(read_paths([str(path)], options=ReadOptions(**options)))  # type: ignore[arg-type]


def test_jsonl_with_field_mapping_and_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "corpus.jsonl"
    rows = [{"uid": "r1", "body": "Report one.", "day": "2025-03-15", "link": "https://a.example/1",
             "site": "a.example", "headline": "One", "lang": "en"},
            {"uid": "r2", "body": ""},
            {"uid": "r3", "body": "Report three.", "day": "the ides of March"}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n[1, 2]\n\n{\"body\": \"Report five.\"}\n")
    items = _read(p, text_field="body", id_field="uid", date_field="day", url_field="link",
                  outlet_field="site", title_field="headline", language_field="lang")
    first = items[0]
    assert isinstance(first, Document)
    assert (first.id, first.text, first.published, first.url, first.outlet, first.title, first.language) == (
        "r1", "Report one.", dt.date(2025, 3, 15), "https://a.example/1", "a.example", "One", "en")
    failures = [(f.line, f.field) for f in items if isinstance(f, Failure)]
    assert failures == [(2, "body"), (3, "day"), (4, None)]
    assert isinstance(items[-1], Document) and items[-1].source == f"{p}:6"


def test_jsonl_line_with_broken_utf8_is_kept(tmp_path: Path) -> None:
    p = tmp_path / "broken.jsonl"
    p.write_bytes(b'{"id": "x", "text": "Shahed \xff drones: 12 '
                  b'\xd0\xb7\xd0\xb1\xd0\xb8\xd1\x82\xd0\xbe."}\n')
    [doc] = _read(p)
    assert isinstance(doc, Document) and doc.text == "Shahed \ufffd drones: 12 збито."


def test_csv_with_mapping_quoted_newlines_and_bad_rows(tmp_path: Path) -> None:
    p = tmp_path / "corpus.csv"
    p.write_text('key;content;date;source\n'
                 'c1;"Report one,\nwith a second line.";15.03.2025;https://b.example/1\n'
                 'c2;;2025-03-16;\n'
                 'c3;Report three.;2025-03-17;x;extra\n'
                 '\n'
                 'c4;Report four.;2025-03-18;\n', encoding="utf-8")
    items = _read(p, text_field="content", id_field="key", date_field="date", url_field="source")
    docs = [i for i in items if isinstance(i, Document)]
    assert [(d.id, d.text) for d in docs] == [("c1", "Report one,\nwith a second line."),
                                              ("c4", "Report four.")]
    assert docs[0].published == dt.date(2025, 3, 15) and docs[0].url == "https://b.example/1"
    assert docs[1].source == f"{p}:7"
    failures = [(f.line, f.field) for f in items if isinstance(f, Failure)]
    assert failures == [(4, "content"), (5, None)]


def test_csv_without_the_text_column_says_which_columns_exist(tmp_path: Path) -> None:
    p = tmp_path / "corpus.csv"
    p.write_text("id,body\n1,Text.\n")
    [failure] = _read(p)
    assert isinstance(failure, Failure) and failure.field == "text"
    assert "id, body" in failure.reason and "--text-field" in failure.reason


def test_tsv_in_cp1251_with_explicit_delimiter(tmp_path: Path) -> None:
    p = tmp_path / "corpus.tsv"
    p.write_bytes("id\ttext\n1\tЗбито 24 шахеди, ще двоє людей поранені.\n".encode("cp1251"))
    [doc] = _read(p)
    assert isinstance(doc, Document) and doc.text == "Збито 24 шахеди, ще двоє людей поранені."
    p2 = tmp_path / "pipes.txt"
    p2.write_text("id|text\n2|Piped report.\n")
    [doc2] = list(read_paths([str(p2)], input_format="csv", options=ReadOptions(csv_delimiter="|")))
    assert isinstance(doc2, Document) and doc2.text == "Piped report."


def test_rss_items_become_documents_with_stripped_html(tmp_path: Path) -> None:
    p = tmp_path / "wire.rss"
    p.write_text(RSS)
    items = _read(p)
    docs = [i for i in items if isinstance(i, Document)]
    assert docs[0].text == "Drones over Odesa\n\nRussia launched 62 drones overnight;\n\n51 were shot down."
    assert (docs[0].url, docs[0].outlet, docs[0].title, docs[0].language) == (
        "https://wire.example/odesa", "Example Wire", "Drones over Odesa", "en")
    assert docs[0].published == dt.datetime(2025, 3, 15, 6, 30, tzinfo=dt.UTC)
    assert docs[1].published == dt.datetime(2025, 3, 16, 7, 0, tzinfo=dt.UTC)
    assert docs[0].meta["guid"] == "wire-1" and docs[0].source == f"{p}#1"
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.line == 3 and "neither title nor content" in failure.reason


def test_atom_entry(tmp_path: Path) -> None:
    p = tmp_path / "feed.atom"
    p.write_text(ATOM)
    [doc] = _read(p)
    assert isinstance(doc, Document)
    assert doc.text == "Night attack repelled\n\nAir defences destroyed 40 of 45 drones.\nNo one was hurt."
    assert doc.url == "https://atom.example/1" and doc.outlet == "Example Atom"


def test_unreadable_feed_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "broken.rss"
    p.write_text("<rss><channel><item><title>unclosed")
    items = _read(p)
    assert all(isinstance(i, (Document, Failure)) for i in items) and items


MESSAGES = [
    {"id": 101, "type": "message", "date": "2025-03-15T08:15:00", "from": "Example Air Command",
     "text": "Overnight the enemy launched 62 drones."},
    {"id": 102, "type": "service", "date": "2025-03-15T08:16:00", "action": "pin_message", "text": ""},
    {"id": 103, "type": "message", "date": "2025-07-01T23:30:00",
     "text": ["Shot down: ", {"type": "bold", "text": "51"}, " drones. ",
              {"type": "hashtag", "text": "#Odesa"}, " ",
              {"type": "text_link", "text": "details", "href": "https://example.org"}]},
    {"id": 104, "type": "message", "date": "2025-03-15T09:00:00", "photo": "photos/1.jpg", "text": ""},
    {"id": 105, "type": "message", "date": "not a date", "text": "Bad date message."},
    {"id": 106, "type": "message", "date": "2025-03-15T10:00:00", "date_unixtime": "1742025600",
     "text": "Exact time message."},
]


def test_telegram_export_one_document_per_text_message(tmp_path: Path) -> None:
    p = tmp_path / "result.json"
    p.write_text(telegram_export(MESSAGES), encoding="utf-8")
    items = _read(p, channel="@exampleair")
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.text for d in docs] == ["Overnight the enemy launched 62 drones.",
                                      "Shot down: 51 drones. #Odesa details", "Exact time message."]
    assert docs[0].published == dt.datetime(2025, 3, 15, 8, 15, tzinfo=KYIV)
    assert docs[0].published.utcoffset() == dt.timedelta(hours=2)  # type: ignore[union-attr]
    assert docs[1].published.utcoffset() == dt.timedelta(hours=3)  # type: ignore[union-attr]  # summer
    assert docs[2].published == dt.datetime(2025, 3, 15, 8, 0, tzinfo=dt.UTC)
    assert docs[0].url == "https://t.me/exampleair/101" and docs[0].outlet == "Example Air Command"
    assert docs[0].source == f"{p}#1" and docs[0].meta["telegram_id"] == 101
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.line == 5 and failure.field == "date" and "message 105" in failure.reason


def test_telegram_without_username_has_no_url_and_zone_is_an_option(tmp_path: Path) -> None:
    p = tmp_path / "result.json"
    p.write_text(telegram_export(MESSAGES[:1]))
    [doc] = _read(p, timezone="UTC")
    assert isinstance(doc, Document) and doc.url is None
    assert doc.published == dt.datetime(2025, 3, 15, 8, 15, tzinfo=ZoneInfo("UTC"))
    p.write_text(telegram_export(MESSAGES[:1], username="fromexport"))
    [doc] = _read(p)
    assert isinstance(doc, Document) and doc.url == "https://t.me/fromexport/101"


def test_json_that_is_neither_export_nor_records_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "other.json"
    p.write_text('{\n "chats": []\n}')
    [failure] = _read(p)
    assert isinstance(failure, Failure) and "array of objects" in failure.reason
    [failure] = read_paths([str(p)], input_format="telegram")
    assert isinstance(failure, Failure) and "Telegram" in failure.reason


def test_json_array_of_records(tmp_path: Path) -> None:
    p = tmp_path / "dump.json"
    p.write_text(json.dumps([{"id": "a1", "text": "Array report one."}, "not an object",
                             {"id": "a3", "text": ""}, {"id": "a4", "text": "Array report four."}], indent=2))
    items = _read(p)
    assert [i.id for i in items if isinstance(i, Document)] == ["a1", "a4"]
    assert [(f.line, f.field) for f in items if isinstance(f, Failure)] == [(2, None), (3, "text")]
    nested = tmp_path / "nested.json"
    nested.write_text(json.dumps({"count": 1, "documents": [{"body": "Nested report."}]}, indent=2))
    [doc] = _read(nested, text_field="body")
    assert isinstance(doc, Document) and doc.text == "Nested report."
