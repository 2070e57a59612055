"""Standard input and other streams read once: every format, compressed or not, streamed where it
can be (the first documents come out before the stream is read through)."""

from __future__ import annotations

import csv
import errno
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from compressors import COMPRESSORS, jsonl_corpus
from ingest_builders import article_html, telegram_export

from skytally.ingest import read_paths, read_stream
from skytally.models import Document, Failure

GZIP, BZ2, XZ = (COMPRESSORS[i][2] for i in range(3))
CLI = "from skytally.cli import main; main()"


class Pipe(io.RawIOBase):
    """A stream like a pipe: no seeking, at most 4 KiB a read; counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), 4096, len(self._data) - self.taken)
        buffer[:n] = self._data[self.taken : self.taken + n]
        self.taken += n
        return n


def _records(count: int, words: int = 40) -> list[dict[str, Any]]:
    return [json.loads(line) for line in jsonl_corpus(count, words=words).splitlines()]


def _table(count: int, words: int = 40) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, ["id", "text"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(_records(count, words))
    return out.getvalue().encode()


def _export(count: int, words: int = 40) -> bytes:
    messages = [{"id": i, "type": "message", "date": "2025-03-15T08:00:00", "text": r["text"]}
                for i, r in enumerate(_records(count, words))]
    return telegram_export(messages, username="example_air").encode()


# format, content: over 1 MB each
LARGE: list[tuple[str, bytes]] = [
    ("jsonl", jsonl_corpus(1000)),
    ("json", json.dumps(_records(1000), indent=1).encode()),
    ("telegram", _export(1000)),
    ("csv", _table(1000)),
]


@pytest.mark.parametrize("compress", [None, XZ], ids=["plain", "xz"])
@pytest.mark.parametrize(("fmt", "data"), LARGE, ids=[fmt for fmt, _ in LARGE])
def test_a_stream_is_read_as_it_comes(tmp_path: Path, fmt: str, data: bytes, compress: Any) -> None:
    assert len(data) > 1_000_000
    piped = compress(data) if compress else data
    pipe = Pipe(piped)
    items = read_stream(io.BufferedReader(pipe), "-")
    first = next(items)
    assert isinstance(first, Document) and pipe.taken < len(piped) / 2  # not read whole
    rest = list(items)
    (tmp_path / "same").write_bytes(piped)
    from_file = list(read_paths([str(tmp_path / "same")]))
    assert [i.id for i in [first, *rest] if isinstance(i, Document)] == [
        i.id for i in from_file if isinstance(i, Document)]
    assert len(rest) == 999 and pipe.taken == len(piped)


@pytest.mark.parametrize(("data", "count"), [
    (GZIP(b"Russia launched 62 drones overnight."), 1),
    (XZ(article_html().encode()), 1),
    (BZ2(b'[{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]'), 2),
], ids=["text.gz", "html.xz", "json.bz2"])
def test_formats_read_whole_come_from_a_stream_too(data: bytes, count: int) -> None:
    items = list(read_stream(io.BufferedReader(Pipe(data)), "-"))
    assert len(items) == count and all(isinstance(i, Document) and i.source.startswith("-") for i in items)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_compressed_stream_cut_short_keeps_what_came_before(fmt: str) -> None:
    data = dict(LARGE)[fmt]
    packed = XZ(data)
    items = list(read_stream(io.BufferedReader(Pipe(packed[: len(packed) // 2])), "-"))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) > 100 and isinstance(items[-1], Failure) and items[-1].source == "-"
    assert items[-1].reason == "cut short: the xz data ends before its end marker"


def _cli(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", CLI, "extract", "--format", "jsonl", *args, "-"],
                          input=stdin, capture_output=True, check=False, timeout=60)


def test_the_cli_reads_a_compressed_jsonl_pipe_to_its_last_line() -> None:
    lines = [json.dumps({"id": f"s{i}", "text": f"Report {i}. " + "A quiet night. " * 20})
             for i in range(250)]
    data = "\n".join([*lines, "{broken"]).encode()
    assert len(data) > 65536  # longer than the head read for sniffing
    run = _cli(XZ(data))
    ids = [json.loads(line)["id"] for line in run.stdout.splitlines()]
    assert run.returncode == 1 and ids == [json.loads(line)["id"] for line in data.splitlines()[:-1]]
    assert b"-:251" in run.stderr


@pytest.mark.parametrize(("data", "args"), [
    (GZIP(_export(50, words=2)), ("--channel", "air_force")),
    (BZ2(_table(50, words=2)), ()),
], ids=["telegram.gz", "csv.bz2"])
def test_the_cli_reads_exports_and_tables_from_a_pipe(data: bytes, args: tuple[str, ...]) -> None:
    run = _cli(data, *args)
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert run.returncode == 0 and len(lines) == 50, run.stderr


def test_a_head_cut_inside_a_character_is_still_utf8(tmp_path: Path) -> None:
    header = b"id,text\n"
    filler = b"r0,Quiet night " + b"x" * (65535 - len(header) - len(b"r0,Quiet night ") - 4) + b"\n"
    data = header + filler + "r1,Над Києвом збито 5 дронів\n".encode()
    assert data[65535:65537] == "Н".encode()  # the sniffed head (64 KiB) ends inside it
    (tmp_path / "cut.csv").write_bytes(data)
    for items in (list(read_stream(io.BufferedReader(Pipe(data)), "-")),
                  list(read_paths([str(tmp_path / "cut.csv")]))):
        assert [i.text for i in items if isinstance(i, Document)][1] == "Над Києвом збито 5 дронів"


class Unreadable(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise OSError(errno.EIO, "Input/output error")


def test_a_stream_that_cannot_be_read_is_a_failure() -> None:
    [failure] = list(read_stream(io.BufferedReader(Unreadable()), "-"))
    assert isinstance(failure, Failure) and failure.reason == "cannot read: Input/output error"


def test_a_piped_text_too_long_for_a_report_is_not_read_to_its_end() -> None:
    data = b"Quiet night over the region. " * 300_000  # 8.7 MB
    pipe = Pipe(data)
    [failure] = list(read_stream(io.BufferedReader(pipe), "-"))
    assert isinstance(failure, Failure) and "over the limit" in failure.reason
    assert pipe.taken < len(data) / 2
