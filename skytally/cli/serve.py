"""``skytally serve``: the REST API and the dashboard over a store."""

from __future__ import annotations

import importlib.util
import sys

import click

from skytally.cli.store import db_option, store_at
from skytally.errors import MissingExtra


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on.")
def serve_command(db: str | None, host: str, port: int) -> None:
    """Serve the dashboard and the REST API (OpenAPI at /docs).

    Read-only unless SKYTALLY_API_TOKEN is set, which enables POST /api/ingest.
    """
    for module in ("fastapi", "uvicorn", "jinja2"):
        if importlib.util.find_spec(module) is None:
            click.echo(f"Error: {MissingExtra(module, 'web')}", err=True)
            sys.exit(1)
    import uvicorn

    from skytally.api import create_app

    with store_at(db) as store:
        app = create_app(store)
        mode = "writes enabled" if app.state.token else "read-only"
        click.echo(f"Serving the dashboard at http://{_shown(host)}:{port}/ ({mode}); Ctrl-C stops", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")


def _shown(host: str) -> str:
    return f"[{host}]" if ":" in host else host


commands = [serve_command]
