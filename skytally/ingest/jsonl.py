"""JSONL corpora: one JSON object per line, fields mapped by ``ReadOptions``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skytally.documents import make_document
from skytally.errors import InputError
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    with path.open("rb") as fh:
        yield from _read_lines(fh, str(path), options)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from _read_lines(data.splitlines(), source, options)


def _read_lines(lines: Any, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            yield record_to_document(_parse(raw), options, source=f"{source}:{lineno}")
        except InputError as exc:
            yield Failure(source, exc.reason, line=lineno, field=exc.field)


def _parse(raw: bytes) -> dict[str, Any]:
    try:
        rec = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(rec, dict):
        raise InputError(f"expected a JSON object, got {type(rec).__name__}")
    return rec


def record_to_document(rec: dict[str, Any], options: ReadOptions, *, source: str) -> Document:
    """A document from one record (JSONL line, CSV row) under the field mapping."""
    text = rec.get(options.text_field)
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty text", field=options.text_field)
    rid = rec.get(options.id_field)
    try:
        return make_document(
            text,
            id=str(rid) if rid not in (None, "") else None,
            published=rec.get(options.date_field),
            url=_str(rec.get(options.url_field)),
            outlet=_str(rec.get(options.outlet_field)),
            title=_str(rec.get(options.title_field)),
            source=source,
        )
    except InputError as exc:
        raise InputError(exc.reason, field=exc.field or options.date_field) from None


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None
