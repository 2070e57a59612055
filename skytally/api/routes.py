"""The read endpoints of the REST API: thin wrappers over ``skytally.api.queries``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from skytally.api import queries
from skytally.api.errors import ApiError
from skytally.api.export import MEDIA_TYPES, ExportFormat, safe_filename, to_csv, to_geojson
from skytally.api.params import TEXT_MAX, Filters, Page, filters, page

router = APIRouter(prefix="/api")

FilterDep = Annotated[Filters, Depends(filters)]
PageDep = Annotated[Page, Depends(page)]
IdPath = Annotated[str, Path(min_length=1, max_length=200)]
SearchText = Annotated[str, Query(min_length=2, max_length=TEXT_MAX, description="Words to find")]


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.store.engine
    return engine


EngineDep = Annotated[Engine, Depends(engine_of)]


def found(value: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    if value is None:
        raise ApiError(404, "not_found", f"no {what} {key!r}")
    return value


@router.get("/documents", summary="Documents, newest first, with a snippet and claim count")
def documents(engine: EngineDep, f: FilterDep, p: PageDep,
              q: Annotated[str | None, Query(max_length=TEXT_MAX)] = None) -> dict[str, Any]:
    return queries.list_documents(engine, f, p, q)


@router.get("/documents/{document_id}", summary="One document: text, claims with spans, places, events")
def document(engine: EngineDep, document_id: IdPath) -> dict[str, Any]:
    return found(queries.get_document(engine, document_id), "document", document_id)


@router.get("/claims", summary="Claims with their document's outlet")
def claims(engine: EngineDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return queries.list_claims(engine, f, p)


@router.get("/events", summary="Events (one attacker, one night), newest first")
def events(engine: EngineDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return queries.list_events(engine, f, p)


@router.get("/events/{event_id}", summary="One event: every figure with source, role and flags")
def event(engine: EngineDep, event_id: IdPath) -> dict[str, Any]:
    return found(queries.get_event(engine, event_id), "event", event_id)


@router.get("/places", summary="Places ranked by attack nights")
def places(engine: EngineDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return queries.list_places(engine, f, p)


@router.get("/places/{place}", summary="One place and its nights")
def place(engine: EngineDep, place: Annotated[str, Path(min_length=1, max_length=TEXT_MAX)],
          p: PageDep) -> dict[str, Any]:
    return found(queries.get_place(engine, place, p), "place", place)


@router.get("/stats/nightly", summary="Per night and weapon class: launched, shot down, …, rate")
def nightly(engine: EngineDep, f: FilterDep) -> dict[str, Any]:
    return {"filters": f.to_dict(), "nights": queries.nightly(engine, f)}


@router.get("/search", summary="Documents whose title or text contains the words")
def search(engine: EngineDep, q: SearchText, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return queries.list_documents(engine, f, p, q)


Listing = Callable[[Engine, Filters, Page], dict[str, Any]]
EXPORTS: dict[str, Listing] = {"documents": queries.list_documents, "claims": queries.list_claims,
                               "events": queries.list_events, "places": queries.list_places}


@router.get("/export/{dataset}.{fmt}", summary="A listing as a CSV, JSON or GeoJSON download")
def export(engine: EngineDep, dataset: str, fmt: ExportFormat, f: FilterDep, p: PageDep,
           filename: Annotated[str | None, Query(max_length=TEXT_MAX)] = None) -> Response:
    listing = EXPORTS.get(dataset)
    if listing is None:
        raise ApiError(404, "not_found", f"no export {dataset!r}; known: {', '.join(sorted(EXPORTS))}")
    if fmt is ExportFormat.GEOJSON and dataset != "places":
        raise ApiError(400, "invalid_parameter", "GeoJSON is available for places only")
    rows = listing(engine, f, p)["items"]
    name = safe_filename(filename, dataset, fmt)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt is ExportFormat.CSV:
        return Response(to_csv(rows), media_type=MEDIA_TYPES[fmt], headers=headers)
    body: Any = to_geojson(rows) if fmt is ExportFormat.GEOJSON else rows
    return JSONResponse(body, media_type=MEDIA_TYPES[fmt], headers=headers)
