"""Cutting inputs into partitions: JSONL by line ranges, other files grouped whole.

A JSONL file is cut at line boundaries into ranges of about ``target_bytes``;
each range knows the number of its first line, so failures name the same line
as a single-process run. Other files (WARC, HTML, text, compressed JSONL, ...) are never split:
consecutive ones are grouped until a group reaches ``target_bytes``, so one big
WARC is one partition and a directory of small text files is a few.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from skytally.errors import ConfigError
from skytally.ingest import ReadOptions, detect_format, expand
from skytally.ingest.fetch import is_url
from skytally.ingest.source import is_compressed
from skytally.scale.partition import PartitionSpec

DEFAULT_TARGET_BYTES = 16 * 1024 * 1024
UNITS = {"": 1, "b": 1, "kb": 1024, "k": 1024, "mb": 1024**2, "m": 1024**2, "gb": 1024**3, "g": 1024**3}
SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes from ``"16MB"``, ``"200kb"``, ``"1.5G"`` or a plain integer."""
    m = SIZE.match(text)
    unit = m.group(2).lower() if m else ""
    if m is None or unit not in UNITS or float(m.group(1)) <= 0:
        raise ConfigError(f"not a size: {text!r} (try 16MB, 512KB or a number of bytes)")
    return max(1, int(float(m.group(1)) * UNITS[unit]))


def plan_partitions(paths: Iterable[str], *, input_format: str | None = None,
                    options: ReadOptions | None = None,
                    target_bytes: int = DEFAULT_TARGET_BYTES) -> list[PartitionSpec]:
    """Partition specs covering every input, numbered in input order."""
    opts = options or ReadOptions()
    specs: list[PartitionSpec] = []
    group: list[str] = []
    group_bytes = 0

    def close_group() -> None:
        nonlocal group, group_bytes
        if group:
            specs.append(PartitionSpec(len(specs), tuple(group), input_format, opts))
        group, group_bytes = [], 0

    for name in _inputs(paths):
        path = Path(name)
        if _splittable(path, input_format):
            close_group()
            for start, end, first_line in line_ranges(path, target_bytes):
                specs.append(PartitionSpec(len(specs), (name,), input_format, opts,
                                           start=start, end=end, first_line=first_line))
            continue
        group.append(name)
        group_bytes += path.stat().st_size if path.is_file() else 0
        if group_bytes >= target_bytes:
            close_group()
    close_group()
    return specs


def line_ranges(path: Path, target_bytes: int) -> Iterator[tuple[int, int, int]]:
    """``(start, end, first_line)`` byte ranges of whole lines, each about ``target_bytes``."""
    start = offset = 0
    first_line = lineno = 1
    with path.open("rb") as fh:
        for line in fh:
            offset += len(line)
            lineno += 1
            if offset - start >= target_bytes:
                yield start, offset, first_line
                start, first_line = offset, lineno
    if offset > start:
        yield start, offset, first_line


def _splittable(path: Path, input_format: str | None) -> bool:
    """Plain JSONL files are cut by lines; compressed ones (gzip, bz2, xz...) and everything else
    are read whole."""
    try:
        return (path.is_file() and (input_format or detect_format(path)) == "jsonl"
                and not is_compressed(path))
    except OSError:  # unreadable: read whole, so the reader reports it as a failure
        return False


def _inputs(paths: Iterable[str]) -> Iterator[str]:
    """Each input as ``read_paths`` would read it: URLs as given, directories and globs expanded,
    and paths made absolute, so that they name the same file on every worker."""
    for raw in paths:
        if raw == "-":
            raise ConfigError("batch reads files, not standard input: save it to a file first")
        if is_url(raw):
            yield raw
        else:
            yield from (str(p.absolute()) for p in expand([raw]))
