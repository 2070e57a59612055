"""Readers: every input format becomes a stream of ``Document`` or ``Failure``.

One module per format; ``read_paths`` picks the reader for each path from
its extension (``--input-format`` overrides) and never stops on a bad file:
what cannot be read comes out as a ``Failure`` naming file, line and reason.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from skytally.ingest import jsonl, text
from skytally.models import Document, Failure

Item = Document | Failure


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to map fields of record-shaped inputs (JSONL, CSV) onto documents."""

    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "published"
    url_field: str = "url"
    outlet_field: str = "outlet"
    title_field: str = "title"


Reader = Callable[[Path, ReadOptions], Iterator[Item]]

READERS: dict[str, Reader] = {
    "text": text.read,
    "jsonl": jsonl.read,
}

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def detect_format(path: Path) -> str:
    """The reader name for a path, from its extension; plain text by default."""
    suffixes = "".join(path.suffixes[-2:]).lower()
    return EXTENSIONS.get(suffixes) or EXTENSIONS.get(path.suffix.lower(), "text")


def expand(paths: Iterable[str]) -> Iterator[Path]:
    """Files named, files under directories named (recursively), and glob matches."""
    for raw in paths:
        p = Path(raw)
        if any(ch in raw for ch in "*?["):
            yield from sorted(q for q in Path().glob(raw) if q.is_file())
        elif p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith("."))
        else:
            yield p


def read_paths(paths: Iterable[str], *, input_format: str | None = None,
               options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents from every path (``-`` is standard input); failures in line."""
    opts = options or ReadOptions()
    for path in expand(paths):
        name = str(path)
        if name == "-":
            yield from _read_stdin(input_format or "jsonl", opts)
            continue
        fmt = input_format or detect_format(path)
        reader = READERS.get(fmt)
        if reader is None:
            yield Failure(name, f"unknown input format {fmt!r}; known: {', '.join(sorted(READERS))}")
            continue
        if not path.exists():
            yield Failure(name, "no such file")
            continue
        try:
            yield from reader(path, opts)
        except OSError as exc:
            yield Failure(name, f"cannot read: {exc.strerror or exc}")


def _read_stdin(fmt: str, opts: ReadOptions) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    if fmt == "jsonl":
        yield from jsonl.read_bytes(data, "-", opts)
    else:
        yield from text.read_bytes(data, "-")


__all__ = ["READERS", "Item", "ReadOptions", "detect_format", "read_paths"]
