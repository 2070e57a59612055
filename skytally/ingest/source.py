"""Opening inputs: files and streams as binary streams, decompressed when they are compressed,
and their first and last bytes.

A compression is told by the content's first bytes (``COMPRESSIONS``), never by the name:
gzip, bzip2, xz, the older lzma container, and zstd (``skytally[formats]``). A decompressed
stream (``Decompressed``) turns whatever its decompressor raises into a ``DamagedData`` that
says what is wrong ("damaged xz data: …", "cut short: …"), raises it again on every later
read, and keeps everything that came before, so a reader gives the documents before the damage
and then one failure.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from skytally.errors import InputError, MissingExtra

GZIP_MAGIC = b"\x1f\x8b"
HEAD = 65536
MAGIC_BYTES = 16  # enough of a stream's start to tell every compression
BUFFER = 1 << 16  # bytes a decompressed stream hands on at a time


def _zstd_file(fh: BinaryIO) -> io.BufferedIOBase:
    try:
        from compression import zstd  # type: ignore[import-not-found,unused-ignore]  # Python 3.14
    except ImportError:
        try:
            from backports import zstd  # type: ignore[import-not-found,import-untyped,no-redef,unused-ignore]
        except ImportError:
            raise MissingExtra("backports.zstd (for zstd data)", "formats") from None
    return zstd.ZstdFile(fh)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Compression:
    """A compressed container: its name, the bytes that open it, the file name suffixes it
    usually gets, and how to open a decompressing file object over a compressed stream."""

    name: str
    magic: re.Pattern[bytes]
    suffixes: tuple[str, ...]
    open: Callable[[BinaryIO], io.BufferedIOBase]


COMPRESSIONS: tuple[Compression, ...] = (
    Compression("gzip", re.compile(re.escape(GZIP_MAGIC)), (".gz", ".gzip"),
                lambda fh: gzip.GzipFile(fileobj=fh, mode="rb")),
    # "BZh", the block size 1-9, then the magic of a first block or of the end of an empty stream
    Compression("bz2", re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"), (".bz2", ".bzip2"),
                bz2.BZ2File),
    Compression("xz", re.compile(re.escape(b"\xfd7zXZ\x00")), (".xz",),
                partial(lzma.LZMAFile, format=lzma.FORMAT_XZ)),
    # the .lzma container has no magic: properties 0x5D (lc=3 lp=0 pb=2, what every encoder
    # writes) then a dictionary size from 64 KiB (two low bytes zero) to 144 MiB (xz -9: 64 MiB),
    # so that no odd header makes the decoder ask for gigabytes
    Compression("lzma", re.compile(rb"\x5d\x00\x00.[\x00-\x08]", re.DOTALL), (".lzma",),
                partial(lzma.LZMAFile, format=lzma.FORMAT_ALONE)),
    Compression("zstd", re.compile(re.escape(b"\x28\xb5\x2f\xfd")), (".zst", ".zstd"), _zstd_file),
)
SUFFIXES = tuple(suffix for kind in COMPRESSIONS for suffix in kind.suffixes)


class DamagedData(InputError):
    """Compressed data that cannot be decompressed any further: damaged, or cut short."""


def compression_of(data: bytes) -> Compression | None:
    """The compression of data starting with ``data`` (its first ``MAGIC_BYTES`` suffice)."""
    return next((kind for kind in COMPRESSIONS if kind.magic.match(data)), None)


def plain_name(name: str) -> str:
    """``name`` without a compression suffix: ``x.jsonl.xz`` is ``x.jsonl``."""
    lower = name.lower()
    return next((name[: -len(s)] for s in SUFFIXES if lower.endswith(s)), name)


def is_compressed(path: Path) -> bool:
    with path.open("rb") as fh:
        return compression_of(fh.read(MAGIC_BYTES)) is not None


def is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == GZIP_MAGIC


class Decompressed(io.RawIOBase):
    """The decompressed bytes of ``stream``; what the decompressor raises is a ``DamagedData``,
    raised again on every later read. Closing it closes ``stream`` only when it ``owns`` it."""

    def __init__(self, kind: Compression, stream: BinaryIO, *, owns: bool) -> None:
        self.kind = kind
        self._stream = stream
        self._owns = owns
        self._inner = kind.open(stream)
        self._damage: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._damage is None:
            try:
                data = self._inner.read1(len(buffer))
            except OSError as exc:
                if exc.errno is not None:  # the disk or pipe, not the data
                    raise
                self._damage = f"damaged {self.kind.name} data: {exc}"
            except EOFError:
                self._damage = f"cut short: the {self.kind.name} data ends before its end marker"
            except Exception as exc:  # zlib.error, LZMAError, ZstdError: the decompressor's own
                self._damage = f"damaged {self.kind.name} data: {exc}"
            else:
                buffer[: len(data)] = data
                return len(data)
        raise DamagedData(self._damage)

    def close(self) -> None:
        if not self.closed:
            try:
                self._inner.close()
            finally:
                if self._owns:
                    self._stream.close()
        super().close()


def decompressed(stream: BinaryIO, *, owns: bool = False) -> BinaryIO:
    """``stream``, decompressed when its first bytes say it is compressed (they are read and
    replayed: ``stream`` need not seek)."""
    magic = stream.read(MAGIC_BYTES)
    kind = compression_of(magic)
    replayed = replay(magic, stream, owns=owns)
    return replayed if kind is None else _opened(kind, replayed)


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, transparently decompressed when it is compressed."""
    fh = path.open("rb")
    kind = compression_of(fh.read(MAGIC_BYTES))
    fh.seek(0)
    return fh if kind is None else _opened(kind, fh)


def _opened(kind: Compression, stream: BinaryIO) -> BinaryIO:
    """A buffered decompressed stream that owns ``stream``."""
    try:
        return io.BufferedReader(Decompressed(kind, stream, owns=True), BUFFER)
    except BaseException:
        stream.close()
        raise


def read_all(path: Path) -> bytes:
    """The whole (decompressed) content of a file."""
    with open_binary(path) as fh:
        return fh.read()


def read_upto(stream: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes of ``stream``, fewer at its end; damaged data ends them early (the
    stream raises the damage again when read on)."""
    parts: list[bytes] = []
    got = 0
    try:
        while got < size and (chunk := stream.read1(size - got)):  # type: ignore[attr-defined]
            parts.append(chunk)
            got += len(chunk)
    except DamagedData:
        pass
    return b"".join(parts)


def read_tail(path: Path, size: int = HEAD) -> bytes:
    """The last ``size`` (decompressed) bytes: a seek in a plain file, a pass through a
    compressed one (damaged or cut short: the last of what could be read)."""
    with path.open("rb") as raw:
        if compression_of(raw.read(MAGIC_BYTES)) is None:
            raw.seek(max(path.stat().st_size - size, 0))
            return raw.read(size)
    tail: deque[bytes] = deque()
    kept = 0
    with open_binary(path) as fh:
        try:
            while chunk := fh.read1(BUFFER):  # type: ignore[attr-defined]
                tail.append(chunk)
                kept += len(chunk)
                while kept - len(tail[0]) >= size:
                    kept -= len(tail.popleft())
        except DamagedData:
            pass
    return b"".join(tail)[-size:]


def read_head(path: Path, size: int = HEAD) -> bytes:
    """The first ``size`` (decompressed) bytes; damaged or cut short, what could be read;
    compressed by a library not installed, none (the reader names the library)."""
    try:
        with open_binary(path) as fh:
            return read_upto(fh, size)
    except MissingExtra:
        return b""


def head_of(data: bytes, size: int = HEAD) -> bytes:
    """The first ``size`` bytes of ``data``, decompressed when it is compressed (as far as it
    can be: damaged or cut short, what could be read)."""
    if compression_of(data[:MAGIC_BYTES]) is None:
        return data[:size]
    with decompressed(io.BytesIO(data)) as fh:
        return read_upto(fh, size)


class Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (a sniffed head) before the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO, *, owns: bool = False) -> None:
        self._head = memoryview(head)
        self._stream = stream
        self._owns = owns

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read1 = getattr(self._stream, "read1", self._stream.read)
        data = read1(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed and self._owns:
            self._stream.close()
        super().close()


def replay(head: bytes, stream: BinaryIO, *, owns: bool = False) -> BinaryIO:
    """A buffered binary stream of ``head`` followed by the rest of ``stream``."""
    return io.BufferedReader(Prefixed(head, stream, owns=owns))
