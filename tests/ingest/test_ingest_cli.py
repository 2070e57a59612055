"""``skytally extract`` reads every format; failures print ``Error: …`` and exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from ingest_builders import ATOM, RSS, article_html, build_warc, telegram_export

from skytally.cli import main
from skytally.documents import content_id


def _extract(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", *args], input=stdin)
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    return result.exit_code, lines, result.stderr


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


INPUTS: list[tuple[str, str, int]] = [
    ("report.txt", "Russia launched 62 drones overnight; 51 were shot down.", 1),
    ("page.txt", "Teaser\nDrones over Odesa\nDrones over Odesa\nSub\nRussia launched 62 drones.\n", 1),
    ("page.html", article_html(), 1),
    ("wire.rss", RSS, 2),  # and one empty item: a failure
    ("feed.atom", ATOM, 1),
    ("docs.jsonl", '{"id": "j1", "text": "Report one."}\n{"id": "j2", "text": "Report two."}\n', 2),
    ("docs.csv", 'id,text\nc1,"Report, one."\nc2,Report two.\n', 2),
    ("result.json", telegram_export([{"id": 7, "type": "message", "date": "2025-03-15T08:00:00",
                                      "text": "Shot down 51 drones."}]), 1),
]


@pytest.mark.parametrize(("name", "content", "documents"), INPUTS)
def test_extract_reads_each_format(tmp_path: Path, name: str, content: str, documents: int) -> None:
    code, lines, stderr = _extract(str(_write(tmp_path, name, content)))
    assert len(lines) == documents
    assert all({"id", "claims", "places"} <= set(x) for x in lines)
    if name == "wire.rss":
        assert code == 1 and f"Error: {tmp_path / name}:3: feed item has neither" in stderr
    else:
        assert code == 0, stderr


def test_extract_reads_a_warc(tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    build_warc(p, [("https://news.example/a", article_html())])
    code, lines, _ = _extract(str(p))
    assert code == 0 and len(lines) == 1


def test_extract_mixed_directory_reports_failures_and_exits_1(tmp_path: Path) -> None:
    for name, content, _ in INPUTS[:3]:
        _write(tmp_path, name, content)
    _write(tmp_path, "empty.txt", "")
    _write(tmp_path, "bad.jsonl", '{"id": "ok", "text": "Fine."}\n{oops\n')
    code, lines, stderr = _extract(str(tmp_path))
    assert code == 1 and len(lines) == 4
    assert f"{tmp_path / 'bad.jsonl'}:2" in stderr and "empty.txt" in stderr
    assert "2 input(s) could not be read" in stderr


def test_csv_column_mapping_and_delimiter_options(tmp_path: Path) -> None:
    p = _write(tmp_path, "corpus.csv", "key|body|when|link|site\nk1|Mapped report.|15.03.2025|"
                                       "https://c.example/1|c.example\n")
    code, lines, stderr = _extract("--text-field", "body", "--id-field", "key", "--date-field", "when",
                                   "--url-field", "link", "--outlet-field", "site", "--csv-delimiter", "|",
                                   str(p))
    assert code == 0, stderr
    assert [x["id"] for x in lines] == ["k1"]


def test_telegram_channel_option_sets_urls_and_ids(tmp_path: Path) -> None:
    message = {"id": 7, "type": "message", "date": "2025-03-15T08:00:00", "text": "Shot down 51 drones."}
    p = _write(tmp_path, "result.json", telegram_export([message]))
    code, lines, _ = _extract("--channel", "exampleair", str(p))
    assert code == 0
    assert lines[0]["id"] == content_id("Shot down 51 drones.", "https://t.me/exampleair/7")


def test_bad_option_values_are_errors(tmp_path: Path) -> None:
    p = _write(tmp_path, "a.txt", "Text.")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", "--timezone", "Mars/Olympus", str(p)])
    assert result.exit_code == 2 and "unknown time zone" in result.output
    result = runner.invoke(main, ["extract", "--csv-delimiter", ";;", str(p)])
    assert result.exit_code == 2


def test_stdin_is_sniffed(tmp_path: Path) -> None:
    code, lines, _ = _extract("-", stdin=article_html().encode())
    assert code == 0 and len(lines) == 1
    code, lines, _ = _extract("-", stdin=b'{"id": "s1", "text": "From stdin."}\n')
    assert code == 0 and [x["id"] for x in lines] == ["s1"]


def test_url_without_fetch_is_an_error() -> None:
    code, lines, stderr = _extract("https://news.example/a")
    assert code == 1 and not lines and "--fetch" in stderr


def test_input_format_override(tmp_path: Path) -> None:
    p = _write(tmp_path, "odd.data", '{"id": "o1", "text": "Override."}\n')
    code, lines, _ = _extract("--input-format", "text", str(p))
    assert code == 0 and lines[0]["id"] != "o1"
    code, lines, _ = _extract("--input-format", "jsonl", str(p))
    assert code == 0 and lines[0]["id"] == "o1"


def test_stdin_jsonl_is_streamed_across_the_sniffed_head() -> None:
    lines = [json.dumps({"id": f"s{i}", "text": f"Report {i}. " + "x" * 300}) for i in range(400)]
    data = ("\n".join(lines) + "\n{broken\n").encode()
    assert len(data) > 65536  # longer than the head read for sniffing
    code, out, stderr = _extract("-", stdin=data)
    assert code == 1 and [x["id"] for x in out] == [f"s{i}" for i in range(400)]
    assert "-:401" in stderr
