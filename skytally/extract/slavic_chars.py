"""Tokens of a chunk read character by character, as ``slavic_tokens.TOKEN_RE`` finds them.

A chunk is a run of characters between ASCII spaces. Most chunks of a Ukrainian or
Russian report hold only ASCII and basic Cyrillic letters, ASCII digits, apostrophes and
common marks: for those (``chunk_end`` tells them), ``word_end`` and ``figure`` tell the
tokens by the character codes, in a compiled loop (no pattern, no match object). A chunk
with any other character is left to the pattern: it alone can tell, say, whether an
accented letter or a digit of another script is a word character. Among the characters
known here, the word characters are the letters and digits, and the digits are ASCII.
``TOKEN_RE`` has these branches, tried in order at each token start:

- a word: a letter, then letters, digits, apostrophes, and "-" or "/" before more of them;
- a time or decimal (a mark): 1-2 digits, ":" or ".", 2 digits and no digit after; or
  digits, "." or ",", digits;
- a number: digits (groups joined by a space span chunks: left to the pattern), and an
  ending "-" + 1-3 lower-case Cyrillic letters that no letter or digit follows ("181-м");
- any other character that is no word character nor space: a mark of its own.
"""

from __future__ import annotations

from typing import Final

WORD: Final = 0
MARK: Final = 1
NUM: Final = 2
Figure = tuple[int, int, int]  # a time, decimal or number: its end, kind, and the end of its digits


def code(text: str, i: int) -> int:
    return ord(text[i])


def is_space(c: int) -> bool:
    """The ASCII spaces (between chunks)."""
    return c == 32 or 9 <= c <= 13


def is_letter(c: int) -> bool:
    """ASCII and basic Cyrillic letters (U+0400-U+045F, Ґ ґ): all alphabetic."""
    if c < 128:
        return 97 <= c <= 122 or 65 <= c <= 90
    return 0x400 <= c <= 0x45F or c == 0x490 or c == 0x491


def is_digit(c: int) -> bool:
    return 48 <= c <= 57


def is_apostrophe(c: int) -> bool:
    """"'" and "’", which go on a word ("ʼ" is a letter to Unicode: left to the pattern)."""
    return c == 39 or c == 0x2019


def is_mark(c: int) -> bool:
    """Characters that are no word character nor space: ASCII punctuation but "_", and
    « » – — ’ “ ” „ …."""
    if c < 128:
        return 33 <= c <= 47 or 58 <= c <= 64 or (91 <= c <= 96 and c != 95) or 123 <= c <= 126
    return c in (0xAB, 0xBB, 0x2013, 0x2014, 0x2019, 0x201C, 0x201D, 0x201E, 0x2026)


def is_known(c: int) -> bool:
    return is_letter(c) or is_digit(c) or is_mark(c)


def is_ending_letter(c: int) -> bool:
    """The letters of a number's ending: ``[а-яіїє]``."""
    return 0x430 <= c <= 0x44F or c == 0x456 or c == 0x457 or c == 0x454


def in_word(c: int) -> bool:
    return is_letter(c) or is_digit(c) or is_apostrophe(c)


def chunk_end(text: str, p: int, stop: int) -> int:
    """Where the chunk from ``p`` (no space) ends: at the next ASCII space or ``stop``, unless a
    digit ends it and a space and a digit follow (the groups of a number may go on: the next
    chunk is joined). Negative (``~end``) if a character in it is not one this module knows,
    or chunks were joined: the pattern reads it."""
    plain = True
    while True:
        while p < stop:
            c = ord(text[p])  # the tests most characters meet written out: a call costs more
            if 0x430 <= c <= 0x44F or 97 <= c <= 122:
                p += 1
                continue
            if c == 32 or 9 <= c <= 13:
                break
            if plain and not is_known(c):
                plain = False
            p += 1
        if p + 1 < stop and code(text, p) == 32 and is_digit(code(text, p + 1)) and (
                is_digit(code(text, p - 1))):
            p += 1
            plain = False
            continue
        return p if plain else ~p


def word_end(text: str, p: int, end: int) -> int:
    """Where a word from before ``p`` ends."""
    while p < end:
        c = ord(text[p])
        if 0x430 <= c <= 0x44F or in_word(c):  # lower-case Cyrillic first: most letters
            p += 1
        elif (c == 45 or c == 47) and p + 1 < end and in_word(code(text, p + 1)):
            p += 2  # "-", "/" and more of the word
        else:
            return p
    return p


def _digits_end(text: str, p: int, end: int) -> int:
    while p < end and is_digit(code(text, p)):
        p += 1
    return p


def figure(text: str, p: int, end: int) -> Figure:
    """The time, decimal or number at ``p`` (a digit)."""
    q = _digits_end(text, p, end)
    c = code(text, q) if q < end else -1
    if q - p <= 2 and (c == 58 or c == 46) and q + 2 < end and is_digit(code(text, q + 1)) and (
            is_digit(code(text, q + 2))) and (q + 3 == end or not is_digit(code(text, q + 3))):
        return q + 3, MARK, q + 3  # "18:00", "6.30"
    if (c == 46 or c == 44) and q + 1 < end and is_digit(code(text, q + 1)):
        r = _digits_end(text, q + 1, end)  # "1,5", "0.25"
        return r, MARK, r
    if c == 45:
        r = q + 1
        while r < end and r - q <= 4 and is_ending_letter(code(text, r)):
            r += 1
        letters = r - q - 1
        if 1 <= letters <= 3 and (r == end or not (is_letter(code(text, r)) or is_digit(code(text, r)))):
            return r, NUM, q  # "181-м"
    return q, NUM, q
