"""Crash safety: ``skytally ingest`` killed with SIGKILL again and again, then run to completion.

Writes a JSONL corpus of a few thousand hand-made reports (English and Ukrainian, some
near-duplicates, a few broken lines), ingests it once cleanly into one SQLite database,
then into another with ``kill -9`` at random points: half at a random time after start
(startup, migrations, extraction, event rebuild), half just after a batch is seen committed
(mid-way through the next one). After the last kill a run goes to completion, and the
database is checked:

- integrity: SQLite ``integrity_check`` and ``foreign_key_check`` clean;
- whole documents: every document has exactly the claims the extractor gives its text,
  no claim or place without its document, no (document, ordinal) twice;
- exact counts: as many documents as good lines, each broken line one failure row;
- same result: documents, claims, places, failures and events equal to the clean run's.

Prints one line per kill and a summary table. Exit status 1 if any check fails.

    .venv/bin/python bench/crash_ingest.py [--docs 3000] [--kills 24] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SKYTALLY = [sys.executable, "-c", "from skytally.cli import main; main()"]
PLACES = ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Sumy", "Poltava", "Zaporizhzhia")
PLACES_UK = ("Київ", "Харків", "Одесу", "Дніпро", "Львів")
OUTLETS = ("Air Force of Ukraine", "Example Wire", "City News", "Regional Desk")


# ---- corpus --------------------------------------------------------------------------------------

def report(i: int, rng: random.Random) -> dict[str, str]:
    """One hand-made report; every seventh is a near-copy of the one before (another outlet)."""
    day = 1 + i % 28
    launched = rng.randint(10, 700)
    down = rng.randint(0, launched)
    place = PLACES[i % len(PLACES)]
    if i % 5 == 4:
        text = (f"Вночі ворог атакував {launched} ударними БпЛА. Сили оборони знешкодили {down} з них. "
                f"Внаслідок удару по {PLACES_UK[i % len(PLACES_UK)]} поранено {i % 9 + 1} людей.")
    else:
        text = (f"Report {i}. Russia launched {launched} drones and {i % 6 + 1} missiles at Ukraine "
                f"overnight. Air defences shot down {down} drones over {place}. "
                f"At least {i % 11} people were injured in {place}.")
    outlet = OUTLETS[i % len(OUTLETS)]
    return {"id": f"r{i:05d}", "text": text, "published": f"2025-03-{day:02d}T07:{i % 60:02d}:00+02:00",
            "outlet": outlet, "url": f"https://example.test/{outlet[:4].lower()}/{i}"}


def write_corpus(path: Path, n: int, seed: int) -> tuple[int, int]:
    """``n`` lines, about 1% of them broken JSON; (good lines, broken lines)."""
    rng = random.Random(seed)
    broken = 0
    with path.open("w", encoding="utf-8") as fh:
        previous: dict[str, str] | None = None
        for i in range(n):
            if i % 97 == 50:
                fh.write(f'{{"id": "cut-{i}", "text": "Russia launched 12 dro\n')
                broken += 1
                continue
            rec = report(i, rng)
            if previous is not None and i % 7 == 0:  # a near-copy of the last report
                rec["text"] = previous["text"] + " (Updated.)"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            previous = rec
    return n - broken, broken


# ---- running and killing -------------------------------------------------------------------------

def ingest(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*SKYTALLY, "ingest", "--db", str(db), "--no-progress", str(corpus)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stored(db: Path) -> int:
    """Documents committed so far (0 before the schema exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@dataclass(frozen=True, slots=True)
class Kill:
    number: int
    how: str  # "time", "batch" or "late"
    after: float  # seconds after start
    before_docs: int
    after_docs: int
    killed: bool  # False: the run finished before the kill landed


def kill_once(db: Path, corpus: Path, number: int, how: str, rng: random.Random, span: float,
              total: int) -> Kill:
    start_docs = stored(db)
    proc = ingest(db, corpus)
    t0 = time.monotonic()
    if how == "time" or (how == "late" and start_docs >= total):  # late, all stored: in the rebuild
        deadline = t0 + rng.uniform(0.2, span if how == "time" else span * 3)
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    else:  # just after a batch lands (for "late": the last one), somewhere in what follows
        target = total if how == "late" else start_docs + 1
        while proc.poll() is None and stored(db) < target and time.monotonic() - t0 < 120:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.3))
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return Kill(number, how, time.monotonic() - t0, start_docs, stored(db), killed)


def kill_repeatedly(db: Path, corpus: Path, kills: int, rng: random.Random, span: float,
                    total: int) -> list[Kill]:
    """At least ``kills`` runs killed mid-way (runs that finish first are listed, not counted):
    alternately at a random time and after a batch; the last two once every document is stored
    (while events are rebuilt)."""
    done: list[Kill] = []
    attempts = 0
    while sum(k.killed for k in done) < kills and attempts < kills * 4:
        attempts += 1
        late = sum(k.killed for k in done) >= kills - 2 or stored(db) >= total  # all in: kill the rest
        how = "late" if late else ("time" if attempts % 2 else "batch")
        k = kill_once(db, corpus, attempts, how, rng, span, total)
        done.append(k)
        print(f"  run {k.number:>3} {k.how:<5} {'killed' if k.killed else 'ended '} after {k.after:5.2f} s"
              f"  documents {k.before_docs:>5} -> {k.after_docs:>5}", file=sys.stderr, flush=True)
    return done


def complete(db: Path, corpus: Path) -> int:
    """Run to completion; the exit status (1 is expected: the corpus has broken lines)."""
    return subprocess.run([*SKYTALLY, "ingest", "--db", str(db), "--no-progress", str(corpus)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800).returncode


# ---- checks --------------------------------------------------------------------------------------

FINGERPRINT = {
    "documents": "SELECT id, content_hash, duplicate_group, language, extractor_version FROM documents",
    "claims": ("SELECT document_id, ordinal, outcome, weapon, n, qualifier, scope, attacker, date, "
               "evidence_start, evidence_end FROM claims"),
    "places": "SELECT document_id, place FROM document_places",
    "failures": "SELECT source, line, field, reason FROM failures",
    "events": "SELECT id, label, n_documents, n_claims, n_flags FROM events",
    "event_claims": ("SELECT ec.event_id, c.document_id, c.ordinal, ec.figure, ec.role FROM event_claims ec "
                     "JOIN claims c ON c.id = ec.claim_id"),
}
PROBLEMS = {
    "integrity_check not ok": "SELECT 1 FROM pragma_integrity_check WHERE integrity_check != 'ok'",
    "foreign key violations": "SELECT 1 FROM pragma_foreign_key_check",
    "claims without document": "SELECT 1 FROM claims WHERE document_id NOT IN (SELECT id FROM documents)",
    "places without document": ("SELECT 1 FROM document_places "
                                "WHERE document_id NOT IN (SELECT id FROM documents)"),
    "claims stored twice": "SELECT 1 FROM claims GROUP BY document_id, ordinal HAVING COUNT(*) > 1",
    "failures recorded twice": ("SELECT 1 FROM failures GROUP BY source, line, field, reason "
                                "HAVING COUNT(*) > 1"),
    "event links to no claim": "SELECT 1 FROM event_claims WHERE claim_id NOT IN (SELECT id FROM claims)",
}


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute(sql).fetchall(), key=repr)


def expected_claims(corpus: Path) -> dict[str, int]:
    """Claims per document as the extractor gives them, computed here, not read from a database."""
    from skytally.extract import extract_document
    from skytally.ingest import read_paths
    from skytally.models import Document

    return {item.id: len(extract_document(item).claims)
            for item in read_paths([str(corpus)]) if isinstance(item, Document)}


def problems(db: Path, clean: Path, expected: dict[str, int], good: int, broken: int) -> list[str]:
    found = [name for name, sql in PROBLEMS.items() if rows(db, sql)]
    per_doc = dict(rows(db, "SELECT d.id, COUNT(c.id) FROM documents d LEFT JOIN claims c "
                            "ON c.document_id = d.id GROUP BY d.id"))
    if per_doc != expected:
        wrong = sum(1 for k in set(per_doc) | set(expected) if per_doc.get(k) != expected.get(k))
        found.append(f"{wrong} documents without exactly their claims")
    if len(per_doc) != good:
        found.append(f"{len(per_doc)} documents stored, {good} expected")
    n_failures = len(rows(db, "SELECT id FROM failures"))
    if n_failures != broken:
        found.append(f"{n_failures} failures recorded, {broken} expected")
    found += [f"{table} differ from the clean run" for table, sql in FINGERPRINT.items()
              if rows(db, sql) != rows(clean, sql)]
    return found


def count(db: Path, table: str) -> int:
    return int(str(rows(db, f"SELECT COUNT(*) FROM {table}")[0][0]))


# ---- main ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Outcome:
    kills: list[Kill]
    clean_seconds: float
    problems: list[str]
    counts: dict[str, int]


def first_commit(db: Path, corpus: Path) -> tuple[float, float]:
    """Ingest cleanly, timing it: (seconds to the first batch committed, seconds in all)."""
    proc = ingest(db, corpus)
    t0 = time.monotonic()
    first = None
    while proc.poll() is None:
        if first is None and stored(db) > 0:
            first = time.monotonic() - t0
        time.sleep(0.02)
    total = time.monotonic() - t0
    return first or total, total


def run(folder: Path, docs: int, kills: int, seed: int) -> Outcome:
    corpus = folder / "corpus.jsonl"
    good, broken = write_corpus(corpus, docs, seed)
    clean, crashed = folder / "clean.db", folder / "crashed.db"
    first, clean_seconds = first_commit(clean, corpus)
    rng = random.Random(seed)
    # time kills land before or around the first commit: startup, migrations, reading, extraction
    done = kill_repeatedly(crashed, corpus, kills, rng, span=first * 1.3, total=good)
    complete(crashed, corpus)
    found = problems(crashed, clean, expected_claims(corpus), good, broken)
    tables = ("documents", "claims", "document_places", "failures", "events", "event_claims")
    return Outcome(done, clean_seconds, found, {t: count(crashed, t) for t in tables})


def report_table(o: Outcome, docs: int) -> None:
    killed = [k for k in o.kills if k.killed]
    mid_write = sum(1 for k in killed if k.after_docs > k.before_docs)
    print(f"corpus lines            {docs}")
    print(f"clean ingest            {o.clean_seconds:.1f} s")
    print(f"runs started            {len(o.kills) + 1} (the last one to completion)")
    print(f"killed with SIGKILL     {len(killed)} ({sum(k.how == 'time' for k in killed)} at a random time, "
          f"{sum(k.how == 'batch' for k in killed)} after a batch, {sum(k.how == 'late' for k in killed)} "
          f"after the last; {mid_write} after writing some)")
    for table, n in o.counts.items():
        print(f"{table:<24}{n}")
    print(f"problems                {len(o.problems)}" + "".join(f"\n  - {p}" for p in o.problems))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=3000, help="corpus lines")
    parser.add_argument("--kills", type=int, default=24, help="runs to kill before completing")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="skytally-crash-") as folder:
        outcome = run(Path(folder), args.docs, args.kills, args.seed)
    report_table(outcome, args.docs)
    return 1 if outcome.problems else 0


if __name__ == "__main__":
    sys.exit(main())
