"""JSON corpora: one array of record objects (or an object holding one under a usual key).

Fields are mapped by ``ReadOptions`` as for JSONL; failures are numbered by the
record's position in the array (1-based). The file is streamed (``jsonstream``): records
are decoded one at a time, so memory is bounded by the largest record, not the file; a
file cut short or broken gives the records before the break, then a failure naming the
line, column and record; in an array printed a record a line-opening ``{`` at a time (as by
``json.dumps(indent=...)``), a broken record costs only itself. In an object, the first array
under one of ``LIST_KEYS`` (in the file's order) is read.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from skytally.errors import InputError
from skytally.ingest.decode import sniff_encoding
from skytally.ingest.jsonstream import JsonError, JsonStream, elements, members
from skytally.ingest.records import record_to_document
from skytally.ingest.source import DamagedData, open_binary, read_head
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

# Keys under which exports commonly nest their list of records.
LIST_KEYS = ("documents", "items", "data", "records", "articles", "results")


class DecodedText:
    """The text of a binary stream, for ``JsonStream``: ``read`` hands on what it has decoded
    when the stream breaks off (damaged or cut-short compressed data), and raises the break
    on the next read, so the records before it are not lost with it."""

    def __init__(self, fh: BinaryIO, encoding: str) -> None:
        self._fh = fh
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._broken: DamagedData | None = None

    def read(self, size: int, /) -> str:
        if self._broken is not None:
            raise DamagedData(self._broken.reason)
        parts: list[str] = []
        got = 0
        while got < size:
            try:
                data = self._fh.read1(size - got)  # type: ignore[attr-defined]
            except DamagedData as exc:
                if not parts:
                    raise
                self._broken = exc
                break
            parts.append(self._decoder.decode(data, final=not data))
            got += len(parts[-1])
            if not data:
                break
        return "".join(parts)


@contextmanager
def json_stream(fh: BinaryIO, encoding: str) -> Iterator[JsonStream]:
    """A ``JsonStream`` over the bytes of ``fh`` (left open: the caller owns it)."""
    yield JsonStream(DecodedText(fh, encoding))


def broken(source: str, exc: JsonError, what: str) -> Failure:
    """The failure of a stream that stopped being JSON: line, column, and the ``what`` (record,
    message) it broke in."""
    where = f" in {what} {exc.element}" if exc.element else ""
    cut = " (the file ends there: cut short?)" if exc.cut else ""
    return Failure(source, exc.reason + where + cut, line=exc.line)


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    encoding = sniff_encoding(read_head(path))
    with open_binary(path) as fh:
        yield from read_stream(fh, str(path), options, encoding)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_stream(io.BytesIO(data), source, options, sniff_encoding(data))


def read_stream(fh: BinaryIO, source: str, options: ReadOptions,
                encoding: str) -> Iterator[Document | Failure]:
    with json_stream(fh, encoding) as stream:
        yield from _read(stream, source, options)


def _read(stream: JsonStream, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    try:
        found = yield from _walk(stream, source, options)
        stream.finish()
    except JsonError as exc:
        yield broken(source, exc, "record")
        return
    except DamagedData as exc:  # compressed data damaged or cut short after the cursor
        yield Failure(source, exc.reason, line=stream.line)
        return
    if not found:
        yield Failure(source, "expected a JSON array of objects, or an object with one under "
                      f"{', '.join(repr(k) for k in LIST_KEYS)}")


def _walk(stream: JsonStream, source: str, options: ReadOptions) -> Generator[Document | Failure, None, bool]:
    """Documents of the record array at the cursor, or of the first under a usual key;
    returns whether there was one."""
    first = stream.peek()
    if first == "[":
        yield from _documents(stream, source, options)
        return True
    if first != "{":
        stream.value()
        return False
    found = False
    for key in members(stream):
        if not found and key in LIST_KEYS and stream.peek() == "[":
            yield from _documents(stream, source, options)
            found = True
        else:
            stream.value()
    return found


def _documents(stream: JsonStream, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    for number, rec in enumerate(elements(stream, skip_broken=True), 1):
        if isinstance(rec, JsonError):
            yield broken(source, rec, "record")
        else:
            yield _document(rec, number, source, options)


def _document(rec: Any, number: int, source: str, options: ReadOptions) -> Document | Failure:
    if not isinstance(rec, dict):
        return Failure(source, f"record is not a JSON object but {type(rec).__name__}", line=number)
    try:
        return record_to_document(rec, options, source=f"{source}#{number}")
    except InputError as exc:
        return Failure(source, exc.reason, line=number, field=exc.field)
