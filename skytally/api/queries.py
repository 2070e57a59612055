"""Read queries the API and the dashboard both call, so the two never disagree.

Listings and details come from ``skytally.query.browse`` (the store's own
queries). What browse does not offer yet lives here as small SQLAlchemy Core
selects with bound parameters only: text search, places, a place's nights and
the nightly series from events' preferred figures.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, Select, func, or_, select

from skytally.query import browse
from skytally.query.browse import Filters, Page, as_dict
from skytally.store.schema import claims, document_places, documents, events

SNIPPET = 240

get_document = browse.get_document
get_event = browse.get_event
list_events = browse.list_events


def _listing(engine: Engine, stmt: Select[Any], f: Filters, page: Page, **extra: Any) -> dict[str, Any]:
    p = page.bounded()
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()
        rows = conn.execute(stmt.limit(p.limit).offset(p.offset)).all()
    return {"items": [as_dict(r) for r in rows], "total": int(total), "limit": p.limit,
            "offset": p.offset, "filters": f.to_dict(), **extra}


def like_pattern(text: str) -> str:
    """``%text%`` with the LIKE wildcards in ``text`` escaped (for ``escape="\\\\"``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_documents(engine: Engine, f: Filters, page: Page, q: str | None = None) -> dict[str, Any]:
    """Documents newest first; with ``q``, only those whose title or text contains it."""
    if not q:
        return browse.list_documents(engine, f, page)
    pattern = like_pattern(q.lower())
    found = or_(func.lower(documents.c.text).like(pattern, escape="\\"),
                func.lower(func.coalesce(documents.c.title, "")).like(pattern, escape="\\"))
    n_claims = (select(func.count()).where(claims.c.document_id == documents.c.id)
                .scalar_subquery().label("n_claims"))
    stmt = (select(*browse.DOC_COLUMNS, func.substr(documents.c.text, 1, SNIPPET).label("snippet"), n_claims)
            .where(found, *browse.document_conditions(f))
            .order_by(documents.c.published_on.desc().nulls_last(), documents.c.id))
    return _listing(engine, stmt, f, page, q=q)


def list_claims(engine: Engine, f: Filters, page: Page) -> dict[str, Any]:
    """``browse.list_claims``, except that the outlet filter is applied on its join.

    (browse's ``EXISTS`` on ``documents`` is auto-correlated away by the join, which
    SQLAlchemy refuses; until that is fixed there, the outlet condition goes here.)
    """
    if not f.outlet:
        return browse.list_claims(engine, f, page)
    stmt = (select(*browse.CLAIM_COLUMNS, browse.QUOTE, documents.c.outlet, documents.c.published)
            .join(documents, documents.c.id == claims.c.document_id)
            .where(documents.c.outlet == f.outlet, *browse.claim_conditions(replace(f, outlet=None)))
            .order_by(claims.c.date.desc().nulls_last(), claims.c.id))
    return _listing(engine, stmt, f, page)


def get_place(engine: Engine, place: str, page: Page) -> dict[str, Any] | None:
    """A place (matched without case) with the events of the reports that name it."""
    with engine.connect() as conn:
        name = conn.execute(select(document_places.c.place)
                            .where(func.lower(document_places.c.place) == place.lower()).limit(1)).scalar()
    if name is None:
        return None
    f = Filters(place=name)
    stmt = select(events).where(*browse.event_conditions(f)).order_by(events.c.date.desc(), events.c.id)
    return {"place": name, "nights": _listing(engine, stmt, f, page)}


__all__ = ["get_document", "get_event", "get_place", "like_pattern", "list_claims",
           "list_documents", "list_events"]
