"""Bad input through the real CLI: every broken file is named (with its line), the good
documents beside it are still read, and the database holds whole documents only.

Each case writes one bad file next to a small good corpus, runs ``skytally extract`` and
``skytally ingest`` on both, and checks that the two commands agree document by document:
the documents stored are those extracted, each with exactly the claims extracted.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from skytally.cli import main
from skytally.extract import MAX_FIGURE

GOOD = [
    {"id": "good-1", "text": "Russia launched 62 drones at Ukraine overnight; 51 were shot down.",
     "published": "2025-03-15"},
    {"id": "good-2", "text": "At least 4 people were injured when a missile hit Odesa overnight.",
     "published": "2025-03-16"},
    {"id": "good-3", "text": "Вночі ворог атакував 45 ударними БпЛА. Сили оборони знешкодили 40 з них.",
     "published": "2025-03-17"},
]
SKYTALLY = [sys.executable, "-c", "from skytally.cli import main; main()"]
REPORT = "Russia launched {n} drones at Ukraine overnight. Air defence shot down {m} drones over Kyiv."


def _jsonl(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _broken_jsonl() -> bytes:
    lines = [json.dumps({"id": f"line-{i}", "text": REPORT.format(n=10 + i, m=5 + i)}) for i in range(5)]
    lines[2] = '{"id": "line-2", "text": "Russia launched 12 dro'  # cut mid-record
    return ("\n".join(lines) + "\n").encode()


def _big_text() -> bytes:
    line = (REPORT.format(n=42, m=30) + " The council met at 10:00 to discuss roads.\n").encode()
    return line * (50 * 1024 * 1024 // len(line) + 1)


def _nested_html() -> bytes:
    depth = 5000
    return ("<html><head><title>Night report</title></head><body>" + "<div>" * depth
            + f"<p>{REPORT.format(n=7, m=5)}</p>" + "</div>" * depth + "</body></html>").encode()


def _broken_feed() -> bytes:
    return (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            b"<item><title>Night</title><description>" + REPORT.format(n=9, m=6).encode()
            + b"</description></item><item><title>Second</title><descr")


def _warc(n: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(n):
        html = (f"<html><head><title>Night {i}</title></head><body><article><p>"
                f"{REPORT.format(n=40 + i, m=30 + i)}</p></article></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(f"https://example.test/night/{i}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    return buf.getvalue()


def _truncated_warc() -> bytes:
    data = _warc(3)
    return data[: int(len(data) * 0.8)]


def _absurd() -> bytes:
    return ("Russia launched 10^100 drones overnight. "
            "Russia launched 99999999999999999999999 drones at Ukraine overnight. "
            f"The enemy fired {'9' * 5000} missiles. "
            "Вночі ворог атакував 99999999999999999999999 ударними БпЛА. "
            "Air defence shot down 12 drones over Kharkiv.").encode()


def _dates_and_times() -> bytes:
    return ("At 04:30 drones attacked Kyiv. On 2025-07-04 drones were shot down over Odesa. "
            "On 24.06.2025 missiles struck Lviv. By 23:15 drones hit Dnipro again.\n"
            "О 04:30 дрони атакували Київ. 24.06.2025 ворог атакував Харків ракетами.").encode()


@dataclass(frozen=True, slots=True)
class Case:
    name: str  # file name of the bad input
    make: Callable[[], bytes]
    failed: str | None  # how the failure is named ("file:line"), None when the file reads fine
    documents: int  # documents read from the bad file
    check: Callable[[list[dict[str, object]]], bool] = lambda claims: True  # on its claims


def _no_absurd(claims: list[dict[str, object]]) -> bool:
    figures = sorted(int(str(c["n"])) for c in claims)
    return figures == [12] or (bool(figures) and max(figures) <= MAX_FIGURE and 12 in figures)


def _no_date_parts(claims: list[dict[str, object]]) -> bool:
    return not {int(str(c["n"])) for c in claims} & {4, 30, 2025, 7, 24, 6, 23, 15}


CASES = [
    Case("empty.txt", lambda: b"", "empty.txt", 0),
    Case("blob.bin", lambda: bytes(range(256)) * 64, "blob.bin", 0),
    Case("big.txt", _big_text, "big.txt", 0),
    Case("broken.jsonl", _broken_jsonl, "broken.jsonl:3", 4),
    Case("bad-utf8.txt", lambda: REPORT.format(n=12, m=9).encode().replace(b" overnight", b" \xff\xfe\xc3"),
         None, 1, lambda cs: {int(str(c["n"])) for c in cs} == {12, 9}),
    Case("cp1251.txt", lambda: "Вночі ворог атакував 45 ударними БпЛА.".encode("cp1251"), None, 1,
         lambda cs: [c["n"] for c in cs] == [45]),
    Case("utf16.txt", lambda: REPORT.format(n=33, m=20).encode("utf-16"), None, 1,
         lambda cs: {int(str(c["n"])) for c in cs} == {33, 20}),
    Case("utf16le.txt", lambda: "Вночі ворог атакував 46 ударними БпЛА.".encode("utf-16-le"), None, 1,
         lambda cs: [c["n"] for c in cs] == [46]),
    Case("nested.html", _nested_html, None, 1, lambda cs: {int(str(c["n"])) for c in cs} == {7, 5}),
    # a feed cut mid-item is read leniently (a warning names the file and position) ...
    Case("broken.xml", _broken_feed, None, 2, lambda cs: all(c["n"] in (9, 6) for c in cs)),
    # ... one with no readable item is a failure
    Case("garbage.rss", lambda: b'<?xml version="1.0"?><rss><channel><title>W</ti\x00tle>', "garbage.rss", 0),
    Case("cut.warc.gz", _truncated_warc, "cut.warc.gz:3", 2),
    Case("deep.jsonl", lambda: b'{"id": "deep", "text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
         + _jsonl([{"id": "after-deep", "text": REPORT.format(n=21, m=20)}]).encode(), "deep.jsonl:1", 1),
    Case("bigint.jsonl", lambda: b'{"id": "big", "text": "x", "n": ' + b"7" * 5000 + b"}\n"
         + _jsonl([{"id": "after-big", "text": REPORT.format(n=23, m=22)}]).encode(), "bigint.jsonl:1", 1),
    Case("deep.json", lambda: b"[" * 50_000 + b"]" * 50_000, "deep.json", 0),
    Case("surrogate.jsonl", lambda: b'{"id": "sur", "text": "Russia launched 31 drones \\ud800."}\n',
         None, 1, lambda cs: [c["n"] for c in cs] == [31]),
    Case("absurd.txt", _absurd, None, 1, _no_absurd),
    Case("dates.txt", _dates_and_times, None, 1, _no_date_parts),
]


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback is a bug, not a message
    return result.exit_code, result.stdout, result.stderr


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _stored_claims(db: Path) -> dict[str, int]:
    per_doc = _rows(db, "SELECT d.id, COUNT(c.id) FROM documents d LEFT JOIN claims c "
                        "ON c.document_id = d.id GROUP BY d.id")
    return {str(doc_id): int(str(n)) for doc_id, n in per_doc}


def _setup(tmp_path: Path, case: Case) -> tuple[Path, Path]:
    good = tmp_path / "good.jsonl"
    good.write_text(_jsonl(GOOD), encoding="utf-8")
    bad = tmp_path / case.name
    bad.write_bytes(case.make())
    return good, bad


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_named_and_the_rest_is_read(tmp_path: Path, case: Case) -> None:
    good, bad = _setup(tmp_path, case)
    code, out, err = _invoke("extract", "--format", "jsonl", str(good), str(bad))
    extracted = [json.loads(line) for line in out.splitlines()]
    assert code == (1 if case.failed else 0), err
    if case.failed:
        assert f"Error: {tmp_path / case.failed}" in err
    assert len(extracted) == len(GOOD) + case.documents  # the good ones and what the bad file holds
    from_bad = extracted[len(GOOD):]
    assert all(case.check(doc["claims"]) for doc in from_bad), from_bad


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_ingest_stores_whole_documents_and_names_failures(tmp_path: Path, case: Case) -> None:
    good, bad = _setup(tmp_path, case)
    db = tmp_path / "skytally.db"
    _, out, _ = _invoke("extract", "--format", "jsonl", str(good), str(bad))
    expected = {doc["id"]: len(doc["claims"]) for doc in map(json.loads, out.splitlines())}
    code, _, err = _invoke("ingest", "--db", str(db), "--no-progress", str(good), str(bad))
    assert code == (1 if case.failed else 0), err
    assert _stored_claims(db) == expected  # every document extracted is stored, each whole
    assert _rows(db, "SELECT COUNT(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)") \
        == [(0,)]
    failures = _rows(db, "SELECT source, line FROM failures")
    if case.failed:
        source, _, line = case.failed.partition(":")
        assert failures == [(str(tmp_path / source), int(line) if line else None)]
    else:
        assert failures == []
    code, _, err = _invoke("ingest", "--db", str(db), "--no-progress", str(good), str(bad))
    assert "0 new, 0 updated" in err  # a re-run changes nothing
    assert _stored_claims(db) == expected
    assert len(_rows(db, "SELECT id FROM failures")) == len(failures)  # and records no failure twice


def test_one_run_over_every_bad_file_names_each_on_stderr(tmp_path: Path) -> None:
    """The real command, in a subprocess: a directory of bad files, one line each on stderr."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    small = [c for c in CASES if c.name != "big.txt"]  # the 50 MB case has its own test above
    for case in small:
        (folder / case.name).write_bytes(case.make())
    (folder / "good.jsonl").write_text(_jsonl(GOOD), encoding="utf-8")
    db = tmp_path / "all.db"
    run = subprocess.run([*SKYTALLY, "ingest", "--db", str(db), str(folder)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    for case in small:
        if case.failed:
            assert str(folder / case.failed) in run.stderr, case.name
    assert f"{folder / 'broken.xml'}: feed is malformed" in run.stderr
    failed = sum(1 for c in small if c.failed)
    assert f"{failed} failed" in run.stderr
    stored = _stored_claims(db)
    assert len(stored) == len(GOOD) + sum(c.documents for c in small)


def test_broken_jsonl_on_standard_input_names_the_line() -> None:
    body = _jsonl(GOOD[:1]) + "{broken\n" + _jsonl(GOOD[1:])
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "-"], input=body.encode())
    assert result.exit_code == 1
    assert "Error: -:2: not JSON" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [g["id"] for g in GOOD]


def test_csv_with_an_unclosed_quote_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('id,text\nc1,"Russia launched 15 drones."\nc2,"Russia launched 16 drones\n'
                    "c3,Russia launched 17 drones.\n", encoding="utf-8")
    code, out, err = _invoke("extract", "--format", "jsonl", str(path))
    assert code == 1 and f"{path}:3" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["c1", "c3"]
