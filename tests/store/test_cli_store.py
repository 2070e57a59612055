"""The database commands: ingest, reextract, events, event, claims."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from click.testing import CliRunner

from skytally.cli import main
from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.store import open_store

NIGHT = dt.date(2025, 3, 14)


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def seed(db_url: str) -> None:
    """Two reports of one night, stored with hand-built claims."""
    texts = {"wire": ("Example Wire", "Russia launched 143 drones and 4 missiles overnight."),
             "blog": ("Some Blog", "Russia launched 147 drones overnight, hitting Kharkiv.")}
    with open_store(db_url) as store:
        for doc_id, (outlet, text) in texts.items():
            n = int(text.split()[2])
            found = [Claim(Outcome.LAUNCHED, n, Evidence(0, len(text)), Weapon.DRONE, attacker="russia",
                           target="ukraine", date=NIGHT)]
            if doc_id == "wire":
                found.append(Claim(Outcome.LAUNCHED, 4, Evidence(0, len(text)), Weapon.MISSILE,
                                   attacker="russia", target="ukraine", date=NIGHT))
            doc = Document(doc_id, text, published=NIGHT, outlet=outlet)
            store.save(doc, Extraction(doc_id, tuple(found), ("Kharkiv",) if doc_id == "blog" else ()))
        store.resolve_events()


def test_ingest_sample_is_idempotent(db_url: str, sample_path: Path) -> None:
    code, _, err = run("ingest", "--db", db_url, str(sample_path))
    assert code == 0, err
    assert "6 new" in err
    code, _, err = run("ingest", "--db", db_url, str(sample_path))
    assert code == 0 and "6 unchanged" in err


def test_ingest_reports_bad_input_and_exits_1(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "Two drones were shot down."}\n{not json\n', encoding="utf-8")
    code, _, err = run("ingest", "--db", db_url, str(path), str(tmp_path / "missing.jsonl"))
    assert code == 1
    assert "Error: 2 input(s) failed" in err and "1 new" in err


def test_events_table_json_and_csv(db_url: str) -> None:
    seed(db_url)
    code, out, _ = run("events", "--db", db_url)
    assert code == 0
    assert "2025-03-14:russia:ukraine" in out and "143 drones + 4 missiles launched" in out
    code, out, _ = run("events", "--db", db_url, "--format", "json", "--since", "2025-03-15")
    assert code == 0 and json.loads(out)["total"] == 0
    code, out, _ = run("events", "--db", db_url, "--format", "csv", "--place", "Kharkiv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["2025-03-14:russia:ukraine"]


def test_event_shows_conflicting_figures(db_url: str) -> None:
    seed(db_url)
    code, out, _ = run("event", "2025-03-14:russia:ukraine", "--db", db_url)
    assert code == 0
    assert "preferred" in out and "conflicts" in out and "147" in out
    code, out, _ = run("event", "2025-03-14:russia:ukraine", "--db", db_url, "--format", "json")
    detail = json.loads(out)
    launched = next(f for f in detail["figures"] if f["figure"] == "launched:drone:")
    assert launched["preferred"]["n"] == 143 and launched["others"][0]["n"] == 147


def test_unknown_event_is_an_error(db_url: str) -> None:
    code, out, err = run("event", "1999-01-01:nobody:unknown", "--db", db_url)
    assert (code, out) == (1, "")
    assert err.startswith("Error: no event")


def test_claims_listing_with_env_database(db_url: str) -> None:
    seed(db_url)
    code, out, _ = run("claims", "--format", "json", "--weapon", "missile", env={"SKYTALLY_DB": db_url})
    assert code == 0
    assert [c["n"] for c in json.loads(out)["items"]] == [4]


def test_reextract_counts_documents(db_url: str) -> None:
    seed(db_url)
    code, _, err = run("reextract", "--db", db_url, "--all")
    assert code == 0 and "re-extracted 2 document(s)" in err


def test_unreachable_database_is_an_error_not_a_traceback() -> None:
    code, _, err = run("events", "--db", "postgresql://nobody:secret@127.0.0.1:1/none")
    assert code == 1 and err.startswith("Error: database postgresql+psycopg://nobody:***@127.0.0.1:1/none")
    assert "secret" not in err


def test_every_database_command_is_in_the_readme() -> None:
    from skytally.cli.store import commands

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert [c.name for c in commands if f"skytally {c.name} " not in readme] == []
