"""Saving documents and claims, reading them back, upserts and ingest counts."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from skytally.models import (
    Claim,
    Document,
    Evidence,
    Extraction,
    Failure,
    Outcome,
    Qualifier,
    Scope,
    Weapon,
)
from skytally.store import open_store
from skytally.store.reading import load_claims, load_document, load_places
from skytally.store.schema import claims, documents, failures, sources

TEXT = "Overnight the attacker sent 40 drones; 31 were shot down. Two people were hurt in Lutsk."


def doc(doc_id: str = "d1", text: str = TEXT, **kw: object) -> Document:
    fields: dict[str, object] = {"published": dt.datetime(2025, 5, 2, 6, 30, tzinfo=dt.UTC),
                                 "url": f"https://example.test/{doc_id}", "outlet": "Example Wire"}
    fields.update(kw)
    return Document(id=doc_id, text=text, **fields)  # type: ignore[arg-type]


def extraction(doc_id: str = "d1") -> Extraction:
    day = dt.date(2025, 5, 2)
    found = (
        Claim(Outcome.LAUNCHED, 40, Evidence(0, 37), Weapon.DRONE, attacker="russia", target="ukraine",
              date=day, attribution="air force"),
        Claim(Outcome.SHOT_DOWN, 31, Evidence(39, 57), Weapon.DRONE, Qualifier.AT_LEAST, attacker="russia",
              date=day, model="Shahed-136", subset=True),
        Claim(Outcome.INJURED, 2, Evidence(59, 88), scope=Scope.EVENT, date=day),
    )
    return Extraction(doc_id, found, ("Lutsk",), "en")


def count(store: object, table: object) -> int:
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_document_and_claims_round_trip(db_url: str) -> None:
    with open_store(db_url) as store:
        assert store.save(doc(), extraction()) is True
        with store.engine.connect() as conn:
            assert load_document(conn, "d1") == doc(language="en")  # detected language kept
            assert load_claims(conn, "d1") == list(extraction().claims)
            assert load_places(conn, "d1") == ["Lutsk"]
        with store.engine.connect() as conn:
            kind = conn.execute(select(sources.c.kind).where(sources.c.name == "Example Wire")).scalar()
        assert kind == "wire"


def test_save_is_an_upsert(db_url: str) -> None:
    with open_store(db_url) as store:
        assert store.save(doc(), extraction()) is True
        assert store.save(doc(), extraction()) is False  # identical: nothing written
        assert count(store, claims) == 3
        shorter = Extraction("d1", extraction().claims[:1], ())
        assert store.save(doc(text=TEXT + " Updated."), shorter) is True  # new text replaces claims
        assert (count(store, documents), count(store, claims)) == (1, 1)


def test_ingest_counts_new_unchanged_failed(db_url: str) -> None:
    items: list[Document | Failure] = [doc("a"), doc("b", TEXT + " b"), Failure("in.jsonl", "not JSON", 3)]
    with open_store(db_url) as store:
        first = store.ingest(items, extractor=lambda d: extraction(d.id))
        again = store.ingest(items, extractor=lambda d: extraction(d.id))
        assert (first.new, first.unchanged, first.failed) == (2, 0, 1)
        assert (again.new, again.unchanged, again.failed) == (0, 2, 1)
        assert not again.ok
        assert count(store, claims) == 6
        assert count(store, failures) == 1  # the same failure is recorded once


def test_extractor_error_is_a_failure_not_a_crash(db_url: str) -> None:
    def broken(d: Document) -> Extraction:
        raise ValueError("grammar bug")

    with open_store(db_url) as store:
        report = store.ingest([doc("a")], extractor=broken)
        assert (report.new, report.failed) == (0, 1)
        assert count(store, documents) == 0


def test_reextract_replaces_claims_of_older_versions(db_url: str) -> None:
    with open_store(db_url) as store:
        store.save(doc(), extraction(), extractor_version="0.0.1")
        redone = store.reextract(extractor=lambda d: Extraction(d.id, extraction().claims[:2], ()),
                                 extractor_version="9.9")
        assert redone == 1
        assert count(store, claims) == 2
        assert store.reextract(extractor=lambda d: extraction(), extractor_version="9.9") == 0


def test_nul_characters_are_stored_without_moving_offsets(db_url: str) -> None:
    with open_store(db_url) as store:
        store.save(doc(text="a\x00b 3 drones"), Extraction("d1", (), ()))
        with store.engine.connect() as conn:
            stored = load_document(conn, "d1")
        assert stored is not None and stored.text == "a\ufffdb 3 drones"


claim_strategy = st.builds(
    Claim,
    outcome=st.sampled_from(Outcome), n=st.integers(0, 2**31 - 1),
    evidence=st.builds(Evidence, st.integers(0, 50), st.integers(50, 100)),
    weapon=st.none() | st.sampled_from(Weapon), qualifier=st.sampled_from(Qualifier),
    scope=st.sampled_from(Scope), attacker=st.none() | st.sampled_from(["russia", "iran", "houthis"]),
    target=st.none() | st.text(min_size=1, max_size=12),
    date=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)),
    model=st.none() | st.text(max_size=20), attribution=st.none() | st.text(max_size=40),
    derived=st.booleans(), subset=st.booleans(),
)
text_strategy = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                        max_size=200)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_strategy, found=st.lists(claim_strategy, max_size=6),
       places=st.lists(st.text(min_size=1, max_size=15), max_size=3, unique=True))
def test_any_extraction_round_trips(text: str, found: list[Claim], places: list[str]) -> None:
    with open_store("sqlite://") as store:
        document = Document(id="h1", text=text, published=dt.date(2024, 2, 29), language="en")
        store.save(document, Extraction("h1", tuple(found), tuple(places)))
        with store.engine.connect() as conn:
            assert load_document(conn, "h1") == document
            assert load_claims(conn, "h1") == found
            assert load_places(conn, "h1") == sorted(places)


def test_reextract_keeps_old_claims_when_the_extractor_fails(db_url: str) -> None:
    def broken(d: Document) -> Extraction:
        raise RuntimeError("new grammar bug")

    with open_store(db_url) as store:
        store.save(doc(), extraction(), extractor_version="0.0.1")
        assert store.reextract(extractor=broken, extractor_version="9.9") == 0
        assert count(store, claims) == 3


def test_save_many_reports_new_updated_unchanged_and_replaces_claims(db_url: str) -> None:
    with open_store(db_url) as store:
        first = store.save_many([(doc("a"), extraction("a")), (doc("b", TEXT + " b"), extraction("b"))])
        assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
        one_claim = Extraction("b", extraction("b").claims[:1], ("Rivne",))
        again = store.save_many([(doc("a"), extraction("a")), (doc("b", TEXT + " b, revised"), one_claim),
                                 (doc("c", TEXT + " c"), extraction("c"))])
        assert (again.new, again.updated, again.unchanged) == (1, 1, 1)
        assert (count(store, documents), count(store, claims)) == (3, 7)
        with store.engine.connect() as conn:
            assert load_places(conn, "b") == ["Rivne"]


def test_same_document_twice_in_one_batch_is_stored_once(db_url: str) -> None:
    with open_store(db_url) as store:
        report = store.save_many([(doc("a"), extraction("a")), (doc("a"), extraction("a"))])
        assert (report.new, report.unchanged) == (1, 1)
        assert (count(store, documents), count(store, claims)) == (1, 3)
