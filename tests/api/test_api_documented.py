"""Every API route is documented in docs/api.md (a route nobody can find does not exist)."""

from __future__ import annotations

import re
from pathlib import Path

from skytally.api import create_app
from skytally.store import Store

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_every_api_route_is_in_the_docs(store: Store) -> None:
    text = DOCS.read_text(encoding="utf-8")
    routes = create_app(store).openapi()["paths"]
    missing = []
    for path in routes:
        if not path.startswith("/api/"):
            continue
        pattern = re.escape(path).replace(r"\{", "{").replace(r"\}", "}")
        pattern = re.sub(r"\{[a-z_]+\}", r"(\\{[^}]+\\}|[^`]+)", pattern)
        if not re.search(pattern, text):
            missing.append(path)
    assert missing == []
