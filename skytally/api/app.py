"""The ASGI app: REST API under ``/api`` and the dashboard, both over ``skytally.query``."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

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


STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
SWAGGER = "/static/vendor/swagger-ui"


def docs() -> HTMLResponse:
    """Swagger UI from the vendored copy: the API docs work offline too."""
    return get_swagger_ui_html(openapi_url="/openapi.json", title="skytally API",
                               swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
                               swagger_css_url=f"{SWAGGER}/swagger-ui.css",
                               swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png")


def create_app(store: Store, *, token: str | None = None, max_body: int = MAX_BODY,
               web: bool = True) -> FastAPI:
    """The app for ``store``; ``token`` enables writes (default: ``SKYTALLY_API_TOKEN``)."""
    app = FastAPI(title="skytally", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None)
    app.state.store = store
    app.state.analytics = Analytics(store.engine)
    app.state.token = (token if token is not None else token_from_env()) or None
    app.state.max_body = max_body
    install_error_handlers(app)
    app.add_middleware(DropEmptyParams)
    app.add_middleware(SizeLimit, max_body=max_body)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_api_route("/docs", docs, include_in_schema=False)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    if web:
        from skytally.web.pages import install_pages

        install_pages(app)
    return app
