"""HTML fragments (feed item content) to plain text: blocks become lines, entities decoded."""

from __future__ import annotations

import html
import re

_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote|p|div|li|h[1-6]|tr|blockquote)\b[^>]*>",
                    re.IGNORECASE)
_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Readable text of an HTML fragment: tags removed, one line per block, no extra blanks."""
    s = _COMMENT.sub("", _DROP.sub("", fragment))
    s = _TAG.sub("", _BLOCK.sub("\n", s))
    s = _SPACES.sub(" ", html.unescape(s))
    lines = (line.strip() for line in s.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
