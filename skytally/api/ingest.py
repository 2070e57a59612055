"""``POST /api/ingest``: documents in the JSONL input shape, behind the write token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from starlette.concurrency import run_in_threadpool

from skytally.api.auth import check_token
from skytally.api.errors import ApiError
from skytally.api.limits import read_body
from skytally.ingest import ReadOptions
from skytally.ingest.jsonl import read_bytes
from skytally.models import Document, Failure
from skytally.store import Store
from skytally.store.political import count_political

router = APIRouter(prefix="/api")

MAX_DOCUMENTS = 1000
SOURCE = "POST /api/ingest"


@router.post("/ingest", summary="Store documents (JSONL body: one document a line); needs the token",
             openapi_extra={"requestBody": {"content": {"application/x-ndjson": {"schema": {
                 "type": "string", "example": '{"id": "r1", "text": "…", "published": "2025-03-14"}'}}},
                 "required": True}})
async def ingest(request: Request,
                 authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    check_token(request.app.state.token, authorization)
    body = await read_body(request, request.app.state.max_body)
    items = list(read_bytes(body, SOURCE, ReadOptions()))
    if not items:
        raise ApiError(400, "invalid_input", "the body holds no documents (one JSON object a line)")
    if len(items) > MAX_DOCUMENTS:
        raise ApiError(413, "too_many_documents", f"at most {MAX_DOCUMENTS} documents a request")
    return await run_in_threadpool(_store, request.app.state.store, items)


def _store(store: Store, items: list[Document | Failure]) -> dict[str, Any]:
    report = store.ingest(items)
    events = store.resolve_events()
    with store.engine.connect() as conn:
        political = count_political(conn, [i.id for i in items if isinstance(i, Document)])
    failures = [{"line": i.line, "field": i.field, "reason": i.reason}
                for i in items if isinstance(i, Failure)]
    return {"new": report.new, "updated": report.updated, "unchanged": report.unchanged,
            "failed": report.failed, "events": events, "political_events": political, "failures": failures}
