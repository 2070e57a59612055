"""Fetching pages and feeds the user names with ``--fetch``; nothing else touches the network.

A real HTTP client (httpx) with timeouts, redirects followed, and a User-Agent that
names skytally so site owners know who is asking.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from skytally import __version__
from skytally.errors import InputError, MissingExtra

USER_AGENT = f"skytally/{__version__} (+https://github.com/skytally/skytally; aerial-attack report research)"
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body with the URL it finally came from and its declared content type."""

    url: str
    body: bytes
    content_type: str


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = 20.0) -> Fetched:
    """GET ``url``; ``InputError`` on network errors, HTTP errors and oversized bodies."""
    try:
        import httpx
    except ImportError:
        raise MissingExtra("httpx", "formats") from None
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
               "application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(f"cannot fetch: HTTP {response.status_code} {response.reason_phrase}")
            body = _read_limited(response.iter_bytes())
            return Fetched(str(response.url), body, response.headers.get("content-type", ""))
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch: {type(exc).__name__}: {exc}") from None


def _read_limited(chunks: Iterator[bytes]) -> bytes:
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) > MAX_BYTES:
            raise InputError(f"cannot fetch: body larger than {MAX_BYTES // 2**20} MB")
    return bytes(body)
