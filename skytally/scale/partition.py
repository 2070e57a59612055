"""One partition of a batch: a spec in, documents, extractions and failures out.

``run_partition`` is a pure function of its spec (it reads the input files it
names and nothing else), so any engine can run it: Dask here, a process pool,
a Kubernetes job, a plain loop. A spec is either a byte range of one JSONL
file that starts on line ``first_line``, or a group of whole files read with
``skytally.ingest.read_paths``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from skytally.extract import extract_document
from skytally.ingest import Item, ReadOptions, read_paths
from skytally.ingest.jsonl import read_lines
from skytally.models import Document, Extraction, Failure

log = logging.getLogger(__name__)

Extractor = Callable[[Document], Extraction]


@dataclass(frozen=True, slots=True)
class PartitionSpec:
    """Where one partition's input is: whole files, or bytes ``[start, end)`` of one JSONL file."""

    index: int
    paths: tuple[str, ...]
    input_format: str | None = None  # None: detected from each path's extension
    options: ReadOptions = field(default_factory=ReadOptions)
    start: int = 0
    end: int | None = None  # None: the paths are read whole
    first_line: int = 1  # line number of the byte at ``start`` (JSONL ranges)

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"

    @property
    def is_range(self) -> bool:
        return self.end is not None


@dataclass(frozen=True, slots=True)
class PartitionRecords:
    """What one partition produced, in input order; ``extractions[i]`` is of ``documents[i]``."""

    documents: tuple[Document, ...]
    extractions: tuple[Extraction, ...]
    failures: tuple[Failure, ...]


def run_partition(spec: PartitionSpec, extract: Extractor = extract_document) -> PartitionRecords:
    """Read and extract one partition; a document the extractor chokes on becomes a failure."""
    documents: list[Document] = []
    extractions: list[Extraction] = []
    failures: list[Failure] = []
    for item in read_items(spec):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        try:
            extraction = extract(item)
        except Exception as exc:  # one bad document must not sink the partition
            log.warning("extractor failed on %s: %r", item.source or item.id, exc)
            failures.append(Failure(item.source or item.id, f"extractor error: {exc!r}"))
            continue
        documents.append(item)
        extractions.append(extraction)
    return PartitionRecords(tuple(documents), tuple(extractions), tuple(failures))


def read_items(spec: PartitionSpec) -> Iterator[Item]:
    """The documents and failures of a partition's input, as the single-process readers give them."""
    if not spec.is_range:
        yield from read_paths(spec.paths, input_format=spec.input_format, options=spec.options)
        return
    path = spec.paths[0]
    try:
        lines = _range_lines(path, spec.start, spec.end or spec.start)
    except OSError as exc:
        yield Failure(path, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_lines(lines, path, spec.options, first_line=spec.first_line)


def _range_lines(path: str, start: int, end: int) -> list[bytes]:
    """Lines of bytes ``[start, end)``, split on ``\\n`` only, as iterating a binary file splits them."""
    with open(path, "rb") as fh:
        fh.seek(start)
        return fh.read(end - start).split(b"\n")
