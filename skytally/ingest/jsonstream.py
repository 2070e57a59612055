"""One big JSON document walked a value at a time, in memory bounded by its largest value.

``JsonStream`` reads a text stream in chunks and decodes one value at a time with the
standard library's decoder (``json.JSONDecoder.raw_decode``, the C scanner): a value cut
by the end of the buffer is decoded again once more text is in. ``members`` and
``elements`` walk an object's keys and an array's elements, so a reader decodes the part
it wants (a Telegram export's ``"messages"``) element by element and nothing else whole.
Values come out exactly as ``json.loads`` makes them; what it would reject is a
``JsonError`` naming the line and column, in ``json``'s words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, Protocol

from skytally.errors import InputError

CHUNK = 1 << 18  # characters read at a time
NEAR_END = 16  # an error this close to the end of the buffer may only be the cut: read on
KEEP = 256  # characters of the current line kept before the cursor, to see its indentation
_SPACE = re.compile(r"[ \t\n\r]*")


class TextSource(Protocol):
    """Where ``JsonStream`` reads its text: up to ``size`` characters, '' at the end."""

    def read(self, size: int, /) -> str: ...


class JsonError(InputError):
    """Text that is not JSON (``line`` and ``column`` say where) or JSON Python cannot hold.

    ``element`` is the 1-based position, in the array ``elements`` was walking, of the element
    it broke in; ``cut`` says the text ended where a value was still expected.
    """

    def __init__(self, reason: str, *, line: int | None = None, column: int | None = None,
                 cut: bool = False) -> None:
        super().__init__(reason, line=line)
        self.column = column
        self.cut = cut
        self.element: int | None = None


class JsonStream:
    """A cursor over the JSON text of ``text``, which it reads ``chunk`` characters at a time."""

    def __init__(self, text: TextSource, chunk: int | None = None) -> None:
        self._text = text
        self._chunk = chunk or CHUNK
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._started = False
        self._lines = 0  # newlines in the text dropped from the buffer
        self._column = 0  # characters after the last of them
        self._decoder = json.JSONDecoder()

    def peek(self) -> str:
        """The next character that is not white space, left unread ('' at the end)."""
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf) or not self._fill():
                return self._buf[self._pos : self._pos + 1]

    def take(self, char: str) -> bool:
        """Whether the next character is ``char``, which is then read."""
        if self.peek() != char:
            return False
        self._pos += 1
        return True

    def expect(self, char: str, message: str) -> None:
        if not self.take(char):
            raise self.error(message)

    def value(self) -> Any:
        """The next JSON value, decoded."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                if self._maybe_cut(exc) and self._fill(len(self._buf) - self._pos):
                    continue
                raise self.error(exc.msg, exc.pos) from None
            except (ValueError, RecursionError) as exc:  # nested too deeply, a 4300-digit integer
                raise JsonError(f"unreadable JSON: {type(exc).__name__}") from None
            if end < len(self._buf) - NEAR_END or not self._fill():  # a number may go on: 0 | .5
                self._pos = end
                return value

    @property
    def line(self) -> int:
        """The line of the cursor (1-based)."""
        return self._lines + self._buf.count("\n", 0, self._pos) + 1

    def finish(self) -> None:
        """Check that nothing but white space is left."""
        if self.peek():
            raise self.error("Extra data")

    def error(self, message: str, pos: int | None = None) -> JsonError:
        """A ``JsonError`` at ``pos`` of the buffer (the cursor by default), as ``json`` words it."""
        at = self._pos if pos is None else pos
        last = self._buf.rfind("\n", 0, at)
        column = at - last if last >= 0 else self._column + at + 1
        line = self._lines + self._buf.count("\n", 0, at) + 1
        cut = self._eof and (message.startswith("Unterminated string") or self._only_a_token_after(at))
        words = message.removesuffix(" at")  # "Unterminated string starting at"
        return JsonError(f"not JSON: {words} at column {column}", line=line, column=column, cut=cut)

    def _only_a_token_after(self, at: int) -> bool:
        """Whether the text ends within a token (``tru``, ``12``) or right after ``at``."""
        rest = self._buf[at:].rstrip()
        return len(rest) < NEAR_END and not any(char in rest for char in ",:]}")

    def indent(self) -> str | None:
        """The white space that opens the line of the next value when nothing else comes before
        it there (an element of a pretty-printed array); None otherwise, or when unknown."""
        self.peek()
        newline = self._buf.rfind("\n", 0, self._pos)
        prefix = self._buf[newline + 1 : self._pos]
        return prefix if newline >= 0 and not prefix.strip(" \t") else None

    def resync(self, indent: str) -> bool:
        """Skip to the next element of an array printed an element a line after a broken one:
        past the first ``},`` ending a line that opens with ``{`` after ``indent``. No JSON string
        holds a raw newline, and nested values are indented further, so only the array's own
        elements look so. False at the end."""
        boundary = re.compile(rf"\}}[ \t\r]*,[ \t\r]*\n{re.escape(indent)}(?=\{{)")
        while not (found := boundary.search(self._buf, self._pos)):
            self._pos = max(self._pos, len(self._buf) - KEEP - 2 * len(indent))
            if not self._fill():
                return False
        self._pos = found.end()
        return True

    def _maybe_cut(self, exc: json.JSONDecodeError) -> bool:
        return exc.msg.startswith("Unterminated string") or exc.pos >= len(self._buf) - NEAR_END

    def _fill(self, at_least: int = 0) -> bool:
        """Read more text into the buffer, dropping what was read; False at the end."""
        if self._eof:
            return False
        more = self._text.read(max(self._chunk, at_least))
        if not more:
            self._eof = True
            return False
        self._drop_read()
        self._buf += more
        if not self._started:
            self._started = True
            self._pos = 1 if self._buf.startswith("\ufeff") else 0
        return True

    def _drop_read(self) -> None:
        """Drop the text before the cursor, but for the start of its line if that is near."""
        newline = self._buf.rfind("\n", max(self._pos - KEEP, 0), self._pos)
        cut = newline if newline >= 0 else self._pos
        newlines = self._buf.count("\n", 0, cut)
        if newlines:
            self._lines += newlines
            self._column = cut - self._buf.rfind("\n", 0, cut) - 1
        else:
            self._column += cut
        self._buf = self._buf[cut:]
        self._pos -= cut


def members(stream: JsonStream) -> Iterator[str]:
    """The keys of the object at the cursor; after each, the caller reads its value."""
    stream.expect("{", "Expecting value")
    if stream.take("}"):
        return
    while True:
        if stream.peek() != '"':
            raise stream.error("Expecting property name enclosed in double quotes")
        key: str = stream.value()
        stream.expect(":", "Expecting ':' delimiter")
        yield key
        if stream.take("}"):
            return
        stream.expect(",", "Expecting ',' delimiter")


def elements(stream: JsonStream, *, skip_broken: bool = False) -> Iterator[Any]:
    """The elements of the array at the cursor, decoded one at a time.

    With ``skip_broken``, an element that is no JSON (or JSON Python cannot hold) in an array
    printed one element a line-opening ``{`` at a time comes out as its ``JsonError`` and
    reading goes on with the next (``JsonStream.resync``); otherwise it ends the walk.
    """
    stream.expect("[", "Expecting value")
    if stream.take("]"):
        return
    number = 1
    while True:
        indent = stream.indent() if skip_broken else None
        try:
            yield _element(stream, number)
        except JsonError as exc:
            if indent is None or exc.cut or not stream.resync(indent):
                raise
            yield exc
            number += 1
            continue
        if _closed(stream, number + 1):
            return
        number += 1


def _element(stream: JsonStream, number: int) -> Any:
    try:
        return stream.value()
    except JsonError as exc:
        exc.element = exc.element or number
        raise


def _closed(stream: JsonStream, following: int) -> bool:
    """Whether the array ends here; otherwise its ``,`` is read."""
    try:
        if stream.take("]"):
            return True
        stream.expect(",", "Expecting ',' delimiter")
    except JsonError as exc:
        exc.element = following  # the element that could not be read
        raise
    return False
