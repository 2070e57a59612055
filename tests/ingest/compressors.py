"""Compressors for reader tests: name, file suffix, and a function compressing bytes (a plain
module, so its name cannot clash with another folder's conftest)."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from collections.abc import Callable

import pytest


def _zstd(data: bytes) -> bytes:
    zstd = pytest.importorskip("backports.zstd")
    return zstd.compress(data)  # type: ignore[no-any-return]


# name, suffix, compress; fast levels, bz2 at 1 (100 kB blocks: a test corpus spans several)
COMPRESSORS: list[tuple[str, str, Callable[[bytes], bytes]]] = [
    ("gzip", ".gz", gzip.compress),
    ("bz2", ".bz2", lambda data: bz2.compress(data, compresslevel=1)),
    ("xz", ".xz", lambda data: lzma.compress(data, preset=1)),
    ("lzma", ".lzma", lambda data: lzma.compress(data, format=lzma.FORMAT_ALONE, preset=1)),
    ("zstd", ".zst", _zstd),
]
COMPRESSOR_IDS = [name for name, _, _ in COMPRESSORS]


def jsonl_corpus(count: int, *, words: int = 40) -> bytes:
    """``count`` JSONL records ``d0``, ``d1``, …, each about ``words`` × 20 bytes of text that
    does not compress to nothing (its numbers change)."""
    return b"".join(json.dumps({"id": f"d{i}", "text": " ".join(
        f"Report {i}: {i * 7 + w} drones launched," for w in range(words))}).encode() + b"\n"
        for i in range(count))
