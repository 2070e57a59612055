"""Making ``Document`` records: content-hash ids and publication dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from skytally.errors import InputError
from skytally.models import Document

_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref_src)$", re.IGNORECASE)


def normalise_text(text: str) -> str:
    """The text as compared for identity: NFC, unified newlines, runs of spaces as one,
    trimmed lines, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.strip().split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines))


def normalise_url(url: str) -> str:
    """The URL as compared for identity: scheme and host lower-cased, no fragment, no tracking
    parameters (``utm_*``, ``fbclid``, ...)."""
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def content_id(text: str, url: str | None = None) -> str:
    """A stable id: the hash of the normalised text (and normalised URL when known), so the
    same report read twice, or with different spacing, is one document."""
    h = hashlib.sha256(normalise_text(text).encode("utf-8"))
    if url and url.strip():
        h.update(b"\x00" + normalise_url(url).encode("utf-8"))
    return h.hexdigest()[:16]


_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
UNIX_MIN, UNIX_MS = 10**8, 10**11  # plausible epoch seconds; above UNIX_MS they are milliseconds


def parse_published(value: Any, *, field: str = "published") -> dt.datetime | dt.date | None:
    """A publication date from an ISO date or datetime (``Z`` allowed), an RFC 2822 date
    (feeds, e-mail), ``DD.MM.YYYY[ HH:MM]``, epoch seconds or milliseconds, a
    ``datetime``/``date``, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(value, field)
    if not isinstance(value, str):
        raise InputError(f"expected a date string, got {type(value).__name__}", field=field)
    s = value.strip()
    if not s:
        return None
    if s.isdigit() and 8 < len(s) <= 16:  # longer runs of digits are no date (nor an int() to try)
        return _from_epoch(int(s), field)
    parsed = _iso(s) or _dotted(s) or _rfc2822(s)
    if parsed is None:
        raise InputError(f"not a date: {s!r} (use ISO 8601, e.g. 2025-03-15 or 2025-03-15T06:30:00+02:00)",
                         field=field)
    return parsed


def _iso(s: str) -> dt.datetime | dt.date | None:
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None


def _dotted(s: str) -> dt.datetime | dt.date | None:
    m = _DOTTED.match(s)
    if m is None:
        return None
    day, month, year, hour, minute, second = (int(g) if g else None for g in m.groups())
    try:
        if hour is None:
            return dt.date(year or 0, month or 0, day or 0)
        return dt.datetime(year or 0, month or 0, day or 0, hour, minute or 0, second or 0)
    except ValueError:
        return None


def _rfc2822(s: str) -> dt.datetime | None:
    try:
        return parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None


def _from_epoch(value: float, field: str) -> dt.datetime:
    seconds = value / 1000 if value > UNIX_MS else value
    if seconds < UNIX_MIN:
        raise InputError(f"not a date: {value!r} is too small for epoch seconds", field=field)
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        raise InputError(f"not a date: {value!r}", field=field) from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(value: str) -> str:
    try:
        value.encode("utf-8")  # a C-speed check: only lone surrogates fail it
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def make_document(text: str, *, id: str | None = None, published: Any = None,
                  url: str | None = None, outlet: str | None = None, title: str | None = None,
                  source: str | None = None, language: str | None = None,
                  meta: dict[str, Any] | None = None) -> Document:
    """Build a ``Document``; the id is the content hash unless one is given. Lone surrogates
    (a JSON ``"\\ud800"``), which no database or terminal can encode, become U+FFFD."""
    text = _encodable(text)
    url, outlet, title = (_encodable(v) if v else None for v in (url, outlet, title))
    return Document(
        id=_encodable(str(id)) if id is not None and str(id) else content_id(text, url),
        text=text,
        published=parse_published(published),
        url=url or None,
        outlet=outlet or None,
        title=title or None,
        language=language,
        source=source,
        meta=meta or {},
    )
