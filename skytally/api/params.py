"""Query parameters shared by the read endpoints and the dashboard: filters and pages.

Values are validated here (closed vocabularies, bounded lengths and page sizes) into
the ``Filters`` and ``Page`` of ``skytally.query.browse``, whose queries only ever pass
them as bound parameters, never spliced into SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import parse_qsl, urlencode

from fastapi import Query
from starlette.types import ASGIApp, Receive, Scope, Send

from skytally.api.errors import ApiError
from skytally.models import Outcome, Weapon
from skytally.query.browse import MAX_LIMIT, Filters, Page

DEFAULT_LIMIT = 50
MAX_OFFSET = 1_000_000
NAME_PATTERN = r"^[a-z][a-z0-9_-]{0,39}$"  # canonical attacker names: "russia", "houthis"
TEXT_MAX = 100


def filters(
    since: Annotated[dt.date | None, Query(description="First attack date, inclusive (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Last attack date, inclusive (YYYY-MM-DD).")] = None,
    attacker: Annotated[str | None, Query(pattern=NAME_PATTERN, description="e.g. russia")] = None,
    target: Annotated[str | None, Query(pattern=NAME_PATTERN, description="e.g. ukraine")] = None,
    weapon: Annotated[Weapon | None, Query()] = None,
    outcome: Annotated[Outcome | None, Query()] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=TEXT_MAX, description="e.g. Kyiv")] = None,
    outlet: Annotated[str | None, Query(min_length=1, max_length=TEXT_MAX)] = None,
) -> Filters:
    """Filters from the query string; a reversed date range is an error, not an empty page."""
    if since and until and since > until:
        raise ApiError(400, "invalid_parameter", "since must not be after until",
                       [{"field": "query.since", "problem": "after until"}])
    return Filters(since=since, until=until, attacker=attacker, target=target,
                   weapon=weapon.value if weapon else None, outcome=outcome.value if outcome else None,
                   place=place, outlet=outlet)


def only(f: Filters, *allowed: str) -> Filters:
    """``f`` if it uses no filter outside ``allowed``; a 400 naming the others otherwise."""
    extra = sorted(k for k, v in f.to_dict().items() if v is not None and k not in allowed)
    if extra:
        raise ApiError(400, "unsupported_filter", f"not available here: {', '.join(extra)}; "
                       f"use {', '.join(allowed)}", [{"field": f"query.{k}", "problem": "not supported"}
                                                      for k in extra])
    return f


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
    = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "MAX_OFFSET", "NAME_PATTERN", "TEXT_MAX", "Filters", "Page",
           "DropEmptyParams", "filters", "only", "page"]


class DropEmptyParams:
    """ASGI middleware: ``?attacker=&since=`` (an HTML form left blank) means no such filter."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = urlencode([(k, v) for k, v in pairs if v.strip()])
            scope = {**scope, "query_string": kept.encode("latin-1")}
        await self.app(scope, receive, send)
