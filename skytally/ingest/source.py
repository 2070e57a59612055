"""Opening inputs: files (gzip-compressed or not) as binary streams, and their first bytes."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import Any, BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
HEAD = 65536


def is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, transparently decompressed when it is gzip."""
    if is_gzip(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_all(path: Path) -> bytes:
    """The whole (decompressed) content of a file."""
    with open_binary(path) as fh:
        return fh.read()


def read_tail(path: Path, size: int = HEAD) -> bytes:
    """The last ``size`` (decompressed) bytes: a seek in a plain file, a pass through a gzip one
    (cut short, what could be read)."""
    if not is_gzip(path):
        with path.open("rb") as fh:
            fh.seek(max(path.stat().st_size - size, 0))
            return fh.read(size)
    tail = b""
    try:
        with gzip.open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                tail = (tail + chunk)[-size:]
    except (OSError, EOFError, zlib.error):
        pass
    return tail


def read_head(path: Path, size: int = HEAD) -> bytes:
    """The first ``size`` (decompressed) bytes; a truncated gzip gives what could be read."""
    with path.open("rb") as fh:
        raw = fh.read(size)
    return head_of(raw, size)


def head_of(data: bytes, size: int = HEAD) -> bytes:
    """The first ``size`` bytes of ``data``, decompressed when it is gzip."""
    if not data.startswith(GZIP_MAGIC):
        return data[:size]
    try:
        return zlib.decompressobj(wbits=31).decompress(data[:size], size)
    except zlib.error:
        return data[:size]


class Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (a sniffed head) before the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def replay(head: bytes, stream: BinaryIO) -> BinaryIO:
    """A buffered binary stream of ``head`` followed by the rest of ``stream``."""
    return io.BufferedReader(Prefixed(head, stream))
