"""Making ``Document`` records: content-hash ids and publication dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from typing import Any

from skytally.errors import InputError
from skytally.models import Document


def normalise_text(text: str) -> str:
    """The text as compared for identity: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.strip().split("\n"))


def content_id(text: str, url: str | None = None) -> str:
    """A stable id: the hash of the normalised text (and URL when known)."""
    h = hashlib.sha256(normalise_text(text).encode("utf-8"))
    if url:
        h.update(b"\x00" + url.strip().encode("utf-8"))
    return h.hexdigest()[:16]


def parse_published(value: Any, *, field: str = "published") -> dt.datetime | dt.date | None:
    """An ISO date or datetime (``Z`` allowed), a ``datetime``/``date``, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    if not isinstance(value, str):
        raise InputError(f"expected an ISO date string, got {type(value).__name__}", field=field)
    s = value.strip()
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"not an ISO date or datetime: {s!r}", field=field) from None


def make_document(text: str, *, id: str | None = None, published: Any = None,
                  url: str | None = None, outlet: str | None = None, title: str | None = None,
                  source: str | None = None, language: str | None = None,
                  meta: dict[str, Any] | None = None) -> Document:
    """Build a ``Document``; the id is the content hash unless one is given."""
    return Document(
        id=str(id) if id is not None and str(id) else content_id(text, url),
        text=text,
        published=parse_published(published),
        url=url or None,
        outlet=outlet or None,
        title=title or None,
        language=language,
        source=source,
        meta=meta or {},
    )
