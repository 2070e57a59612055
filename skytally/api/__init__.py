"""REST API over the stored record: read endpoints, exports, a token-protected ingest.

    from skytally.api import create_app
    app = create_app(open_store("skytally.db"))   # serve with uvicorn

Needs the ``web`` extra (FastAPI, uvicorn, Jinja2).
"""

from __future__ import annotations

from skytally.api.app import create_app

__all__ = ["create_app"]
