"""Reading a binary stream read once (standard input, a body in memory): the formats that can
be read as they come are; the others are read whole.

    streamed    jsonl (line by line), json and telegram (a record or message at a time,
                ``jsonstream``), csv (row by row), warc (record by record)
    read whole  text, scraped, html, feed: one document, or a feed parsed at once

Each streamed reader gets the stream from its start and its first bytes (``head``, already
decompressed), from which the text encoding is told.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from skytally.ingest import csvfile, jsonarray, jsonl, telegram, warc
from skytally.ingest.decode import sniff_encoding
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

StreamReader = Callable[[BinaryIO, bytes, str, "ReadOptions"], Iterator[Document | Failure]]


def _jsonl(fh: BinaryIO, head: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    return jsonl.read_lines(fh, source, options)


def _json(fh: BinaryIO, head: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    return jsonarray.read_stream(fh, source, options, sniff_encoding(head))


def _telegram(fh: BinaryIO, head: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    return telegram.read_stream(fh, source, options, sniff_encoding(head))


def _csv(fh: BinaryIO, head: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    return csvfile.read_stream(fh, source, options, encoding=sniff_encoding(head),
                               delimiter=options.csv_delimiter)


def _warc(fh: BinaryIO, head: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    return warc.read_stream(fh, source)


STREAM_READERS: dict[str, StreamReader] = {
    "csv": _csv,
    "json": _json,
    "jsonl": _jsonl,
    "telegram": _telegram,
    "warc": _warc,
}
