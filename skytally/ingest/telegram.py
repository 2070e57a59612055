"""Telegram Desktop channel exports (``result.json``): one document per message.

A message's ``text`` is a string or a list of strings and entity objects
(``{"type": "bold", "text": "..."}``); it is flattened to plain text. Telegram
Desktop writes ``date`` in the exporting machine's local time, for the channels we
follow Kyiv time (``ReadOptions.timezone``); ``date_unixtime``, when present, is exact.
The channel name is the outlet; the URL is ``https://t.me/<username>/<id>`` when the
username is known (the export's ``username`` or ``ReadOptions.channel``).
Messages without text (photos, service messages) are skipped; failures are numbered
by the message's position in the export (1-based).

The export is streamed (``jsonstream``): messages are decoded one at a time, so memory is
bounded by the largest message, not the file, and a file cut short gives the messages before
the cut, then a failure naming the line, column and message. A broken message costs only
itself: Telegram Desktop opens each message on a line of its own (``JsonStream.resync``).
Telegram Desktop writes the channel's ``name`` before ``messages``; when the name (or the username, without
``ReadOptions.channel``) is missing there and the file's last 64 KiB name such a key, a first
pass reads it from after the messages (decoding and dropping them), then the messages are read.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from zoneinfo import ZoneInfo

from skytally.documents import make_document
from skytally.errors import InputError
from skytally.ingest.decode import sniff_encoding
from skytally.ingest.jsonarray import broken, json_stream
from skytally.ingest.jsonstream import JsonError, JsonStream, elements, members
from skytally.ingest.source import HEAD, DamagedData, open_binary, read_head, read_tail
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

log = logging.getLogger(__name__)
TRAILING_KEY = re.compile(r'"(?:name|username)"\s*:')  # a channel key, looked for in the tail
Opener = Callable[[], AbstractContextManager[BinaryIO]]  # the export from its start, each call


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from _read(lambda: open_binary(path), lambda: read_tail(path), str(path), options,
                     sniff_encoding(read_head(path)))


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from _read(lambda: io.BytesIO(data), lambda: data[-HEAD:], source, options, sniff_encoding(data))


def read_stream(fh: BinaryIO, source: str, options: ReadOptions,
                encoding: str) -> Iterator[Document | Failure]:
    """Messages from a stream read once (standard input): a channel name written only after the
    messages is not seen."""
    yield from _read(lambda: nullcontext(fh), lambda: b"", source, options, encoding)


def _read(open_: Opener, tail: Callable[[], bytes], source: str, options: ReadOptions,
          encoding: str) -> Iterator[Document | Failure]:
    def complete(header: dict[str, Any]) -> dict[str, Any]:
        """The header, plus a name or username written after the messages (a second pass)."""
        if _named_later(header, options, tail().decode(encoding, errors="replace")):
            return {**_trailing(open_, encoding), **header}
        return header

    with open_() as fh, json_stream(fh, encoding) as stream:
        try:
            yield from _export(stream, source, options, complete)
        except JsonError as exc:
            yield broken(source, exc, "message")
        except DamagedData as exc:  # compressed data damaged or cut short after the cursor
            yield Failure(source, exc.reason, line=stream.line)


def _export(stream: JsonStream, source: str, options: ReadOptions,
            complete: Callable[[dict[str, Any]], dict[str, Any]]) -> Iterator[Document | Failure]:
    keys, header = _header(stream)
    if header is None:
        stream.finish()
        yield Failure(source, "not a Telegram channel export: no \"messages\" list", field="messages")
        return
    yield from _messages(stream, Channel.of(complete(header), options), source)
    for _ in keys:
        stream.value()
    stream.finish()


def _header(stream: JsonStream) -> tuple[Iterator[str], dict[str, Any] | None]:
    """The export's keys before ``"messages"``, the cursor left on its list, and the walk of the
    keys after it; None for a value that is no object with a ``"messages"`` list."""
    if stream.peek() != "{":
        stream.value()
        return iter(()), None
    keys = members(stream)
    header: dict[str, Any] = {}
    for key in keys:
        if key == "messages" and stream.peek() == "[":
            return keys, header
        header[key] = stream.value()
    return keys, None


def _named_later(header: dict[str, Any], options: ReadOptions, tail: str) -> bool:
    """Whether the channel's name or username may follow the messages: missing before them,
    and named as a key near the end of the file."""
    missing = "name" not in header or ("username" not in header and not options.channel)
    return missing and TRAILING_KEY.search(tail) is not None


def _trailing(open_: Opener, encoding: str) -> dict[str, Any]:
    """The top-level ``name`` and ``username`` of an export, the messages decoded one by one
    and dropped; what a break in the JSON hides is missing (the main pass names the break)."""
    found: dict[str, Any] = {}
    with open_() as fh, json_stream(fh, encoding) as stream:
        try:
            for key in members(stream):
                if key == "messages" and stream.peek() == "[":
                    deque(elements(stream, skip_broken=True), maxlen=0)
                elif key in ("name", "username"):
                    found[key] = stream.value()
                else:
                    stream.value()
        except (JsonError, DamagedData):
            pass
    return found


def _messages(stream: JsonStream, channel: Channel, source: str) -> Iterator[Document | Failure]:
    skipped = 0
    for number, message in enumerate(elements(stream, skip_broken=True), 1):
        item = (broken(source, message, "message") if isinstance(message, JsonError)
                else message_document(message, channel, source=source, number=number))
        if item is None:
            skipped += 1
        else:
            yield item
    log.info("%s: %d messages without text skipped", source, skipped)


@dataclass(frozen=True, slots=True)
class Channel:
    """What every message of one export shares: name, username and local time zone."""

    name: str | None
    username: str | None
    zone: ZoneInfo

    @classmethod
    def of(cls, export: dict[str, Any], options: ReadOptions) -> Channel:
        username = options.channel or export.get("username") or None
        if isinstance(username, str):
            username = username.removeprefix("@").removeprefix("https://t.me/").strip("/") or None
        name = export.get("name") if isinstance(export.get("name"), str) else None
        return cls(name, username, ZoneInfo(options.timezone))


def message_document(message: Any, channel: Channel, *, source: str,
                     number: int) -> Document | Failure | None:
    """The document of one message; None for messages without text."""
    if not isinstance(message, dict):
        return Failure(source, "message is not a JSON object", line=number)
    if message.get("type", "message") != "message":
        return None
    text = flatten_text(message.get("text"))
    if not text.strip():
        return None
    mid = message.get("id")
    url = f"https://t.me/{channel.username}/{mid}" if channel.username and mid is not None else None
    try:
        return make_document(text, url=url, published=message_date(message, channel.zone),
                             outlet=channel.name, source=f"{source}#{number}",
                             meta={"telegram_id": mid} if mid is not None else None)
    except InputError as exc:
        return Failure(source, f"message {mid}: {exc.reason}", line=number, field=exc.field)


def flatten_text(value: Any) -> str:
    """Plain text of a message's ``text``: a string, or a list of strings and entity objects."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(flatten_text(part) for part in value)
    if isinstance(value, dict):
        return flatten_text(value.get("text", ""))
    return ""


def message_date(message: dict[str, Any], zone: ZoneInfo) -> dt.datetime | None:
    """The message time as an aware datetime in the channel's zone."""
    stamp = message.get("date_unixtime")
    if stamp not in (None, ""):
        try:
            return dt.datetime.fromtimestamp(int(stamp), tz=zone)
        except (TypeError, ValueError, OverflowError):
            raise InputError(f"bad date_unixtime {stamp!r}", field="date_unixtime") from None
    local = message.get("date")
    if local in (None, ""):
        return None
    try:
        naive = dt.datetime.fromisoformat(str(local))
    except ValueError:
        raise InputError(f"not an ISO datetime: {local!r}", field="date") from None
    return naive if naive.tzinfo else naive.replace(tzinfo=zone)
