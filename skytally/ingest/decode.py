"""Bytes to text: BOMs, UTF-16, UTF-8 (even slightly broken), Cyrillic code pages, then detection.

``decode`` never raises: whatever cannot be decoded becomes U+FFFD. The order of
the steps matters: a byte-order mark is certain, the NUL pattern of UTF-16 is nearly
certain, strict UTF-8 is almost never wrong, and only then do we guess.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SAMPLE = 8192
BROKEN_UTF8_SHARE = 0.34  # at most this share of non-ASCII characters may be undecodable
UTF16_HIGH_SHARE = 0.9  # share of high bytes taking their two most common values
CYRILLIC_HIGH_SHARE = 0.3  # share of letters that are high bytes in a single-byte Cyrillic text
DECLARED = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes in any common encoding; never raises on odd bytes.

    ``declared`` is an encoding the container states (HTTP header, ``<meta charset>``);
    it is trusted only when the bytes decode cleanly with it.
    """
    encoding = sniff_encoding(data, declared)
    return data.decode(encoding, errors="replace")


def sniff_encoding(data: bytes, declared: str | None = None) -> str:
    """The codec name ``decode`` uses for ``data``."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return enc
    utf16 = utf16_variant(data)
    if utf16:
        return utf16
    if _is_utf8(data):
        return "utf-8"
    if declared and _decodes_cleanly(data, declared):
        return declared
    if _mostly_utf8(data):
        return "utf-8"
    return _cyrillic_codepage(data) or _detected(data) or "utf-8"


def declared_charset(html: bytes) -> str | None:
    """The ``<meta charset>`` an HTML page states in its head, if any."""
    m = DECLARED.search(html[:SAMPLE])
    return m.group(1).decode("ascii").lower() if m else None


def utf16_variant(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when BOM-less bytes look like UTF-16 text: the high byte of each
    unit takes one or two values (NUL for Latin, 0x04 for Cyrillic) while the low byte varies,
    and the decoded text is printable."""
    sample = data[:SAMPLE]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if _narrow(high) and not _narrow(low) and _printable(sample.decode(codec, errors="replace")):
            return codec
    return None


def _narrow(column: bytes) -> bool:
    """At least 90% of the bytes are one of the column's two most common values."""
    counts = Counter(column).most_common(2)
    return sum(n for _, n in counts) >= UTF16_HIGH_SHARE * len(column)


def _printable(text: str) -> bool:
    bad = sum(1 for ch in text if ch == "\ufffd" or (not ch.isprintable() and ch not in "\r\n\t"))
    return bad <= 0.02 * len(text)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NULs outside UTF-16/32)."""
    head = data[:SAMPLE]
    if b"\x00" not in head:
        return False
    return not (head.startswith(tuple(b for b, _ in BOMS)) or utf16_variant(head))


def _is_utf8(data: bytes) -> bool:
    """Valid UTF-8 but perhaps for a character cut by the end (a file's head, a cut file)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _decodes_cleanly(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 with a few bad bytes (a cut or corrupted file), not another code page.

    Judged on a sample; a sample with no bad byte at all means the damage is further on.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text = decoder.decode(data[:SAMPLE * 32], final=len(data) <= SAMPLE * 32)
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return bad == 0 or (good > 0 and bad <= BROKEN_UTF8_SHARE * (good + bad))


def _cyrillic_codepage(data: bytes) -> str | None:
    """cp1251 or koi8-r when high bytes look like Cyrillic letters; lower case decides which.

    Running text is mostly lower case: cp1251 puts а-я at 0xE0-0xFF, koi8-r at 0xC0-0xDF.
    """
    sample = data[:SAMPLE * 4]
    upper_half = sum(1 for b in sample if b >= 0xE0)
    lower_half = sum(1 for b in sample if 0xC0 <= b < 0xE0)
    ascii_letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122)
    letters = upper_half + lower_half
    if letters < CYRILLIC_HIGH_SHARE * (letters + ascii_letters):
        return None
    return "cp1251" if upper_half >= lower_half else "koi8-r"


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:SAMPLE * 8]).best()
    return str(best.encoding) if best is not None else None
