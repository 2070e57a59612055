"""read_paths: format detection by content and extension, directories, globs, bad files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_builders import ATOM, RSS, article_html, build_warc, telegram_export

from skytally.ingest import BYTES_READERS, ReadOptions, detect_format, format_of, read_bytes, read_paths
from skytally.models import Document, Failure


def _docs(items: list[Document | Failure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _failures(items: list[Document | Failure]) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("page.txt", article_html(), "html"),
    ("page.dat", "  <!doctype html><p>x</p>", "html"),
    ("feed.txt", RSS, "feed"),
    ("atom.html", ATOM, "feed"),
    ("docs.txt", '{"text": "one"}\n{"text": "two"}\n', "jsonl"),
    ("result.json", telegram_export([]), "telegram"),
    ("dump.txt", "[\n  {\"text\": \"one\"}\n]", "json"),
    ("other.json", "{\n  \"documents\": []\n}", "json"),
    ("report.txt", "Russia launched 5 drones.", "text"),
    ("report", "Teaser\nTitle here\nTitle here\nSub\nBody text.", "scraped"),
    ("broken.jsonl", "{not json\n", "jsonl"),
    ("table.csv", "id,text\n1,Drones\n1,Drones\n", "csv"),
    ("table.tsv", "id\ttext\n", "csv"),
    ("notes.md", "# heading", "text"),
    ("feed.xml", "<rss version='2.0'></rss>", "feed"),
])
def test_format_comes_from_content_then_extension(tmp_path: Path, name: str, content: str,
                                                  expected: str) -> None:
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    assert detect_format(p) == expected


def test_warc_detected_by_magic_even_gzipped_without_extension(tmp_path: Path) -> None:
    p = tmp_path / "crawl.bin"
    build_warc(p, [("https://news.example/a", article_html())])
    assert detect_format(p) == "warc"
    assert format_of(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n") == "warc"


def test_input_format_overrides_detection(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(article_html(), encoding="utf-8")
    [doc] = read_paths([str(p)], input_format="text")
    assert isinstance(doc, Document) and doc.text.startswith("<!DOCTYPE html>")


def test_directory_is_read_recursively_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "one.txt").write_text("First report: 3 drones.")
    (tmp_path / "a" / "two.txt").write_text("Second report: 4 drones.")
    (tmp_path / "a" / "b" / "three.html").write_text(article_html())
    (tmp_path / "a" / ".hidden.txt").write_text("Skipped.")
    (tmp_path / ".git" / "config.txt").write_text("Skipped too.")
    docs = _docs(list(read_paths([str(tmp_path)])))
    assert [Path(d.source or "").name for d in docs] == ["three.html", "two.txt", "one.txt"]


def test_glob_expands_and_unmatched_glob_is_a_failure(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"Report {i}: {i + 1} missiles.")
    (tmp_path / "other.md").write_text("Not matched.")
    items = list(read_paths([str(tmp_path / "r*.txt"), str(tmp_path / "nothing-*.txt")]))
    assert [d.text for d in _docs(items)] == [f"Report {i}: {i + 1} missiles." for i in range(3)]
    [failure] = _failures(items)
    assert "nothing-*.txt" in failure.source and "no such file" in failure.reason


def test_missing_empty_and_binary_files_fail_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (tmp_path / "good.txt").write_text("Five drones were shot down.")
    names = ["empty.txt", "blank.txt", "image.png", "missing.txt", "good.txt"]
    items = list(read_paths([str(tmp_path / n) for n in names]))
    assert [d.text for d in _docs(items)] == ["Five drones were shot down."]
    reasons = {Path(f.source).name: f.reason for f in _failures(items)}
    assert set(reasons) == {"empty.txt", "blank.txt", "image.png", "missing.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["image.png"]


def test_gzip_compressed_jsonl_and_text(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl.gz").write_bytes(gzip.compress(b'{"id": "g1", "text": "Zipped report."}\n'))
    (tmp_path / "one.txt.gz").write_bytes(gzip.compress(b"Zipped text: 7 drones."))
    docs = _docs(list(read_paths([str(tmp_path / "docs.jsonl.gz"), str(tmp_path / "one.txt.gz")])))
    assert [(d.id, d.text) for d in docs][0] == ("g1", "Zipped report.")
    assert docs[1].text == "Zipped text: 7 drones."


def test_truncated_gzip_jsonl_keeps_lines_before_and_fails(tmp_path: Path) -> None:
    lines = b"".join(json.dumps({"id": f"d{i}", "text": f"Report {i} " * 50}).encode() + b"\n"
                     for i in range(200))
    data = gzip.compress(lines)
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    items = list(read_paths([str(p)]))
    assert _docs(items) and _failures(items)
    assert [d.id for d in _docs(items)] == [f"d{i}" for i in range(len(_docs(items)))]
    assert _failures(items)[-1].line == len(_docs(items)) + 1


def test_url_is_refused_without_fetch() -> None:
    [failure] = list(read_paths(["https://news.example/a?x=1"]))
    assert isinstance(failure, Failure) and "--fetch" in failure.reason


def test_same_report_read_twice_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia launched  62 drones.\r\n\r\n\r\nTwo were injured.\n")
    (tmp_path / "b.txt").write_text("Russia launched 62 drones.\n\nTwo were injured.")
    a, b = _docs(list(read_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])))
    assert a.id == b.id


def test_options_are_passed_to_readers(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    p.write_text('{"body": "Mapped text.", "when": "2025-03-15"}\n')
    [doc] = read_paths([str(p)], options=ReadOptions(text_field="body", date_field="when"))
    assert isinstance(doc, Document) and doc.text == "Mapped text." and str(doc.published) == "2025-03-15"


def test_media_inside_a_directory_is_skipped_not_failed(tmp_path: Path) -> None:
    export = tmp_path / "ChatExport"
    (export / "photos").mkdir(parents=True)
    (export / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (export / "css").mkdir()
    (export / "css" / "style.css").write_text("body { color: black; }")
    message = {"id": 1, "type": "message", "date": "2025-03-15T08:00:00", "text": "Report."}
    (export / "result.json").write_text(telegram_export([message]))
    items = list(read_paths([str(export)]))
    assert [type(i).__name__ for i in items] == ["Document"]
    [failure] = read_paths([str(export / "photos" / "photo_1.jpg")])
    assert isinstance(failure, Failure) and "binary" in failure.reason


@pytest.mark.parametrize("fmt", sorted(BYTES_READERS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300),
                      st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_any_bytes_give_documents_or_failures_never_an_exception(fmt: str, data: bytes) -> None:
    items = list(read_bytes(data, "fuzz", input_format=fmt))
    assert all(isinstance(i, (Document, Failure)) for i in items)
    assert not any(isinstance(i, Failure) and i.reason.startswith("unexpected error") for i in items)


def test_recursive_glob(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "deep.txt").write_text("Deep report.")
    (tmp_path / "top.txt").write_text("Top report.")
    docs = _docs(list(read_paths([str(tmp_path / "**" / "*.txt")])))
    assert sorted(d.text for d in docs) == ["Deep report.", "Top report."]


@settings(deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Zl", "Zp", "Cc"]),
                        min_size=1, max_size=30), min_size=1, max_size=5),
       st.sampled_from([" ", "  ", "\t", "\u00a0"]), st.sampled_from(["\n", "\r\n", " \n", "\n\t"]))
def test_content_id_is_stable_under_spacing(words: list[str], space: str, newline: str) -> None:
    from skytally.documents import content_id

    lines = [" ".join(w.split()) for w in words]
    plain = "\n".join(lines)
    spaced = newline.join(space.join(line.split()) + space for line in lines)
    assert content_id(plain) == content_id(spaced)
    assert content_id("\n\n".join(lines)) == content_id("\n\n\n\n".join(lines))


def test_public_names_are_sorted_and_exist() -> None:
    import skytally.ingest as ingest

    assert ingest.__all__ == sorted(ingest.__all__)
    assert all(hasattr(ingest, name) for name in ingest.__all__)
    assert set(ingest.READERS) == set(ingest.BYTES_READERS)
