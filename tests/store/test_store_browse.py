"""Events built from stored reports, and the browse listings over them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Qualifier, Weapon
from skytally.query import browse
from skytally.store import Store, open_store

NIGHT = dt.date(2025, 7, 4)


def claim(outcome: Outcome, n: int, text: str, phrase: str, weapon: Weapon | None = Weapon.DRONE,
          **kw: object) -> Claim:
    start = text.index(phrase)
    fields: dict[str, object] = {"attacker": "russia", "target": "ukraine", "date": NIGHT}
    fields.update(kw)
    return Claim(outcome, n, Evidence(start, start + len(phrase)), weapon, **fields)  # type: ignore[arg-type]


def report(store: Store, doc_id: str, outlet: str, hour: int, text: str,
           figures: list[tuple[Outcome, int, str, Weapon | None]], places: tuple[str, ...] = ()) -> None:
    doc = Document(doc_id, text, published=dt.datetime(2025, 7, 4, hour, tzinfo=dt.UTC), outlet=outlet,
                   url=f"https://example.test/{doc_id}")
    found = tuple(claim(o, n, text, phrase, w) for o, n, phrase, w in figures)
    store.save(doc, Extraction(doc_id, found, places))


def fill(store: Store) -> None:
    af = "Overnight the enemy launched 539 drones and 11 missiles. 270 drones were shot down."
    report(store, "af", "Air Force", 6, af, [
        (Outcome.LAUNCHED, 539, "launched 539 drones", Weapon.DRONE),
        (Outcome.LAUNCHED, 11, "11 missiles", Weapon.MISSILE),
        (Outcome.SHOT_DOWN, 270, "270 drones were shot down", Weapon.DRONE)], ("Kyiv",))
    blog = "Russia fired 550 drones at Ukraine overnight, hitting Kyiv and Lviv."
    report(store, "blog", "Some Blog", 9, blog, [(Outcome.LAUNCHED, 550, "fired 550 drones", Weapon.DRONE)],
           ("Kyiv", "Lviv"))
    other = "On 1 June two drones struck Odesa."
    doc = Document("june", other, published=dt.date(2025, 6, 1), outlet="Some Blog")
    c = Claim(Outcome.HIT, 2, Evidence(11, 28), Weapon.DRONE, Qualifier.EXACT, attacker="russia",
              date=dt.date(2025, 6, 1))
    store.save(doc, Extraction("june", (c,), ("Odesa",)))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as s:
        fill(s)
        s.resolve_events()
        yield s


def test_event_shows_figures_side_by_side(store: Store) -> None:
    detail = browse.get_event(store.engine, "2025-07-04:russia:ukraine")
    store.close()
    assert detail is not None
    assert detail["event"]["n_documents"] == 2
    launched = next(f for f in detail["figures"] if f["figure"] == "launched:drone:")
    assert launched["preferred"]["n"] == 539 and launched["preferred"]["source_kind"] == "official"
    assert launched["preferred"]["quote"] == "launched 539 drones"
    [other] = launched["others"]
    assert (other["n"], other["role"], other["outlet"]) == (550, "conflicts", "Some Blog")
    assert [f["code"] for f in detail["flags"]] == ["combined_as_drones"]
    assert [s["document_id"] for s in detail["sources"]] == ["af", "blog"]


def test_resolving_twice_gives_the_same_events(store: Store) -> None:
    first = browse.list_events(store.engine)
    assert store.resolve_events() == 2
    second = browse.list_events(store.engine)
    store.close()
    strip = [{k: v for k, v in e.items() if k != "resolved_at"} for e in first["items"]]
    assert strip == [{k: v for k, v in e.items() if k != "resolved_at"} for e in second["items"]]


def test_event_filters(store: Store) -> None:
    engine = store.engine
    ids = lambda f: [e["id"] for e in browse.list_events(engine, f)["items"]]  # noqa: E731
    assert ids(browse.Filters()) == ["2025-07-04:russia:ukraine", "2025-06-01:russia:unknown"]
    assert ids(browse.Filters(since=dt.date(2025, 7, 1))) == ["2025-07-04:russia:ukraine"]
    assert ids(browse.Filters(until=dt.date(2025, 6, 30))) == ["2025-06-01:russia:unknown"]
    assert ids(browse.Filters(place="odesa")) == ["2025-06-01:russia:unknown"]
    assert ids(browse.Filters(weapon="missile")) == ["2025-07-04:russia:ukraine"]
    assert ids(browse.Filters(attacker="iran")) == []
    assert ids(browse.Filters(outlet="Air Force")) == ["2025-07-04:russia:ukraine"]
    store.close()


def test_claims_listing_filters_and_pages(store: Store) -> None:
    engine = store.engine
    everything = browse.list_claims(engine)
    assert everything["total"] == 5
    page = browse.list_claims(engine, browse.Filters(), browse.Page(limit=2, offset=2))
    assert [c["id"] for c in page["items"]] == [c["id"] for c in everything["items"][2:4]]
    assert browse.list_claims(engine, browse.Filters(outcome="shot_down"))["total"] == 1
    by_outlet = browse.list_claims(engine, browse.Filters(outlet="Air Force"))
    assert {c["outlet"] for c in by_outlet["items"]} == {"Air Force"} and by_outlet["total"] == 3
    assert browse.list_documents(engine, browse.Filters(outlet="Some Blog"))["total"] == 2
    assert browse.list_claims(engine, browse.Filters(place="Lviv"))["items"][0]["n"] == 550
    huge = browse.list_claims(engine, browse.Filters(), browse.Page(limit=10**6, offset=-5))
    assert (huge["limit"], huge["offset"]) == (browse.MAX_LIMIT, 0)
    store.close()


def test_documents_sources_and_one_document(store: Store) -> None:
    engine = store.engine
    docs = browse.list_documents(engine)
    assert [d["id"] for d in docs["items"]] == ["af", "blog", "june"]
    assert browse.list_documents(engine, browse.Filters(weapon="missile"))["total"] == 1
    sources = {s["name"]: (s["kind"], s["documents"]) for s in browse.list_sources(engine)}
    assert sources == {"Air Force": ("official", 1), "Some Blog": ("outlet", 2)}
    detail = browse.get_document(engine, "af")
    assert detail is not None
    assert [c["quote"] for c in detail["claims"]][:1] == ["launched 539 drones"]
    assert detail["places"] == ["Kyiv"] and detail["events"] == ["2025-07-04:russia:ukraine"]
    assert browse.get_document(engine, "missing") is None
    assert browse.get_event(engine, "missing") is None
    store.close()


def test_text_search_ignores_case_and_escapes_wildcards(store: Store) -> None:
    engine = store.engine
    found = browse.list_documents(engine, browse.Filters(), q="LVIV")
    assert [d["id"] for d in found["items"]] == ["blog"] and found["q"] == "LVIV"
    assert found["items"][0]["snippet"].startswith("Russia fired 550 drones")
    assert browse.list_documents(engine, q="drones")["total"] == 3
    assert browse.list_documents(engine, browse.Filters(outlet="Air Force"), q="drones")["total"] == 1
    assert browse.list_documents(engine, q="%")["total"] == 0
    assert browse.list_documents(engine, q="_")["total"] == 0
    store.close()


def test_place_lists_the_events_of_reports_naming_it(store: Store) -> None:
    engine = store.engine
    kyiv = browse.get_place(engine, "kyiv")
    assert kyiv is not None and kyiv["place"] == "Kyiv"
    assert [e["id"] for e in kyiv["nights"]["items"]] == ["2025-07-04:russia:ukraine"]
    assert browse.get_place(engine, "Atlantis") is None
    store.close()


def test_outlet_filter_on_claims_needs_no_workaround(store: Store) -> None:
    """browse's outlet condition is a subquery on its own alias, so it survives the join."""
    engine = store.engine
    blog = browse.list_claims(engine, browse.Filters(outlet="Some Blog", weapon="drone"))
    assert sorted(c["n"] for c in blog["items"]) == [2, 550]
    assert {c["outlet"] for c in blog["items"]} == {"Some Blog"}
    assert browse.list_claims(engine, browse.Filters(outlet="Nobody"))["total"] == 0
    store.close()
