"""Dashboard pages: each is one data function rendered twice, as HTML and as ``.json``.

``twin`` registers ``PATH`` (a Jinja2 template over the data) and ``PATH.json``
(the same dict as JSON), so the page and its JSON can never disagree.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from skytally.api import analytics
from skytally.api.export import coordinates
from skytally.api.params import TEXT_MAX, Filters, Page
from skytally.api.routes import AnalyticsDep, EngineDep, FilterDep, IdPath, PageDep, found, place_detail
from skytally.query import browse
from skytally.web import overview as overview_data
from skytally.web.explain import explain_flag
from skytally.web.highlight import Span, segments

ENV = Environment(loader=PackageLoader("skytally.web", "templates"), autoescape=select_autoescape(),
                  trim_blocks=True, lstrip_blocks=True)
ENV.filters["path"] = lambda value: quote(str(value), safe=":@-._~/")  # ids may hold slashes
RECENT = 10
PLACE_FILTERS = ("since", "until", "place")

DataFn = Callable[..., dict[str, Any]]


def render(template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(template).render(data=data, **data), status_code=status)


def _html(template: str, fn: DataFn) -> Callable[..., HTMLResponse]:
    """``fn`` rendered through ``template``; its errors become ``error_page``s via the handlers."""
    @functools.wraps(fn)
    def page(*args: Any, **kwargs: Any) -> HTMLResponse:
        return render(template, fn(*args, **kwargs))
    page.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
    return page


def twin(app: FastAPI, path: str, template: str, fn: DataFn) -> None:
    """``path`` as an HTML page and ``path.json`` (``/index.json`` for ``/``) as its data."""
    json_path = "/index.json" if path == "/" else f"{path}.json"
    app.add_api_route(json_path, fn, methods=["GET"], tags=["dashboard"], summary=f"Data of {path}")
    app.add_api_route(path, _html(template, fn), methods=["GET"], response_class=HTMLResponse,
                      include_in_schema=False)


# ---- data of each page ------------------------------------------------------------------------

def overview(engine: EngineDep, a: AnalyticsDep, f: FilterDep) -> dict[str, Any]:
    """Charts of one attacker's nights (``DEFAULT_ATTACKER`` unless filtered) over date and weapon;
    the recent events under every filter."""
    charts = analytics.for_series(Filters(since=f.since, until=f.until, attacker=f.attacker, weapon=f.weapon))
    nights = analytics.stats(a, charts)
    attacker = charts.attacker or analytics.DEFAULT_ATTACKER
    records = {w: analytics.record_nights(a, w, attacker) for w in sorted({n["weapon"] for n in nights})}
    diplomacy = analytics.timeline(a, Filters(since=f.since, until=f.until))
    return {"title": "Overview", "filters": f.to_dict(), "chart_filters": charts.to_dict(), "nights": nights,
            **overview_data.build(nights, records, diplomacy, since=charts.to_dict()["since"]),
            "events": browse.list_events(engine, f, Page(limit=RECENT))}


def events(engine: EngineDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    return {"title": "Events", "filters": f.to_dict(), "events": browse.list_events(engine, f, p)}


def event(engine: EngineDep, event_id: IdPath) -> dict[str, Any]:
    data = found(browse.get_event(engine, event_id), "event", event_id)
    claims = [c for fig in data["figures"] for c in (fig["preferred"], *fig["others"])]
    return {"title": data["event"]["label"], **data,
            "flags": [{**fl, "explanation": explain_flag(fl["code"])} for fl in data["flags"]],
            "documents": event_documents(engine, claims)}


def event_documents(engine: Any, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each source document's text, cut so the event's evidence spans can be highlighted."""
    out = []
    for doc_id in dict.fromkeys(c["document_id"] for c in claims):
        doc = browse.get_document(engine, doc_id)
        if doc is None:
            continue
        mine = [c for c in claims if c["document_id"] == doc_id]
        out.append({"id": doc_id, "title": doc["document"]["title"], "outlet": doc["document"]["outlet"],
                    "segments": marked(doc["document"]["text"], mine)})
    return out


def marked(text: str, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Segments of ``text`` with the claim ids covering each and those whose evidence starts there."""
    spans = [Span(c["evidence_start"], c["evidence_end"], str(c["id"])) for c in claims]
    labels = {str(c["id"]): claim_label(c) for c in claims}
    starts: dict[int, list[str]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span.key)
    out, pos = [], 0
    for seg in segments(text, spans):
        out.append({"text": seg.text, "keys": list(seg.keys), "starts": sorted(set(starts.get(pos, []))),
                    "label": "; ".join(labels[k] for k in seg.keys)})
        pos += len(seg.text)
    return out


def claim_label(c: dict[str, Any]) -> str:
    """``"launched 150 drone (at least)"``: what a highlighted span states, for its tooltip."""
    qualifier = "" if c["qualifier"] == "exact" else f" ({c['qualifier'].replace('_', ' ')})"
    what = f" {c['weapon']}" if c.get("weapon") else ""
    return f"{c['outcome'].replace('_', ' ')} {c['n']}{what}{qualifier}"


def document(engine: EngineDep, document_id: IdPath) -> dict[str, Any]:
    data = found(browse.get_document(engine, document_id), "document", document_id)
    doc = data["document"]
    return {"title": doc["title"] or doc["id"], **data, "segments": marked(doc["text"], data["claims"])}


def places(a: AnalyticsDep, f: FilterDep, p: PageDep) -> dict[str, Any]:
    """The ranked places, each with the gazetteer's coordinates (null when it has none)."""
    listing = analytics.places(a, f, p)
    for row in listing["items"]:
        point = coordinates(row["place"])
        row["lat"], row["lon"] = point if point else (None, None)
    return {"title": "Places", "filters": f.to_dict(), "fields": PLACE_FILTERS, "places": listing}


def place(engine: EngineDep, a: AnalyticsDep, name: Annotated[str, Query(min_length=1, max_length=TEXT_MAX)],
          p: PageDep) -> dict[str, Any]:
    data = place_detail(engine, a, name, p)
    return {"title": data["place"], **data}


def search(engine: EngineDep, f: FilterDep, p: PageDep,
           q: Annotated[str, Query(max_length=TEXT_MAX)] = "") -> dict[str, Any]:
    results = browse.list_documents(engine, f, p, q.strip()) if q.strip() else None
    return {"title": "Search", "q": q, "filters": f.to_dict(), "results": results}


PAGES: tuple[tuple[str, str, DataFn], ...] = (
    ("/", "overview.html", overview),
    ("/events", "events.html", events),
    ("/events/{event_id:path}", "event.html", event),
    ("/documents/{document_id:path}", "document.html", document),
    ("/places", "places.html", places),
    ("/place", "place.html", place),
    ("/search", "search.html", search),
)


NOT_PAGES = ("/api/", "/static/", "/docs", "/redoc", "/openapi.json")


def error_page(request: Request, body: dict[str, Any]) -> HTMLResponse | None:
    """The error as an HTML page when a dashboard page was asked for, else None (JSON)."""
    path = request.url.path
    if path.endswith(".json") or path.startswith(NOT_PAGES):
        return None
    err = body["error"]
    problems = "; ".join(f"{d.get('field')}: {d.get('problem')}" for d in err["details"])
    message = f"{err['message']} ({problems})" if problems else err["message"]
    return render("error.html", {"title": "Error", "status": err["status"], "message": message},
                  err["status"])


def install_pages(app: FastAPI) -> None:
    app.state.error_page = error_page
    # ``.json`` twins go first so that ``/events/{id}`` does not swallow ``/events/x.json``
    for path, template, fn in PAGES:
        twin(app, path, template, fn)
