"""Query parameters shared by the read endpoints and the dashboard: filters and pages.

Values are validated here (closed vocabularies, bounded lengths and page sizes) and
then only ever passed to queries as bound parameters, never spliced into SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import Query

from skytally.api.errors import ApiError
from skytally.models import Outcome, Weapon

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
NAME_PATTERN = r"^[a-z][a-z0-9_-]{0,39}$"  # canonical attacker names: "russia", "houthis"
TEXT_MAX = 100


@dataclass(frozen=True, slots=True)
class Filters:
    """What a listing is narrowed to; ``None`` means no constraint."""

    since: dt.date | None = None
    until: dt.date | None = None
    attacker: str | None = None
    weapon: Weapon | None = None
    outcome: Outcome | None = None
    place: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: (str(v) if v is not None else None) for k, v in asdict(self).items()}

    def query_string(self) -> dict[str, str]:
        """The non-empty filters as URL query parameters (for links and the JSON twin)."""
        return {k: v for k, v in self.to_dict().items() if v is not None}


@dataclass(frozen=True, slots=True)
class Page:
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"limit": self.limit, "offset": self.offset}


def filters(
    since: Annotated[dt.date | None, Query(description="First attack date, inclusive (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Last attack date, inclusive (YYYY-MM-DD).")] = None,
    attacker: Annotated[str | None, Query(pattern=NAME_PATTERN, description="e.g. russia")] = None,
    weapon: Annotated[Weapon | None, Query()] = None,
    outcome: Annotated[Outcome | None, Query()] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=TEXT_MAX, description="e.g. Kyiv")] = None,
    outlet: Annotated[str | None, Query(min_length=1, max_length=TEXT_MAX)] = None,
) -> Filters:
    """Filters from the query string; a reversed date range is an error, not an empty page."""
    if since and until and since > until:
        raise ApiError(400, "invalid_parameter", "since must not be after until",
                       [{"field": "query.since", "problem": "after until"}])
    return Filters(since=since, until=until, attacker=attacker, weapon=weapon, outcome=outcome,
                   place=place, outlet=outlet)


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
    = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)
