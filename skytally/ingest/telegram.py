"""Telegram Desktop channel exports (``result.json``): one document per message.

A message's ``text`` is a string or a list of strings and entity objects
(``{"type": "bold", "text": "..."}``); it is flattened to plain text. Telegram
Desktop writes ``date`` in the exporting machine's local time, for the channels we
follow Kyiv time (``ReadOptions.timezone``); ``date_unixtime``, when present, is exact.
The channel name is the outlet; the URL is ``https://t.me/<username>/<id>`` when the
username is known (the export's ``username`` or ``ReadOptions.channel``).
Messages without text (photos, service messages) are skipped; failures are numbered
by the message's position in the export (1-based).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from skytally.documents import make_document
from skytally.errors import InputError
from skytally.ingest.jsonarray import load_json
from skytally.ingest.source import read_all
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

log = logging.getLogger(__name__)


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_bytes(read_all(path), str(path), options)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    export = load_json(data, source)
    if isinstance(export, Failure):
        yield export
        return
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        yield Failure(source, "not a Telegram channel export: no \"messages\" list", field="messages")
        return
    channel = Channel.of(export, options)
    skipped = 0
    for number, message in enumerate(export["messages"], 1):
        item = message_document(message, channel, source=source, number=number)
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
