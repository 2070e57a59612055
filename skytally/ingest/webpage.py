"""HTML pages: the main text and metadata (title, date, outlet, author, language) via trafilatura.

Used for ``.html`` files, pages fetched with ``--fetch`` and HTML records of WARC
archives. The document text is the page's headline followed by its main text, so
figures stated only in the headline are not lost.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skytally.documents import make_document
from skytally.errors import InputError
from skytally.ingest.decode import declared_charset, decode, looks_binary
from skytally.ingest.markup import html_to_text
from skytally.ingest.source import read_all
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
# Full publication timestamps in common metadata, to refine the day trafilatura finds.
_TIMESTAMP = re.compile(
    r"(?:article:published_time|datePublished|pubdate|publish-date|date)[\"']?\s*"
    r"(?:content|datetime|:)\s*=?\s*[\"'](\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\.\d+)?"
    r"(?:Z|[+-]\d\d:?\d\d))[\"']", re.IGNORECASE)


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield html_document(read_all(path), source=str(path))


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield html_document(data, source=source, url=source if "://" in source else None)


def html_document(data: bytes | str, *, source: str, url: str | None = None,
                  published: dt.datetime | dt.date | None = None,
                  charset: str | None = None, meta: dict[str, Any] | None = None) -> Document | Failure:
    """A document from one HTML page; ``url``/``published`` fill what the page does not state."""
    if isinstance(data, bytes):
        if looks_binary(data):
            return Failure(source, "binary content (NUL bytes), not HTML")
        data = decode(data, declared=charset or declared_charset(data))
    found = _extract(data, url)
    if found is None:
        return Failure(source, "no readable text in the HTML page")
    text, info = found
    try:
        return make_document(
            text, url=url or info.get("url"), published=_published(data, info.get("date")) or published,
            outlet=info.get("sitename") or info.get("hostname"), title=info.get("title"),
            language=_language(data), source=source,
            meta={**(meta or {}), **_extra(info)},
        )
    except InputError as exc:
        return Failure(source, exc.reason, field=exc.field)


def _extract(html: str, url: str | None) -> tuple[str, dict[str, Any]] | None:
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, fast=True,
                                        include_comments=False)
    info: dict[str, Any] = {}
    if isinstance(found, dict):
        info = found
    elif found is not None:
        info = found.as_dict()
    # lxml gives up on pages nested deeper than 255 elements; the regex stripper does not
    body = (info.get("text") or "").strip() or trafilatura.html2txt(html).strip() or html_to_text(html)
    if not body:
        return None
    title = (info.get("title") or "").strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return body, info


def _published(html: str, day: str | None) -> dt.datetime | dt.date | None:
    """The page's publication time: a full timestamp on trafilatura's day, else the day."""
    if not day:
        return None
    for m in _TIMESTAMP.finditer(html[:200_000]):
        stamp = dt.datetime.fromisoformat(m.group(1).replace("Z", "+00:00"))
        if stamp.date().isoformat() == day[:10]:
            return stamp
    try:
        return dt.date.fromisoformat(day[:10])
    except ValueError:
        return None


def _language(html: str) -> str | None:
    m = _LANG.search(html[:20_000])
    return m.group(1).lower() if m else None


def _extra(info: dict[str, Any]) -> dict[str, Any]:
    keep = {"author": info.get("author"), "description": info.get("description")}
    return {k: v for k, v in keep.items() if v}
