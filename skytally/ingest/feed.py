"""RSS and Atom feeds (feedparser): one document per item with its link, date and content.

The document text is the item's title, a blank line, and its content (or summary)
with the HTML stripped. Failures are numbered by item (1-based).
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skytally.documents import make_document
from skytally.errors import InputError
from skytally.ingest.markup import html_to_text
from skytally.ingest.source import read_all
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

log = logging.getLogger(__name__)
DATE_KEYS = ("published_parsed", "updated_parsed", "created_parsed")


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_bytes(read_all(path), str(path), options)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not parsed.entries:
        yield Failure(source, f"not a readable feed: {parsed.get('bozo_exception')}")
        return
    if parsed.bozo:
        log.warning("%s: feed is malformed (%s); read leniently", source, parsed.get("bozo_exception"))
    outlet = parsed.feed.get("title") or None
    language = _language(parsed.feed.get("language"))
    for number, entry in enumerate(parsed.entries, 1):
        yield _item_document(entry, number, source, outlet=outlet, language=language)


def _item_document(entry: Any, number: int, source: str, *, outlet: str | None,
                   language: str | None) -> Document | Failure:
    title = html_to_text(entry.get("title") or "")
    body = html_to_text(_content(entry))
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}".strip()
    if not text:
        return Failure(source, "feed item has neither title nor content", line=number)
    meta = {k: v for k, v in (("guid", entry.get("id")), ("author", entry.get("author"))) if v}
    try:
        return make_document(text, url=entry.get("link") or None, published=_date(entry), outlet=outlet,
                             title=title or None, language=language, source=f"{source}#{number}",
                             meta=meta)
    except InputError as exc:
        return Failure(source, exc.reason, line=number, field=exc.field)


def _content(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    return best or entry.get("summary") or entry.get("description") or ""


def _date(entry: Any) -> dt.datetime | None:
    for key in DATE_KEYS:
        parsed = dict.get(entry, key)  # not entry.get: its updated/published fallback warns
        if parsed:
            return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)
    return None


def _language(value: Any) -> str | None:
    return value.split("-")[0].lower() if isinstance(value, str) and value else None
