"""Request size limits: declared bodies over the limit are refused before they are read."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from skytally.api.errors import ApiError, error_response

MAX_BODY = 5 * 1024 * 1024  # bytes of a POST /ingest body
MAX_URL = 4096  # characters of path plus query string


class SizeLimit:
    """ASGI middleware: 413 for a Content-Length over ``max_body``, 414 for a long URL."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY, max_url: int = MAX_URL) -> None:
        self.app = app
        self.max_body = max_body
        self.max_url = max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> JSONResponse | None:
        url_len = len(scope.get("path", "")) + len(scope.get("query_string", b""))
        if url_len > self.max_url:
            return error_response(414, f"URL longer than {self.max_url} characters")
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return error_response(413, f"request body over {self.max_body} bytes")
        return None


async def read_body(request: Request, max_body: int = MAX_BODY) -> bytes:
    """The body, read in chunks and refused as soon as it passes ``max_body`` (chunked uploads)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise ApiError(413, "payload_too_large", f"request body over {max_body} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
