"""Telling formats apart by their first bytes.

Each signature is data: a pattern anchored at the start of the (decompressed,
decoded) content, tried in order. ``sniff`` answers only when it is sure; the
caller falls back on the file extension, then on plain text.

A table (CSV, TSV, ``;`` or ``|`` separated) is sure when its first line is a header of
column names (a letter first, at most four words, no sentence punctuation), one of them a
text column (``csvfile.TEXT_COLUMNS``), split by the delimiter ``csvfile`` would pick, and
every complete row among the next ``SAMPLE_ROWS`` has as many fields. Prose with commas
fails the header: its sentences end in punctuation, its clauses are no column names.
"""

from __future__ import annotations

import csv
import io
import json
import re

from skytally.ingest.csvfile import TEXT_COLUMNS, delimiter_of
from skytally.ingest.decode import decode, looks_binary
from skytally.ingest.scraped import has_layout
from skytally.ingest.source import HEAD

# Markup that may precede the root element: declarations, comments, processing instructions.
_PROLOG = r"(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<\?[^>]*\?>)*"

SIGNATURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("feed", re.compile(_PROLOG + r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)),
    ("html", re.compile(_PROLOG + r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)),
    ("telegram", re.compile(r"\{\s*\"(?:name|type|id|about)\"\s*:.*?\"messages\"\s*:\s*\[", re.DOTALL)),
)

_ARRAY_OF_OBJECTS = re.compile(r"\[\s*(?:\{|\])")
_COLUMN = re.compile(r"[^\W\d]\w*(?:[ -]\w+){0,3}")  # full match: "text", "Full text", "published_at"
SAMPLE_ROWS = 20  # rows after the header that must have as many fields
MAX_HEADER = 1000  # characters of a header line


def sniff(head: bytes) -> str | None:
    """The reader name the content calls for, or None when the first bytes do not say."""
    if head.startswith(b"WARC/1."):
        return "warc"
    if not head.strip() or looks_binary(head):
        return None
    text = decode(head).lstrip("\ufeff")
    for name, pattern in SIGNATURES:
        if pattern.match(text):
            return name
    if _first_line_is_object(text):
        return "jsonl"
    if _ARRAY_OF_OBJECTS.match(text.lstrip()):
        return "json"
    if is_table(text, whole=len(head) < HEAD):
        return "csv"
    if has_layout(text):
        return "scraped"
    return None


def _first_line_is_object(text: str) -> bool:
    line = text.lstrip().split("\n", 1)[0]
    if not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def is_table(text: str, *, whole: bool = True) -> bool:
    """Whether ``text`` (all of a file, or its head when not ``whole``) opens a CSV/TSV corpus."""
    header_line = text.split("\n", 1)[0].rstrip("\r")
    delimiter = delimiter_of(header_line)
    if len(header_line) > MAX_HEADER or delimiter not in header_line:
        return False
    rows = _sample_rows(text if whole else text[: text.rfind("\n") + 1], delimiter)
    if not rows or not _is_header(rows[0]):
        return False
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    return bool(body) and all(len(row) == len(rows[0]) for row in body)


def _sample_rows(text: str, delimiter: str) -> list[list[str]]:
    """The header and up to ``SAMPLE_ROWS`` rows, as far as they parse (a quote cut by the end
    of the head, or a broken row, ends the sample)."""
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            rows.append(row)
            if len(rows) > SAMPLE_ROWS:
                break
    except csv.Error:
        pass
    return rows


def _is_header(cells: list[str]) -> bool:
    names = [cell.strip().lstrip("\ufeff") for cell in cells]
    named = [name for name in names if name]  # a nameless index column is common
    return (len(named) >= 2 and len(set(named)) == len(named)
            and all(_COLUMN.fullmatch(name) for name in named)
            and any(name.lower().replace(" ", "_").replace("-", "_") in TEXT_COLUMNS for name in named))
