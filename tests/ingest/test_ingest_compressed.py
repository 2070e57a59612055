"""Compressed inputs (gzip, bz2, xz, lzma, zstd): told by content, read in every format, damage
and cuts reported after the documents before them."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from compressors import COMPRESSOR_IDS, COMPRESSORS, jsonl_corpus
from ingest_builders import article_html, build_warc, telegram_export

from skytally.ingest import format_of, read_bytes, read_paths, read_stream
from skytally.ingest.source import (
    compression_of,
    head_of,
    is_compressed,
    plain_name,
    read_all,
    read_head,
    read_tail,
)
from skytally.models import Document, Failure

Compress = Callable[[bytes], bytes]


def _csv(rows: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "published", "text"])
    writer.writerows([f"c{i}", "2025-03-15", f"Report {i}, with a comma: {i} drones."] for i in range(rows))
    return out.getvalue().encode()


def _messages(count: int) -> list[dict[str, object]]:
    return [{"id": 100 + i, "type": "message", "date": "2025-03-15T08:00:00",
             "text": f"Shot down {i} drones."} for i in range(count)]


# format, plain name, content, how many documents
SAMPLES: list[tuple[str, str, bytes, list[str]]] = [
    ("jsonl", "docs.jsonl", jsonl_corpus(3, words=2), 3),
    ("csv", "docs.csv", _csv(3), 3),
    ("json", "docs.json", b'[{"id": "a1", "text": "One."}, {"id": "a2", "text": "Two."}]', 2),
    ("telegram", "result.json", telegram_export(_messages(2)).encode(), 2),
    ("text", "report.txt", b"Russia launched 62 drones overnight.", 1),
]


def _split(items: list[Document | Failure]) -> tuple[list[Document], list[Failure]]:
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)])


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS, ids=COMPRESSOR_IDS)
@pytest.mark.parametrize(("fmt", "plain", "content", "count"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_compressed_files_read_as_the_plain_ones(tmp_path: Path, name: str, suffix: str, compress: Compress,
                                                 fmt: str, plain: str, content: bytes, count: int) -> None:
    (tmp_path / plain).write_bytes(content)
    packed = compress(content)
    (tmp_path / (plain + suffix)).write_bytes(packed)
    (tmp_path / "noname").write_bytes(packed)  # told by content, not name
    expected = [d.id for d in _split(list(read_paths([str(tmp_path / plain)])))[0]]
    for path in (tmp_path / (plain + suffix), tmp_path / "noname"):
        docs, failures = _split(list(read_paths([str(path)])))
        assert not failures and [d.id for d in docs] == expected and len(docs) == count
    kind = compression_of(packed)
    assert kind is not None and kind.name == name
    assert format_of(head_of(packed), "noname") == format_of(content, "noname")


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS, ids=COMPRESSOR_IDS)
def test_head_tail_and_whole_of_a_compressed_file(tmp_path: Path, name: str, suffix: str,
                                                  compress: Compress) -> None:
    data = jsonl_corpus(200)
    p = tmp_path / ("corpus.jsonl" + suffix)
    p.write_bytes(compress(data))
    assert is_compressed(p)
    assert read_all(p) == data
    assert read_head(p, 1000) == data[:1000] and head_of(p.read_bytes(), 70_000) == data[:70_000]
    assert read_tail(p, 5000) == data[-5000:]


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS, ids=COMPRESSOR_IDS)
def test_cut_short_keeps_the_lines_before_and_names_the_cut(tmp_path: Path, name: str, suffix: str,
                                                             compress: Compress) -> None:
    packed = compress(jsonl_corpus(300))
    p = tmp_path / ("cut.jsonl" + suffix)
    p.write_bytes(packed[: len(packed) * 2 // 3])
    docs, failures = _split(list(read_paths([str(p)])))
    assert len(docs) > 50 and [d.id for d in docs] == [f"d{i}" for i in range(len(docs))]
    [failure] = failures
    assert failure.source == str(p) and failure.line == len(docs) + 1
    assert failure.reason == f"cut short: the {name} data ends before its end marker"
    assert len(read_tail(p, 100)) == 100  # the tail of what could be read


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS, ids=COMPRESSOR_IDS)
def test_damaged_data_keeps_the_lines_before_and_says_so(tmp_path: Path, name: str, suffix: str,
                                                         compress: Compress) -> None:
    packed = compress(jsonl_corpus(300))
    middle = len(packed) * 2 // 3
    p = tmp_path / ("bad.jsonl" + suffix)
    p.write_bytes(packed[:middle] + bytes(300) + packed[middle + 300:])
    docs, failures = _split(list(read_paths([str(p)])))
    # gzip checks its data only at the end: lines the damage garbled before that come out too
    kept = docs[:50] if name == "gzip" else docs
    assert len(docs) > 50 and [d.id for d in kept] == [f"d{i}" for i in range(len(kept))]
    assert failures[-1].reason.startswith(f"damaged {name} data: ")


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS, ids=COMPRESSOR_IDS)
def test_json_and_csv_cut_short_keep_the_records_before(tmp_path: Path, name: str, suffix: str,
                                                        compress: Compress) -> None:
    records = [json.loads(line) for line in jsonl_corpus(300).splitlines()]
    array = compress(json.dumps(records, indent=1).encode())
    table = compress(_csv(6000))
    for packed, fname, prefix in ((array, "docs.json", "d"), (table, "docs.csv", "c")):
        p = tmp_path / (fname + suffix)
        p.write_bytes(packed[: len(packed) * 2 // 3])
        docs, failures = _split(list(read_paths([str(p)])))
        assert docs and [d.id for d in docs] == [f"{prefix}{i}" for i in range(len(docs))]
        assert [f.reason for f in failures] == [f"cut short: the {name} data ends before its end marker"]
        if prefix == "c":  # the row the cut is in (the header is line 1)
            assert failures[0].line == len(docs) + 2
        else:  # a record opens every 4 lines, from line 2: the one the cut is in
            assert failures[0].line is not None and 4 * len(docs) <= failures[0].line <= 4 * len(docs) + 5


def test_a_compression_suffix_is_stripped_before_the_extension_table(tmp_path: Path) -> None:
    assert plain_name("a.jsonl.xz") == "a.jsonl" and plain_name("b.CSV.BZ2") == "b.CSV"
    assert plain_name("c.tar") == "c.tar"
    assert format_of(b"", "x.jsonl.xz") == "jsonl" and format_of(b"", "y.html.zst") == "html"
    assert format_of(b"", "z.warc.bz2") == "warc" and format_of(b"", "n.ndjson.lzma") == "jsonl"
    tsv = tmp_path / "table.tsv.bz2"
    tsv.write_bytes(COMPRESSORS[1][2](b"id\ttext\tnote\nt1\tTabbed, with commas, report.\tx,y\n"))
    [doc] = list(read_paths([str(tsv)], input_format="csv"))
    assert isinstance(doc, Document) and doc.id == "t1" and doc.text == "Tabbed, with commas, report."


def test_text_that_starts_like_a_magic_number_is_text(tmp_path: Path) -> None:
    p = tmp_path / "note.txt"
    p.write_bytes(b"BZh9 is no bzip2 stream; Russia launched 5 drones.")
    assert not is_compressed(p)
    [doc] = list(read_paths([str(p)]))
    assert isinstance(doc, Document) and doc.text.startswith("BZh9")


def test_garbage_after_a_magic_number_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "fake.jsonl.xz"
    p.write_bytes(b"\xfd7zXZ\x00" + b"\x00" * 40)
    [failure] = list(read_paths([str(p)]))
    assert isinstance(failure, Failure) and failure.reason.startswith("damaged xz data: ")


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS, ids=COMPRESSOR_IDS)
def test_bytes_in_memory_are_decompressed(name: str, suffix: str, compress: Compress) -> None:
    data = jsonl_corpus(5, words=2)
    docs, failures = _split(list(read_bytes(compress(data), "body")))
    assert not failures and [d.id for d in docs] == [f"d{i}" for i in range(5)]
    packed = compress(data)
    docs, failures = _split(list(read_bytes(packed[: len(packed) - 8], "body")))
    assert failures and failures[-1].source == "body"


def test_zstd_without_its_library_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packed = COMPRESSORS[4][2](b'{"id": "z1", "text": "Zstd report."}\n')
    p = tmp_path / "docs.jsonl.zst"
    p.write_bytes(packed)
    monkeypatch.setitem(sys.modules, "backports", None)
    monkeypatch.setitem(sys.modules, "compression", None)
    [failure] = list(read_paths([str(p)]))
    assert isinstance(failure, Failure) and "skytally[formats]" in failure.reason
    [failure] = list(read_bytes(packed, "-"))
    assert isinstance(failure, Failure) and "skytally[formats]" in failure.reason


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS, ids=COMPRESSOR_IDS)
def test_batch_planning_reads_a_compressed_jsonl_whole(tmp_path: Path, name: str, suffix: str,
                                                      compress: Compress) -> None:
    from skytally.scale.plan import plan_partitions

    data = jsonl_corpus(300)
    (tmp_path / "plain.jsonl").write_bytes(data)
    (tmp_path / "packed").write_bytes(compress(data))  # no suffix: told by content
    plain, packed = (plan_partitions([str(tmp_path / n)], target_bytes=50_000)
                     for n in ("plain.jsonl", "packed"))
    assert len(plain) > 1 and [(spec.start, spec.end) for spec in packed] == [(0, None)]


@pytest.mark.parametrize(("name", "suffix", "compress"), COMPRESSORS[1:3], ids=COMPRESSOR_IDS[1:3])
def test_a_warc_compressed_whole_is_read_from_a_file_and_a_stream(tmp_path: Path, name: str, suffix: str,
                                                                  compress: Compress) -> None:
    plain, gzipped = tmp_path / "crawl.warc", tmp_path / "crawl.warc.gz"
    build_warc(plain, [("https://news.example/1", article_html())], gzip=False)
    build_warc(gzipped, [("https://news.example/1", article_html())], gzip=True)
    packed = tmp_path / ("crawl.warc" + suffix)
    packed.write_bytes(compress(plain.read_bytes()))
    for items in (list(read_paths([str(packed)])), list(read_stream(io.BytesIO(packed.read_bytes()), "-")),
                  list(read_stream(io.BytesIO(gzipped.read_bytes()), "-"))):
        [doc] = items
        assert isinstance(doc, Document) and doc.url == "https://news.example/1"
