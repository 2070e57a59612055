"""Plain text files: one document per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from skytally.documents import make_document
from skytally.ingest.decode import decode
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_bytes(path.read_bytes(), str(path))


def read_bytes(data: bytes, source: str) -> Iterator[Document | Failure]:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield Failure(source, "binary file (NUL bytes), not text")
        return
    body = decode(data)
    if not body.strip():
        yield Failure(source, "empty file")
        return
    yield make_document(body, source=source)
