"""Article pages scraped to text: teaser, title, the title again, subheading, body.

Scrapers that save a page's visible text often keep this shape: an optional teaser
or navigation line ("Learn more"), the headline twice (page title and ``<h1>``),
a subheading, then the body. ``parse_layout`` finds those parts; the document
keeps the whole original text (evidence spans index into it) and gets the title,
with teaser, subheading and the body's start offset in ``meta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skytally.documents import make_document
from skytally.ingest.source import read_all
from skytally.ingest.text import text_or_failure
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

MAX_TEASER_LINES = 2  # lines allowed before the title
MAX_TITLE_CHARS = 250
MAX_SUBHEADING_CHARS = 400
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# Words that mark a repeated line as a photo caption rather than the headline.
CAPTION_MARKERS = ("photo", "image", "illustrative", "illustration", "credit", "getty", "©",
                   "фото", "ілюстрат", "иллюстрат", "скриншот", "screenshot")
_CAPTION = re.compile("|".join(re.escape(m) for m in CAPTION_MARKERS), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the parts of a scraped page are; ``body_start`` is an offset into the text."""

    title: str
    teaser: str | None
    subheading: str | None
    body_start: int
    caption: str | None = None


def parse_layout(text: str) -> Layout | None:
    """The parts of a scraped page, or None when the text does not have that shape."""
    lines = [(m.group().strip(), m.start(), m.end()) for m in _LINE.finditer(text)]
    at = _repeated_title(lines)
    if at is None:
        return None
    title = repeated = lines[at][0]
    after = at + 1
    while after < len(lines) and lines[after][0] == repeated:
        after += 1
    teaser = " ".join(line for line, _, _ in lines[:at]) or None
    caption = None
    if at == 1 and _CAPTION.search(repeated):  # headline, then a photo caption twice
        title, teaser, caption = lines[0][0], None, repeated
    subheading = None
    if after + 1 < len(lines) and len(lines[after][0]) <= MAX_SUBHEADING_CHARS:
        subheading = lines[after][0]
        after += 1
    body_start = lines[after][1] if after < len(lines) else len(text)
    return Layout(title=title, teaser=teaser, subheading=subheading, body_start=body_start,
                  caption=caption)


def has_layout(text: str) -> bool:
    return parse_layout(text) is not None


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_bytes(read_all(path), str(path), options)


def read_bytes(data: bytes, source: str, options: ReadOptions | None = None) -> Iterator[Document | Failure]:
    text = text_or_failure(data, source)
    yield text if isinstance(text, Failure) else page_document(text, source=source)


def page_document(text: str, *, source: str) -> Document:
    """A document from a scraped page's text; a plain document if it has no page layout."""
    layout = parse_layout(text)
    if layout is None:
        return make_document(text, source=source)
    meta = {"teaser": layout.teaser, "subheading": layout.subheading, "caption": layout.caption,
            "body_start": layout.body_start}
    return make_document(text, title=layout.title, source=source,
                         meta={k: v for k, v in meta.items() if v is not None})


def _repeated_title(lines: list[tuple[str, int, int]]) -> int | None:
    """Index of the first of two equal consecutive lines near the top, if title-like."""
    for i in range(min(MAX_TEASER_LINES + 1, len(lines) - 1)):
        line = lines[i][0]
        if line == lines[i + 1][0] and len(line) <= MAX_TITLE_CHARS and i + 2 < len(lines):
            return i
    return None
