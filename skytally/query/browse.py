"""Listings for people and programs: documents (with text search), claims, events, places, sources.

The CLI and the REST API/dashboard both call these, so they never disagree.
Every function takes an ``Engine`` and returns JSON-ready dicts (dates as ISO
strings); listings are pages ``{"items", "total", "limit", "offset", "filters"}``
with the page size bounded by ``MAX_LIMIT``. Filters become bound parameters only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Engine, Select, exists, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from skytally.store.schema import (
    claims,
    document_places,
    documents,
    event_claims,
    event_flags,
    events,
    sources,
)

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
SNIPPET = 240  # characters of a document's text shown in listings


@dataclass(frozen=True, slots=True)
class Filters:
    """What a listing is narrowed to; ``None`` means no constraint. Dates are attack dates
    for claims and events, publication dates for documents; both ends inclusive."""

    since: dt.date | None = None
    until: dt.date | None = None
    attacker: str | None = None
    target: str | None = None
    weapon: str | None = None
    outcome: str | None = None
    place: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {k: (str(v) if v is not None else None) for k, v in asdict(self).items()}


@dataclass(frozen=True, slots=True)
class Page:
    """A window on a listing; ``bounded`` clamps it to 1..MAX_LIMIT rows from offset ≥ 0."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def bounded(self) -> Page:
        return Page(min(max(self.limit, 1), MAX_LIMIT), max(self.offset, 0))


CLAIM_COLUMNS = (claims.c.id, claims.c.document_id, claims.c.kind, claims.c.outcome, claims.c.weapon,
                 claims.c.model, claims.c.n, claims.c.qualifier, claims.c.scope, claims.c.attacker,
                 claims.c.target, claims.c.date, claims.c.attribution, claims.c.derived, claims.c.subset,
                 claims.c.evidence_start, claims.c.evidence_end, claims.c.extractor_version)
QUOTE = func.substr(documents.c.text, claims.c.evidence_start + 1,
                    claims.c.evidence_end - claims.c.evidence_start).label("quote")
DOC_COLUMNS = (documents.c.id, documents.c.title, documents.c.published, documents.c.published_on,
               documents.c.url, documents.c.outlet, documents.c.language, documents.c.source,
               documents.c.source_kind, documents.c.duplicate_group, documents.c.extractor_version,
               documents.c.ingested_at)


# Its own alias, so the outlet condition stays a subquery when the listing joins documents too.
OUTLET_DOC = documents.alias("outlet_doc")


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def as_dict(row: Any) -> dict[str, Any]:
    return {k: iso(v) for k, v in row._mapping.items()}


# ---- conditions ---------------------------------------------------------------------------------

def has_place(document_id: Any, place: str) -> ColumnElement[bool]:
    return exists().where(document_places.c.document_id == document_id,
                          func.lower(document_places.c.place) == place.lower())


def like_pattern(text: str) -> str:
    """``%text%`` with the LIKE wildcards in ``text`` escaped (for ``escape="\\\\"``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def contains_text(q: str) -> ColumnElement[bool]:
    """A document whose title or text contains ``q``, ignoring case."""
    pattern = like_pattern(q.lower())
    return or_(func.lower(documents.c.text).like(pattern, escape="\\"),
               func.lower(func.coalesce(documents.c.title, "")).like(pattern, escape="\\"))


def matching(f: Filters, date: Any, **columns: Any) -> list[ColumnElement[bool]]:
    """``date`` within the range of ``f``, and each column equal to the filter of its name."""
    conds: list[ColumnElement[bool]] = [date >= f.since] if f.since else []
    conds += [date <= f.until] if f.until else []
    conds += [column == str(value) for name, column in columns.items()
              if (value := getattr(f, name)) is not None]
    return conds


def claim_conditions(f: Filters) -> list[ColumnElement[bool]]:
    conds = matching(f, claims.c.date, attacker=claims.c.attacker, target=claims.c.target,
                     weapon=claims.c.weapon, outcome=claims.c.outcome)
    if f.outlet:
        conds.append(exists().where(OUTLET_DOC.c.id == claims.c.document_id, OUTLET_DOC.c.outlet == f.outlet))
    if f.place:
        conds.append(has_place(claims.c.document_id, f.place))
    return conds


def document_conditions(f: Filters) -> list[ColumnElement[bool]]:
    conds = matching(f, documents.c.published_on, outlet=documents.c.outlet)
    if f.place:
        conds.append(has_place(documents.c.id, f.place))
    inner = claim_conditions(Filters(attacker=f.attacker, target=f.target, weapon=f.weapon,
                                     outcome=f.outcome))
    if inner:
        conds.append(exists().where(claims.c.document_id == documents.c.id, *inner))
    return conds


def event_conditions(f: Filters) -> list[ColumnElement[bool]]:
    conds = matching(f, events.c.date, attacker=events.c.attacker, target=events.c.target)
    inner = claim_conditions(Filters(weapon=f.weapon, outcome=f.outcome, place=f.place, outlet=f.outlet))
    if inner:
        conds.append(exists().where(event_claims.c.event_id == events.c.id,
                                    claims.c.id == event_claims.c.claim_id, *inner))
    return conds


# ---- listings -----------------------------------------------------------------------------------

def _listing(engine: Engine, stmt: Select[Any], f: Filters, page: Page | None,
             **extra: Any) -> dict[str, Any]:
    p = (page or Page()).bounded()
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()
        rows = conn.execute(stmt.limit(p.limit).offset(p.offset)).all()
    return {"items": [as_dict(r) for r in rows], "total": int(total), "limit": p.limit,
            "offset": p.offset, "filters": f.to_dict(), **extra}


def list_documents(engine: Engine, f: Filters | None = None, page: Page | None = None,
                   q: str | None = None) -> dict[str, Any]:
    """Documents, newest first, each with a snippet and its number of claims; with ``q``,
    only those whose title or text contains it (ignoring case)."""
    f = f or Filters()
    n_claims = (select(func.count()).where(claims.c.document_id == documents.c.id)
                .scalar_subquery().label("n_claims"))
    conds = [*document_conditions(f), *([contains_text(q)] if q else [])]
    stmt = (select(*DOC_COLUMNS, func.substr(documents.c.text, 1, SNIPPET).label("snippet"), n_claims)
            .where(*conds).order_by(documents.c.published_on.desc().nulls_last(), documents.c.id))
    return _listing(engine, stmt, f, page, **({"q": q} if q else {}))


def list_claims(engine: Engine, f: Filters | None = None, page: Page | None = None) -> dict[str, Any]:
    """Claims, latest attack first, each with its evidence quote and outlet."""
    f = f or Filters()
    stmt = (select(*CLAIM_COLUMNS, QUOTE, documents.c.outlet, documents.c.published)
            .join(documents, documents.c.id == claims.c.document_id)
            .where(*claim_conditions(f))
            .order_by(claims.c.date.desc().nulls_last(), claims.c.id))
    return _listing(engine, stmt, f, page)


def list_events(engine: Engine, f: Filters | None = None, page: Page | None = None) -> dict[str, Any]:
    """Events, latest first, with their label and counts of reports, claims and flags."""
    f = f or Filters()
    stmt = select(events).where(*event_conditions(f)).order_by(events.c.date.desc(), events.c.id)
    return _listing(engine, stmt, f, page)


def get_place(engine: Engine, place: str, page: Page | None = None) -> dict[str, Any] | None:
    """A place named in reports (matched ignoring case) with a page of its events, or None."""
    with engine.connect() as conn:
        name = conn.execute(select(document_places.c.place)
                            .where(func.lower(document_places.c.place) == place.lower())
                            .order_by(document_places.c.place).limit(1)).scalar()
    if name is None:
        return None
    return {"place": name, "nights": list_events(engine, Filters(place=name), page)}


def list_sources(engine: Engine) -> list[dict[str, Any]]:
    """Outlets and official bodies with their kind and number of stored documents."""
    n_docs = func.count(documents.c.id).label("documents")
    stmt = (select(sources.c.name, sources.c.kind, n_docs)
            .outerjoin(documents, documents.c.outlet == sources.c.name)
            .group_by(sources.c.name, sources.c.kind).order_by(n_docs.desc(), sources.c.name))
    with engine.connect() as conn:
        return [as_dict(r) for r in conn.execute(stmt)]


# ---- one event, one document --------------------------------------------------------------------

def get_event(engine: Engine, event_id: str) -> dict[str, Any] | None:
    """An event with every figure side by side: the preferred claim, the others with their
    role (agrees / conflicts / breakdown) and reason, sources, evidence, and flags."""
    with engine.connect() as conn:
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
        if row is None:
            return None
        entries = _event_entries(conn, event_id)
        flags = conn.execute(select(event_flags.c.code, event_flags.c.message)
                             .where(event_flags.c.event_id == event_id).order_by(event_flags.c.id)).all()
    return {"event": as_dict(row), "figures": _figures(entries), "flags": [as_dict(f) for f in flags],
            "sources": _sources(entries)}


def _event_entries(conn: Connection, event_id: str) -> list[dict[str, Any]]:
    stmt = (select(*CLAIM_COLUMNS, QUOTE, event_claims.c.figure, event_claims.c.role, event_claims.c.reason,
                   documents.c.outlet, documents.c.title, documents.c.url, documents.c.published,
                   func.coalesce(event_claims.c.source_kind, sources.c.kind, documents.c.source_kind)
                   .label("source_kind"),
                   func.coalesce(sources.c.kind, documents.c.source_kind).label("outlet_kind"))
            .join(claims, claims.c.id == event_claims.c.claim_id)
            .join(documents, documents.c.id == claims.c.document_id)
            .outerjoin(sources, sources.c.name == documents.c.outlet)
            .where(event_claims.c.event_id == event_id)
            .order_by(claims.c.id))
    return [as_dict(r) for r in conn.execute(stmt)]


ROLE_ORDER = {"preferred": 0, "agrees": 1, "consistent": 2, "conflicts": 3, "breakdown": 4}


def _figures(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for e in entries:
        grouped.setdefault(e["figure"], []).append(e)
    out = []
    for key, group in grouped.items():
        group.sort(key=lambda e: (ROLE_ORDER.get(e["role"], 9), e["id"]))
        outcome, weapon, model = key.split(":", 2)
        out.append({"figure": key, "outcome": outcome, "weapon": weapon or None, "model": model or None,
                    "preferred": group[0], "others": group[1:],
                    "conflicting": any(e["role"] == "conflicts" for e in group)})
    return out


def _sources(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for e in entries:
        seen.setdefault(e["document_id"], {"document_id": e["document_id"], "outlet": e["outlet"],
                                           "kind": e["outlet_kind"], "title": e["title"], "url": e["url"],
                                           "published": e["published"]})
    return sorted(seen.values(), key=lambda s: (s["published"] or "", s["document_id"]))


def get_document(engine: Engine, document_id: str) -> dict[str, Any] | None:
    """A document with its full text, its claims (with evidence quotes), places and events."""
    with engine.connect() as conn:
        row = conn.execute(select(*DOC_COLUMNS, documents.c.text)
                           .where(documents.c.id == document_id)).first()
        if row is None:
            return None
        found = conn.execute(select(*CLAIM_COLUMNS, QUOTE, event_claims.c.event_id, event_claims.c.role)
                             .join(documents, documents.c.id == claims.c.document_id)
                             .outerjoin(event_claims, event_claims.c.claim_id == claims.c.id)
                             .where(claims.c.document_id == document_id).order_by(claims.c.ordinal)).all()
        places = conn.execute(select(document_places.c.place)
                              .where(document_places.c.document_id == document_id)
                              .order_by(document_places.c.place)).scalars().all()
    claim_dicts = [as_dict(r) for r in found]
    return {"document": as_dict(row), "claims": claim_dicts, "places": list(places),
            "events": sorted({c["event_id"] for c in claim_dicts if c["event_id"]})}


__all__ = ["DEFAULT_LIMIT", "Filters", "MAX_LIMIT", "Page", "get_document", "get_event", "get_place",
           "like_pattern", "list_claims", "list_documents", "list_events", "list_sources"]
