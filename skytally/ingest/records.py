"""Record-shaped inputs (JSONL lines, CSV rows, ...) to documents under a field mapping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from skytally.documents import make_document, parse_published
from skytally.errors import InputError
from skytally.models import Document

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions


def record_to_document(rec: Mapping[str, Any], options: ReadOptions, *, source: str) -> Document:
    """A document from one record under the field mapping; ``InputError`` names the field."""
    text = rec.get(options.text_field)
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty text", field=options.text_field)
    rid = rec.get(options.id_field)
    return make_document(
        text,
        id=str(rid) if rid not in (None, "") else None,
        published=parse_published(rec.get(options.date_field), field=options.date_field),
        url=_str(rec.get(options.url_field)),
        outlet=_str(rec.get(options.outlet_field)),
        title=_str(rec.get(options.title_field)),
        language=_str(rec.get(options.language_field)),
        source=source,
    )


def _str(v: Any) -> str | None:
    return v.strip() or None if isinstance(v, str) else None
