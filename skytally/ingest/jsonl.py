"""JSONL corpora: one JSON object per line, fields mapped by ``ReadOptions``."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skytally.errors import InputError
from skytally.ingest.decode import decode
from skytally.ingest.records import record_to_document
from skytally.ingest.source import DamagedData, open_binary
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

log = logging.getLogger(__name__)


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    with open_binary(path) as fh:
        yield from read_lines(fh, str(path), options)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_lines(data.splitlines(), source, options)


def read_lines(lines: Iterable[bytes], source: str, options: ReadOptions,
               first_line: int = 1) -> Iterator[Document | Failure]:
    """Documents from raw lines; ``first_line`` numbers them when reading a slice of a file."""
    lineno = first_line - 1
    try:
        for lineno, raw in enumerate(lines, first_line):
            if not raw.strip():
                continue
            try:
                rec = _parse(_text(raw, source, lineno))
                yield record_to_document(rec, options, source=f"{source}:{lineno}")
            except InputError as exc:
                yield Failure(source, exc.reason, line=lineno, field=exc.field)
    except DamagedData as exc:  # compressed data damaged or cut short after this line
        yield Failure(source, exc.reason, line=lineno + 1)
    except OSError as exc:
        yield Failure(source, f"unreadable after this line: {exc.strerror or exc}", line=lineno + 1)


def _text(raw: bytes, source: str, lineno: int) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        log.warning("%s:%d: not UTF-8 (%s at byte %d); decoded by detection",
                    source, lineno, exc.reason, exc.start)
        return decode(raw)


def _parse(line: str) -> dict[str, Any]:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise InputError("JSON nested too deeply") from None
    except ValueError as exc:  # an integer of more than 4300 digits
        raise InputError(f"unreadable JSON value: {str(exc)[:80]}") from None
    if not isinstance(rec, dict):
        raise InputError(f"expected a JSON object, got {type(rec).__name__}")
    return rec


__all__ = ["read", "read_bytes", "read_lines", "record_to_document"]
