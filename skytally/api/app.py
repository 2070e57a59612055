"""The ASGI app: REST API under ``/api`` and the dashboard, both over ``skytally.api.queries``."""

from __future__ import annotations

from fastapi import FastAPI

from skytally import __version__
from skytally.api import ingest, routes
from skytally.api.analytics import Analytics
from skytally.api.auth import token_from_env
from skytally.api.errors import install_error_handlers
from skytally.api.limits import MAX_BODY, SizeLimit
from skytally.api.params import DropEmptyParams
from skytally.store import Store

DESCRIPTION = """Claims about aerial attacks, each with the exact evidence span of text.

Read endpoints are open; `POST /api/ingest` needs `Authorization: Bearer <SKYTALLY_API_TOKEN>`
and is disabled when no token is set. Every error has the shape
`{"error": {"status", "code", "message", "details"}}`. Every dashboard page has a `.json` twin.
"""


def create_app(store: Store, *, token: str | None = None, max_body: int = MAX_BODY,
               web: bool = True) -> FastAPI:
    """The app for ``store``; ``token`` enables writes (default: ``SKYTALLY_API_TOKEN``)."""
    app = FastAPI(title="skytally", version=__version__, description=DESCRIPTION)
    app.state.store = store
    app.state.analytics = Analytics(store.engine)
    app.state.token = (token if token is not None else token_from_env()) or None
    app.state.max_body = max_body
    install_error_handlers(app)
    app.add_middleware(DropEmptyParams)
    app.add_middleware(SizeLimit, max_body=max_body)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    if web:
        from skytally.web.pages import install_pages

        install_pages(app)
    return app
