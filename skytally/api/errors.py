"""One JSON error shape for every error the API returns, and the handlers that use it.

Every failure, whether raised by a route, by validation or by the framework, leaves as::

    {"error": {"status": 404, "code": "not_found", "message": "…", "details": […]}}

``error_body`` is the single builder; the handlers only choose its arguments.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from skytally.errors import InputError, SkytallyError

log = logging.getLogger(__name__)


class ApiError(SkytallyError):
    """An error a route raises on purpose: an HTTP status, a stable code and a message."""

    def __init__(self, status: int, code: str, message: str,
                 details: Sequence[dict[str, Any]] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = list(details)


def status_code_name(status: int) -> str:
    """``404`` → ``"not_found"``: the default code for a status."""
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def error_body(status: int, message: str, *, code: str | None = None,
               details: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """The one error body: status, a stable machine code, a human message, optional details."""
    return {"error": {"status": status, "code": code or status_code_name(status),
                      "message": message, "details": [dict(d) for d in details]}}


def error_response(status: int, message: str, *, code: str | None = None,
                   details: Sequence[dict[str, Any]] = (),
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, code=code, details=details),
                        status_code=status, headers=headers)


def validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Pydantic's errors reduced to where (``query.limit``) and what, without echoing input."""
    return [{"field": ".".join(str(p) for p in e.get("loc", ())), "problem": str(e.get("msg", ""))}
            for e in exc.errors()]


ErrorPage = Callable[[Request, dict[str, Any]], Response | None]


def respond(request: Request, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    """The error as JSON, or as the dashboard's HTML page when one is installed and wants it."""
    page: ErrorPage | None = getattr(request.app.state, "error_page", None)
    html = page(request, body) if page is not None else None
    return html or JSONResponse(body, status_code=body["error"]["status"], headers=headers)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return respond(request, error_body(exc.status, exc.message, code=exc.code, details=exc.details))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    return respond(request, error_body(exc.status_code, str(exc.detail)), dict(exc.headers or {}))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return respond(request, error_body(422, "invalid request parameters", code="invalid_parameter",
                                       details=validation_details(exc)))


async def _input_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InputError)
    return respond(request, error_body(400, str(exc), code="invalid_input"))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error", exc_info=exc)
    return respond(request, error_body(500, "internal error", code="internal_error"))


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure through ``error_body`` (and ``app.state.error_page``, if set)."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(Exception, _unexpected)
