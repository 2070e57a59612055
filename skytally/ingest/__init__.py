"""Readers: every input format becomes a stream of ``Document`` or ``Failure``.

One module per format; ``read_paths`` picks the reader for each path from its
content and extension (``--input-format`` overrides) and never stops on a bad
file: what cannot be read comes out as a ``Failure`` naming file, line or record,
and reason. URLs are fetched only when ``ReadOptions.fetch`` is set.

    format    module      what
    text      text        a plain text file, one document
    scraped   scraped     a page saved as text: teaser, title twice, subheading, body
    html      webpage     an HTML page: main text and metadata (trafilatura)
    feed      feed        RSS/Atom: one document per item
    jsonl     jsonl       one JSON object per line, fields mapped
    json      jsonarray   one JSON array of such objects
    csv       csvfile     a header row, one document per row, columns mapped
    warc      warc        WARC/WARC.gz: HTML responses through the HTML reader
    telegram  telegram    a Telegram Desktop channel export (result.json)

Any of them may be compressed with gzip, bzip2, xz, lzma or zstd (``source.COMPRESSIONS``, told by
the first bytes; zstd needs ``skytally[formats]`` before Python 3.14); a compression suffix is
dropped before the extension is looked up (``x.jsonl.xz`` is JSONL). Standard input (``-``) is
streamed like a file (``read_stream``): decompressed as it comes, JSONL, JSON, Telegram, CSV and
WARC read a record at a time, the other formats whole.
"""

from __future__ import annotations

import glob
import io
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from skytally.errors import SkytallyError
from skytally.ingest import csvfile, feed, jsonarray, jsonl, scraped, telegram, text, warc, webpage
from skytally.ingest.fetch import fetch, is_url
from skytally.ingest.sniff import sniff
from skytally.ingest.source import (
    GZIP_MAGIC,
    HEAD,
    decompressed,
    head_of,
    plain_name,
    read_head,
    read_upto,
    replay,
)
from skytally.ingest.streams import STREAM_READERS
from skytally.models import Document, Failure

Item = Document | Failure
log = logging.getLogger(__name__)
MAX_TEXT = 1_000_000  # characters of one document: no report is longer, and extraction slows with length
MAX_TEXT_BYTES = 4 * MAX_TEXT + 4  # bytes of a text read from a stream: 4 a character at most, a BOM


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: field mapping of record-shaped inputs (JSONL, CSV), CSV delimiter,
    Telegram channel and time zone, and whether URLs may be fetched."""

    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "published"
    url_field: str = "url"
    outlet_field: str = "outlet"
    title_field: str = "title"
    language_field: str = "language"
    csv_delimiter: str | None = None  # None: the most frequent of , ; tab | in the header
    channel: str | None = None  # Telegram channel username, for t.me links
    timezone: str = "Europe/Kyiv"  # of the naive dates in Telegram exports
    fetch: bool = False  # read http(s) URLs from the network
    timeout: float = 20.0  # seconds, for each fetch


Reader = Callable[[Path, ReadOptions], Iterator[Item]]
BytesReader = Callable[[bytes, str, ReadOptions], Iterator[Item]]

READERS: dict[str, Reader] = {
    "csv": csvfile.read,
    "feed": feed.read,
    "html": webpage.read,
    "json": jsonarray.read,
    "jsonl": jsonl.read,
    "scraped": scraped.read,
    "telegram": telegram.read,
    "text": text.read,
    "warc": warc.read,
}

BYTES_READERS: dict[str, BytesReader] = {
    "csv": csvfile.read_bytes,
    "feed": feed.read_bytes,
    "html": webpage.read_bytes,
    "json": jsonarray.read_bytes,
    "jsonl": jsonl.read_bytes,
    "scraped": scraped.read_bytes,
    "telegram": telegram.read_bytes,
    "text": text.read_bytes,
    "warc": warc.read_bytes,
}

EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
    ".json": "json",
}  # looked up without a compression suffix (``source.SUFFIXES``): x.jsonl.xz is JSONL
TEXT_FORMATS = ("text", "scraped")
# Never reports: skipped when met inside a directory (named explicitly they are read, and fail).
MEDIA_EXTENSIONS = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".svg", ".heic",
    ".mp4", ".mov", ".webm", ".mkv", ".avi", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav",
    ".css", ".js", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".tgs",
})


def detect_format(path: Path) -> str:
    """The reader name for a file: its content says, else its extension, else plain text."""
    head = read_head(path) if path.is_file() else b""
    return format_of(head, path.name)


def format_of(head: bytes, name: str = "") -> str:
    """The reader for content starting with ``head`` (decompressed) in a file called ``name``."""
    found = sniff(head)
    by_name = _by_extension(name)
    if found == "scraped" and by_name not in (None, *TEXT_FORMATS):
        return by_name or "text"
    return found or by_name or "text"


def _by_extension(name: str) -> str | None:
    lower = plain_name(name).lower()
    return next((fmt for ext, fmt in EXTENSIONS.items() if lower.endswith(ext)), None)


def expand(paths: Iterable[str]) -> Iterator[Path]:
    """Files named, files under directories named (recursively, hidden ones skipped), and glob
    matches; a name that is neither (or a glob matching nothing) is passed on as is."""
    for raw in paths:
        p = Path(raw)
        if raw == "-" or is_url(raw):
            yield p
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(q) for q in glob.glob(raw, recursive=True) if Path(q).is_file())
            yield from matches or [p]
        elif p.is_dir():
            yield from _directory_files(p)
        else:
            yield p


def _directory_files(root: Path) -> Iterator[Path]:
    """Files under ``root`` in name order, minus hidden ones and media (a Telegram export's photos)."""
    skipped = 0
    for q in sorted(root.rglob("*")):
        if not q.is_file() or any(part.startswith(".") for part in q.relative_to(root).parts):
            continue
        if q.suffix.lower() in MEDIA_EXTENSIONS:
            skipped += 1
            continue
        yield q
    if skipped:
        log.info("%s: %d media files (images, video, audio, styles, fonts) skipped", root, skipped)


def read_paths(paths: Iterable[str], *, input_format: str | None = None,
               options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents from every path (``-`` is standard input, URLs need ``fetch``); failures in line."""
    opts = options or ReadOptions()
    for raw in paths:
        if is_url(raw):
            yield from _read_url(raw, input_format, opts)
            continue
        for path in expand([raw]):
            yield from _read_path(path, input_format, opts)


def read_bytes(data: bytes, source: str, *, input_format: str | None = None,
               options: ReadOptions | None = None, content_type: str = "") -> Iterator[Item]:
    """Documents from bytes already in memory (a fetched body), compressed or not."""
    opts = options or ReadOptions()
    fmt = input_format or _format_of_type(content_type)
    if data.startswith(GZIP_MAGIC) and (fmt or format_of(head_of(data), source)) == "warc":
        yield from _guarded(source, lambda: warc.read_bytes(data, source, opts))  # warcio's gzip
        return
    yield from read_stream(io.BytesIO(data), source, input_format=fmt, options=opts)


def read_stream(stream: BinaryIO, source: str, *, input_format: str | None = None,
                options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents from a binary stream read once (standard input), decompressed when it is
    compressed; JSONL, JSON arrays, Telegram exports, CSV and WARC are read as they come
    (``streams``), in memory bounded by the largest record, other formats whole."""
    opts = options or ReadOptions()
    try:
        data = decompressed(stream)
        head = read_upto(data, HEAD)
    except SkytallyError as exc:  # a compression whose library is not installed
        yield Failure(source, str(exc))
        return
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
        return
    with data:
        fmt = input_format or format_of(head, source)
        streamed, whole = STREAM_READERS.get(fmt), BYTES_READERS.get(fmt)
        if streamed is None and whole is None:
            yield _unknown(source, fmt)
            return
        with replay(head, data) as rest:
            if streamed is not None:
                yield from _guarded(source, lambda: streamed(rest, head, source, opts))
            elif whole is not None:
                yield from _guarded(source, lambda: _whole(whole, rest, fmt, source, opts))


def _whole(reader: BytesReader, stream: BinaryIO, fmt: str, source: str,
           opts: ReadOptions) -> Iterator[Item]:
    """The items of a stream read whole; a text too long to be one report is not read to its end."""
    if fmt not in TEXT_FORMATS:
        yield from reader(stream.read(), source, opts)
        return
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        yield Failure(source, f"text of over {MAX_TEXT_BYTES:,} bytes is over the limit of "
                      f"{MAX_TEXT:,} characters: not a single report (split it)")
        return
    yield from reader(data, source, opts)


def _read_path(path: Path, input_format: str | None, opts: ReadOptions) -> Iterator[Item]:
    name = str(path)
    if name == "-":
        yield from _read_stdin(input_format, opts)
        return
    if not path.exists():
        yield Failure(name, "no such file (or no file matches the pattern)")
        return
    try:
        fmt = input_format or detect_format(path)
    except OSError as exc:
        yield Failure(name, f"cannot read: {exc.strerror or exc}")
        return
    reader = READERS.get(fmt)
    if reader is None:
        yield _unknown(name, fmt)
        return
    yield from _guarded(name, lambda: reader(path, opts))


def _read_stdin(input_format: str | None, opts: ReadOptions) -> Iterator[Item]:
    """Standard input, streamed (``read_stream``)."""
    yield from read_stream(sys.stdin.buffer, "-", input_format=input_format, options=opts)


def _read_url(url: str, input_format: str | None, opts: ReadOptions) -> Iterator[Item]:
    if not opts.fetch:
        yield Failure(url, "is a URL; pass --fetch to download it")
        return
    try:
        got = fetch(url, timeout=opts.timeout)
    except SkytallyError as exc:
        yield Failure(url, getattr(exc, "reason", str(exc)))
        return
    yield from read_bytes(got.body, got.url, input_format=input_format, options=opts,
                          content_type=got.content_type)


def _guarded(source: str, run: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """The reader's items; an error it raises ends that input with a ``Failure``, not the batch."""
    try:
        for item in run():
            yield _bounded(item)
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
    except EOFError as exc:  # compressed data cut short (``source.Decompressed`` says so itself)
        yield Failure(source, f"cut short: {exc}")
    except ImportError as exc:
        yield Failure(source, f"{exc.name or exc} is not installed: pip install 'skytally[formats]'")
    except SkytallyError as exc:
        yield Failure(source, str(exc))
    except Exception as exc:  # a reader bug or a library choking on odd input: keep the batch going
        log.debug("reading %s failed", source, exc_info=True)
        yield Failure(source, f"unexpected error while reading: {type(exc).__name__}: {exc}")


def _bounded(item: Item) -> Item:
    """A document too long to be a report becomes a ``Failure`` instead of stalling the batch."""
    if isinstance(item, Document) and len(item.text) > MAX_TEXT:
        return Failure(item.source or item.id, f"text of {len(item.text):,} characters is over the "
                       f"limit of {MAX_TEXT:,}: not a single report (split it)")
    return item


def _format_of_type(content_type: str) -> str | None:
    mime = content_type.split(";")[0].strip().lower()
    if mime in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    return "html" if mime in ("text/html", "application/xhtml+xml") else None


def _unknown(source: str, fmt: str) -> Failure:
    return Failure(source, f"unknown input format {fmt!r}; known: {', '.join(sorted(READERS))}")


__all__ = [
    "BYTES_READERS",
    "EXTENSIONS",
    "Item",
    "MAX_TEXT",
    "READERS",
    "ReadOptions",
    "detect_format",
    "expand",
    "format_of",
    "read_bytes",
    "read_paths",
    "read_stream",
]
