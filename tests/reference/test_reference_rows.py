"""Reference CSV → documents and claims, with small files written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skytally.errors import InputError
from skytally.models import Document, Extraction, Failure, Outcome, Weapon
from skytally.reference import import_reference, reference_documents
from skytally.reference.csvfile import ReferenceRow
from skytally.reference.render import render_row
from skytally.reference.weapons import WeaponTable, canonical_model, guess_class, model_key

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          "destroyed_details,launched_details,launch_place_details,source\n")


def row(start: str, end: str, model: str, target: str, figures: str, source: str) -> str:
    """A line of the 22-column layout; ``figures`` is ``launched,destroyed,not_reach_goal``."""
    return f"{start},{end},{model},,{target},,{figures},,{{}},,,,,,,,,,,{source}\n"


ROWS = [
    row("2025-08-02 18:00", "2025-08-03 08:30", "Shahed-136/131", "Ukraine",
        "120.0,101.0,0.0", "kpszsu/posts/a1"),
    row("2025-08-02 18:00", "2025-08-03 08:30", "X-101/X-555 and Kalibr", "Ukraine",
        "9.0,7.0,", "kpszsu/posts/a1"),
    row("2025-03-01 19:00", "2025-03-02 08:00", "Shahed-136/131", "Ukraine",
        "90.0,50.0,35.0", "kpszsu/posts/b2"),
    row("2025-03-02", "2025-03-02", "Молнія", "Kharkiv oblast", "4.0,4.0,", "pvkshid/posts/c3"),
]


def write(tmp_path: Path, rows: list[str], name: str = "daily.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def documents(path: Path) -> list[tuple[Document, Extraction]]:
    items = list(reference_documents(path))
    assert not [i for i in items if isinstance(i, Failure)]
    return [i for i in items if not isinstance(i, Failure)]


def test_rows_become_claims_with_spans_into_rendered_line(tmp_path: Path) -> None:
    docs = documents(write(tmp_path, ROWS))
    assert len(docs) == 4
    for doc, ext in docs:
        assert doc.outlet == "reference dataset"
        for claim in ext.claims:
            assert str(claim.n) in claim.evidence.quote(doc.text)
    doc, ext = docs[0]
    assert [(c.outcome, c.weapon, c.n) for c in ext.claims] == [
        (Outcome.LAUNCHED, Weapon.DRONE, 120), (Outcome.NEUTRALIZED, Weapon.DRONE, 101)]
    assert ext.claims[0].date == dt.date(2025, 8, 3)
    assert ext.claims[0].attribution == "Ukrainian Air Force"


def test_destroyed_means_shot_down_before_the_change_and_missiles_keep_it(tmp_path: Path) -> None:
    docs = documents(write(tmp_path, ROWS))
    missiles = docs[1][1].claims
    assert [(c.outcome, c.weapon, c.n) for c in missiles] == [
        (Outcome.LAUNCHED, Weapon.MISSILE, 9), (Outcome.SHOT_DOWN, Weapon.MISSILE, 7)]
    assert missiles[0].model == "Kh-101/Kh-555 and Kalibr"
    early = docs[2][1].claims
    assert [(c.outcome, c.n) for c in early] == [
        (Outcome.LAUNCHED, 90), (Outcome.SHOT_DOWN, 50), (Outcome.SUPPRESSED, 35)]


def test_cyrillic_uav_is_a_drone_and_target_region_is_a_place(tmp_path: Path) -> None:
    doc, ext = documents(write(tmp_path, ROWS))[3]
    assert ext.claims[0].weapon is Weapon.DRONE
    assert ext.places == ("Kharkiv",)
    assert ext.claims[0].attribution == "Air Command East"


def test_ids_survive_edits_and_reordered_bundles(tmp_path: Path) -> None:
    before = documents(write(tmp_path, ROWS))
    edited = [ROWS[0].replace("120.0", "125.0"),
              ROWS[1].replace("X-101/X-555 and Kalibr", "Kalibr and X-101/X-555")]
    after = documents(write(tmp_path, edited, "v2.csv"))
    assert [d.id for d, _ in after] == [d.id for d, _ in before[:2]]
    assert after[0][1].claims[0].n == 125


def test_same_row_twice_gets_two_ids(tmp_path: Path) -> None:
    docs = documents(write(tmp_path, [ROWS[1], ROWS[1]]))
    assert docs[0][0].id != docs[1][0].id


def test_bad_row_is_a_failure_naming_line_and_field(tmp_path: Path) -> None:
    bad = ROWS[0].replace("120.0", "many")
    items = list(reference_documents(write(tmp_path, [ROWS[2], bad])))
    failure = items[1]
    assert isinstance(failure, Failure)
    assert (failure.line, failure.field) == (3, "launched")


def test_wrong_layout_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        list(reference_documents(path))


def test_import_saves_every_row_and_reports_failures(tmp_path: Path) -> None:
    saved: dict[str, Extraction] = {}

    class Sink:
        def save(self, document: Document, extraction: Extraction, *, source_kind: str = "report") -> None:
            assert source_kind == "reference"
            saved[document.id] = extraction

    path = write(tmp_path, [*ROWS, ROWS[0].replace("2025-08-03", "someday")])
    report = import_reference(Sink(), path)
    assert (report.rows, len(report.failures), len(saved)) == (4, 1, 4)
    assert report.claims == sum(len(e.claims) for e in saved.values())


@pytest.mark.parametrize(("model", "weapon"), [
    ("Shahed-136/131 and Lancet", Weapon.DRONE), ("Iskander-M/KN-23", Weapon.MISSILE),
    ("GBU", Weapon.BOMB), ("Aerial Bomb", Weapon.BOMB), ("Привет-82", Weapon.DRONE),
    ("C-300/C-400 and Iskander-M", Weapon.MISSILE), ("Shahed-136/131 and Kalibr", Weapon.ANY),
])
def test_model_names_classify_without_metadata(model: str, weapon: Weapon) -> None:
    assert guess_class(model) is weapon


def test_metadata_category_wins_and_names_are_canonical() -> None:
    table = WeaponTable({"Mystery-1": "UAV"})
    assert table.classify("Mystery-1") is Weapon.DRONE
    assert canonical_model("C-300 and X-59") == "S-300 and Kh-59"
    assert model_key("Kalibr and X-101") == model_key("X-101 and Kalibr")


counts = st.one_of(st.none(), st.integers(0, 5000))


@given(launched=counts, destroyed=counts, lost=counts,
       day=st.dates(dt.date(2022, 9, 1), dt.date(2026, 12, 31)),
       model=st.sampled_from(["Shahed-136/131", "X-101/X-555 and Kalibr", "GBU", "Молнія", "Iskander-M"]))
def test_every_claim_quotes_its_figure(launched: int | None, destroyed: int | None, lost: int | None,
                                       day: dt.date, model: str) -> None:
    row = ReferenceRow(line=2, time_start=day.isoformat(), time_end=day.isoformat(), model=model,
                       target="Ukraine", source="kpszsu/posts/x", launched=launched, destroyed=destroyed,
                       not_reach_goal=lost, still_attacking=None)
    doc, ext = render_row(row, WeaponTable())
    for claim in ext.claims:
        assert claim.evidence.quote(doc.text).startswith(f"{claim.n} ")
        assert claim.date == day
    assert sum(c.outcome is Outcome.LAUNCHED for c in ext.claims) == (launched is not None)
