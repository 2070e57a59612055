"""The read endpoints of the REST API: thin wrappers over ``skytally.query.browse`` and the analytics."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from skytally.api import analytics
from skytally.api.analytics import DEFAULT_ATTACKER, Analytics
from skytally.api.errors import ApiError
from skytally.api.export import MEDIA_TYPES, ExportFormat, safe_filename, to_csv, to_geojson
from skytally.api.params import NAME_PATTERN, TEXT_MAX, Filters, Page, filters, page
from skytally.models import Weapon
from skytally.query import browse
from skytally.query.series import Period

router = APIRouter(prefix="/api")

FilterDep = Annotated[Filters, Depends(filters)]
PageDep = Annotated[Page, Depends(page)]
IdPath = Annotated[str, Path(min_length=1, max_length=200)]
Attacker = Annotated[str, Query(pattern=NAME_PATTERN, description="Whose attacks, e.g. russia")]
SearchText = Annotated[str, Query(min_length=2, max_length=TEXT_MAX, description="Words to find")]


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.store.engine
    return engine


EngineDep = Annotated[Engine, Depends(engine_of)]


def analytics_of(request: Request) -> Analytics:
    a: Analytics = request.app.state.analytics
    return a


AnalyticsDep = Annotated[Analytics, Depends(analytics_of)]


def found(value: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    if value is None:
        raise ApiError(404, "not_found", f"no {what} {key!r}")
    return value


@router.get("/documents", summary="Documents, newest first, with a snippet and claim count")
def documents(engine: EngineDep, f: FilterDep, p: PageDep,
              q: Annotated[str | None, Query(max_length=TEXT_MAX)] = None) -> dict[str, Any]:
    return browse.list_documents(engine, f, p, q)


@router.get("/documents/{document_id:path}", summary="One document: text, claims with spans, places, events")
def document(engine: EngineDep, document_id: IdPath) -> dict[str, Any]:
    return found(browse.get_document(engine, document_id), "document", document_id)


@router.get("/claims", summary="Claims with their document's outlet")
def claims(engine: EngineDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return browse.list_claims(engine, f, p)


@router.get("/events", summary="Events (one attacker, one night), newest first")
def events(engine: EngineDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return browse.list_events(engine, f, p)


@router.get("/events/{event_id:path}", summary="One event: every figure with source, role and flags")
def event(engine: EngineDep, event_id: IdPath) -> dict[str, Any]:
    return found(browse.get_event(engine, event_id), "event", event_id)


@router.get("/places", summary="Places ranked by attack nights, with casualties")
def places(a: AnalyticsDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return analytics.places(a, f, p)


@router.get("/places/{place}", summary="One place: its nights and events")
def place(engine: EngineDep, a: AnalyticsDep, place: Annotated[str, Path(min_length=1, max_length=TEXT_MAX)],
          p: PageDep) -> dict[str, Any]:
    return place_detail(engine, a, place, p)


def place_detail(engine: Engine, a: Analytics, place: str, p: Page) -> dict[str, Any]:
    found_place = found(browse.get_place(engine, place, p), "place", place)
    return {**found_place, "per_night": analytics.place_nights(a, found_place["place"])}


@router.get("/stats", summary="Per night, week or month and weapon class: launched … rate (rolling means)")
def stats(a: AnalyticsDep, f: FilterDep,
          by: Annotated[Period, Query(description="night, week or month")] = "night") -> dict[str, Any]:
    return {"by": by, "filters": analytics.for_series(f).to_dict(), "rows": analytics.stats(a, f, by)}


@router.get("/stats/records", summary="Successive record nights and the top nights of a weapon class")
def records(a: AnalyticsDep, weapon: Annotated[Weapon, Query()] = Weapon.DRONE,
            top: Annotated[int, Query(ge=1, le=100)] = 10,
            attacker: Attacker = DEFAULT_ATTACKER) -> dict[str, Any]:
    return analytics.records(a, weapon.value, top, attacker)


@router.get("/stats/casualties", summary="Killed and injured per night")
def casualties(a: AnalyticsDep, f: FilterDep) -> dict[str, Any]:
    return {"filters": analytics.for_series(f).to_dict(), "rows": analytics.casualties(a, f)}


@router.get("/timeline", summary="Political events (calls, talks, sanctions, deliveries) by date")
def timeline(a: AnalyticsDep, f: FilterDep) -> dict[str, Any]:
    return {"filters": f.to_dict(), "events": analytics.timeline(a, f)}


@router.get("/search", summary="Documents whose title or text contains the words")
def search(engine: EngineDep, q: SearchText, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return browse.list_documents(engine, f, p, q)


Listing = Callable[[Request, Filters, Page], dict[str, Any]]
EXPORTS: dict[str, Listing] = {
    "documents": lambda r, f, p: browse.list_documents(engine_of(r), f, p),
    "claims": lambda r, f, p: browse.list_claims(engine_of(r), f, p),
    "events": lambda r, f, p: browse.list_events(engine_of(r), f, p),
    "places": lambda r, f, p: analytics.places(analytics_of(r), f, p),
}


@router.get("/export/{dataset}.{fmt}", summary="A listing as a CSV, JSON or GeoJSON download")
def export(request: Request, dataset: str, fmt: ExportFormat, f: FilterDep, p: PageDep,
           filename: Annotated[str | None, Query(max_length=TEXT_MAX)] = None) -> Response:
    listing = EXPORTS.get(dataset)
    if listing is None:
        raise ApiError(404, "not_found", f"no export {dataset!r}; known: {', '.join(sorted(EXPORTS))}")
    if fmt is ExportFormat.GEOJSON and dataset != "places":
        raise ApiError(400, "invalid_parameter", "GeoJSON is available for places only")
    rows = listing(request, f, p)["items"]
    name = safe_filename(filename, dataset, fmt)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt is ExportFormat.CSV:
        return Response(to_csv(rows), media_type=MEDIA_TYPES[fmt], headers=headers)
    body: Any = to_geojson(rows) if fmt is ExportFormat.GEOJSON else rows
    return JSONResponse(body, media_type=MEDIA_TYPES[fmt], headers=headers)
