"""Near-duplicate signatures: stored with each document, the index rebuilt from them gives
the same groups as hashing every text, and documents stored before them are signed once."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import func, select

from skytally.ingest.dedupe import DuplicateIndex
from skytally.models import Document, Extraction
from skytally.store import open_store
from skytally.store.engine import make_engine, writing
from skytally.store.migrations import migrate
from skytally.store.schema import document_signatures, documents

STORY = ("Overnight the enemy launched forty attack drones and three cruise missiles at the "
         "northern region, the air force said. Thirty-five drones and two missiles were shot down "
         "over the fields, and a grain store near the river was damaged by falling debris. Nobody "
         "was hurt, the mayor wrote, but the bridge stayed closed until the sappers had searched it.")


def _story(seed: int) -> str:
    words = STORY.split()
    random.Random(seed).shuffle(words)
    return " ".join(words)


def _documents() -> list[Document]:
    """Stories with syndicated and exact copies and an empty text, shuffled together."""
    stories = [_story(i) for i in range(6)]
    texts = stories + ["Agency | " + s + " Read more." for s in stories[::2]]
    texts += [s.upper() for s in stories[1::2]] + ["", "Two drones", "two drones!"]
    random.Random(3).shuffle(texts)
    return [Document(f"d{i:02d}", t) for i, t in enumerate(texts)]


def _no_claims(doc: Document) -> Extraction:
    return Extraction(doc.id, (), ())


def _ingest(url: str, docs: list[Document]) -> None:
    with open_store(url) as store:
        assert store.ingest(docs, extractor=_no_claims).ok


def _groups(url: str) -> dict[str, str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(documents.c.id, documents.c.duplicate_group)).all()
            return {doc_id: group for doc_id, group in rows}
    finally:
        engine.dispose()


def _expected(docs: list[Document]) -> dict[str, str]:
    index = DuplicateIndex()
    return {d.id: index.add(d.id, d.text) for d in docs}


def _signed(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            stmt = select(func.count()).select_from(document_signatures.join(
                documents, documents.c.id == document_signatures.c.document_id)).where(
                document_signatures.c.content_hash == documents.c.content_hash)
            return int(conn.execute(stmt).scalar_one())
    finally:
        engine.dispose()


def _forbid_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: DuplicateIndex, grams: Any) -> Any:
        raise AssertionError("the index hashed a stored text")

    monkeypatch.setattr(DuplicateIndex, "_minhash", refuse)


def test_two_ingest_runs_group_as_one_run(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _documents()
    half = len(docs) // 2
    _ingest(db_url, docs[:half])
    assert _signed(db_url) == half
    expected = _expected(docs)
    with open_store(db_url) as store:
        with monkeypatch.context() as m:
            _forbid_hashing(m)
            index = store.duplicate_index()
        assert [index.group_of(d.id) for d in docs[:half]] == [expected[d.id] for d in docs[:half]]
    _ingest(db_url, docs[half:])
    assert _groups(db_url) == expected
    assert len(set(expected.values())) < len(docs) - 4  # copies were grouped
    assert _signed(db_url) == len(docs)


def test_a_changed_text_is_signed_again(db_url: str) -> None:
    _ingest(db_url, [Document("a", STORY), Document("b", _story(1))])
    _ingest(db_url, [Document("b", _story(2))])  # rewritten: its stored signature is stale
    assert _signed(db_url) == 1
    with open_store(db_url) as store:
        index = store.duplicate_index()
        assert index.add("c", _story(2) + " Updated.") == "b"
    assert _signed(db_url) == 2


def test_documents_stored_before_signatures_are_signed_once(db_url: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _documents()
    expected = _expected(docs)
    engine = make_engine(db_url)
    try:
        assert 5 not in migrate(engine, target=4)
        with writing(engine) as conn:  # as an older skytally stored them: no signatures
            conn.execute(documents.insert(), [_old_row(d, expected[d.id], i) for i, d in enumerate(docs)])
    finally:
        engine.dispose()
    with open_store(db_url) as store:
        assert store.duplicate_index().group_of(docs[-1].id) == expected[docs[-1].id]
    assert _signed(db_url) == len(docs)
    with open_store(db_url) as store:
        with monkeypatch.context() as m:
            _forbid_hashing(m)
            index = store.duplicate_index()
        assert {d.id: index.group_of(d.id) for d in docs} == expected
        story = next(d for d in docs if len(d.text) > 100)
        assert index.add("late", "Wire | " + story.text + " Photo: Example.") == expected[story.id]


def _old_row(doc: Document, group: str, i: int) -> dict[str, Any]:
    return {"id": doc.id, "text": doc.text, "source_kind": "report", "content_hash": f"h{i}",
            "duplicate_group": group, "extractor_version": "0.0.1",
            "ingested_at": dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=i)}


def test_save_with_a_signature_spares_hashing_it_again(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    index = DuplicateIndex()
    docs = [Document("a", STORY), Document("b", "Wire | " + STORY), Document("c", _story(4))]
    with open_store(db_url) as store:
        for d in docs:
            group = index.add(d.id, d.text)
            store.save(d, _no_claims(d), duplicate_group=group, signature=index.signature(d.id))
    assert _signed(db_url) == 3
    with open_store(db_url) as store, monkeypatch.context() as m:
        _forbid_hashing(m)
        restored = store.duplicate_index()
    assert [restored.group_of(d.id) for d in docs] == ["a", "a", "c"]
