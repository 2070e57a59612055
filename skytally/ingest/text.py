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
    if looks_binary(data):
        yield Failure(source, "binary file (NUL bytes), not text")
        return
    body = decode(data).lstrip("\ufeff")
    if not body.strip():
        yield Failure(source, "empty file")
        return
    yield make_document(body, source=source)
