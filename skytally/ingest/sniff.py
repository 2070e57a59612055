"""Telling formats apart by their first bytes.

Each signature is data: a pattern anchored at the start of the (decompressed,
decoded) content, tried in order. ``sniff`` answers only when it is sure; the
caller falls back on the file extension, then on plain text.
"""

from __future__ import annotations

import json
import re

from skytally.ingest.decode import decode, looks_binary
from skytally.ingest.scraped import has_layout

# Markup that may precede the root element: declarations, comments, processing instructions.
_PROLOG = r"(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<\?[^>]*\?>)*"

SIGNATURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("feed", re.compile(_PROLOG + r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)),
    ("html", re.compile(_PROLOG + r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)),
    ("telegram", re.compile(r"\{\s*\"(?:name|type|id|about)\"\s*:.*?\"messages\"\s*:\s*\[", re.DOTALL)),
)

_ARRAY_OF_OBJECTS = re.compile(r"\[\s*(?:\{|\])")


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
