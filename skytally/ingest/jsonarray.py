"""JSON corpora: one array of record objects (or an object holding one under a usual key).

Fields are mapped by ``ReadOptions`` as for JSONL; failures are numbered by the
record's position in the array (1-based).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skytally.errors import InputError
from skytally.ingest.decode import decode
from skytally.ingest.records import record_to_document
from skytally.ingest.source import read_all
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

# Keys under which exports commonly nest their list of records.
LIST_KEYS = ("documents", "items", "data", "records", "articles", "results")


def load_json(data: bytes, source: str) -> Any:
    """The JSON value of a whole file, or a ``Failure`` saying why it is not JSON."""
    try:
        return json.loads(decode(data).lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        return Failure(source, f"not JSON: {exc.msg} at column {exc.colno}", line=exc.lineno)
    except (ValueError, RecursionError) as exc:  # nested too deeply, an integer of 4300+ digits
        return Failure(source, f"unreadable JSON: {type(exc).__name__}")


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_bytes(read_all(path), str(path), options)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    value = load_json(data, source)
    if isinstance(value, Failure):
        yield value
        return
    records = _records(value)
    if records is None:
        yield Failure(source, "expected a JSON array of objects, or an object with one under "
                      f"{', '.join(repr(k) for k in LIST_KEYS)}")
        return
    for number, rec in enumerate(records, 1):
        yield _document(rec, number, source, options)


def _records(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return next((value[k] for k in LIST_KEYS if isinstance(value.get(k), list)), None)
    return None


def _document(rec: Any, number: int, source: str, options: ReadOptions) -> Document | Failure:
    if not isinstance(rec, dict):
        return Failure(source, f"record is not a JSON object but {type(rec).__name__}", line=number)
    try:
        return record_to_document(rec, options, source=f"{source}#{number}")
    except InputError as exc:
        return Failure(source, exc.reason, line=number, field=exc.field)
