"""WARC archives (warcio): HTML responses become documents via the HTML reader.

warcio reads a plain or gzip-compressed archive (record by record); one in bz2, xz or zstd
is decompressed as it is read (``source.open_binary``).

Each document gets the record's target URI as URL and its WARC-Date as a fallback
publication date (the page's own date wins). Records that are not HTML (requests,
metadata, images, redirects) are skipped. warcio stops quietly at a truncated
archive; here a record cut short, or bytes left unread at the end, become a
``Failure`` naming the record number, after every complete record before it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from skytally.documents import parse_published
from skytally.errors import InputError
from skytally.ingest.source import is_compressed, is_gzip, open_binary
from skytally.ingest.webpage import html_document
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

log = logging.getLogger(__name__)
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    if is_compressed(path) and not is_gzip(path):  # warcio reads gzip itself, record by record
        with open_binary(path) as fh:
            yield from read_stream(fh, str(path))
        return
    with path.open("rb") as fh:
        yield from read_stream(fh, str(path), size=os.fstat(fh.fileno()).st_size)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    import io

    yield from read_stream(io.BytesIO(data), source, size=len(data))


def read_stream(fh: BinaryIO, source: str, *, size: int | None = None) -> Iterator[Document | Failure]:
    """Documents from an archive stream; ``size`` (bytes) lets a cut-off tail be noticed."""
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(fh)
    number = 0
    try:
        for number, record in enumerate(archive, 1):
            item = _record_item(record, number, source)
            archive.read_to_end(record)
            if record.raw_stream.limit:
                yield Failure(source, "archive truncated inside this record", line=number)
                return
            if item is not None:
                yield item
    except Exception as exc:  # warcio raises assorted errors on damaged archives
        yield Failure(source, f"archive damaged at this record: {type(exc).__name__}: {exc}",
                      line=number + 1)
        return
    if size is not None and archive.offset < size:
        yield Failure(source, f"archive truncated: {size - archive.offset} bytes after the last "
                      "complete record cannot be read", line=number + 1)


def _record_item(record: Any, number: int, source: str) -> Document | Failure | None:
    """The document of an HTML record, a failure if it cannot be read, None to skip it."""
    content_type = _content_type(record)
    if content_type is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    try:
        payload = record.content_stream().read()
    except Exception as exc:
        return Failure(source, f"cannot decode the HTTP payload: {exc}", line=number)
    try:
        item = html_document(payload, source=f"{source}#{number}", url=uri, charset=_charset(content_type),
                             published=_warc_date(record), meta={"warc_record": number})
    except Exception as exc:  # one page the HTML reader chokes on must not end the archive
        log.debug("HTML of %s#%d failed", source, number, exc_info=True)
        return Failure(source, f"cannot read the page: {type(exc).__name__}: {exc}", line=number)
    if isinstance(item, Failure):
        return Failure(source, item.reason, line=number, field=item.field)
    return item


def _content_type(record: Any) -> str | None:
    """The content type of an HTML payload worth reading, or None."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        ctype = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return None
    elif record.rec_type == "resource":
        ctype = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    return ctype if ctype.split(";")[0].strip().lower() in HTML_TYPES else None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _warc_date(record: Any) -> Any:
    try:
        return parse_published(record.rec_headers.get_header("WARC-Date"))
    except InputError:
        return None
