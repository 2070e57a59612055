"""Plain text files: one document per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from skytally.documents import make_document
from skytally.ingest.decode import decode, looks_binary
from skytally.ingest.source import read_all
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_bytes(read_all(path), str(path), options)


def read_bytes(data: bytes, source: str, options: ReadOptions | None = None) -> Iterator[Document | Failure]:
    body = text_or_failure(data, source)
    yield body if isinstance(body, Failure) else make_document(body, source=source)


def text_or_failure(data: bytes, source: str) -> str | Failure:
    """The decoded text of a whole file, or why it is not text (binary, empty)."""
    if looks_binary(data):
        return Failure(source, "binary file (NUL bytes), not text")
    body = decode(data).lstrip("\ufeff")
    if not body.strip():
        return Failure(source, "empty file")
    return body
