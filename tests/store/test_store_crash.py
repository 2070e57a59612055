"""Crash safety: an ingest killed with SIGKILL leaves whole documents only, and a re-run
finishes the job without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from skytally.store import Store, open_store
from skytally.store.schema import claims, documents

N_DOCS = 1500

INGEST = """
import sys, time
from skytally.documents import make_document
from skytally.models import Claim, Evidence, Extraction, Outcome, Weapon
from skytally.store import Store, open_store
import json

def extract(doc):
    time.sleep(float(sys.argv[3]))
    k = int(doc.id.split("-")[1]) % 4 + 1
    found = tuple(Claim(Outcome.LAUNCHED, i + 1, Evidence(0, 5), Weapon.DRONE) for i in range(k))
    return Extraction(doc.id, found, ())

docs = (make_document(**json.loads(line)) for line in open(sys.argv[2], encoding="utf-8"))
store = open_store(sys.argv[1])
store.ingest(docs, extractor=extract)
"""


def expected_claims(n: int) -> int:
    return sum(i % 4 + 1 for i in range(n))


def counts(url: str) -> tuple[int, int, int]:
    """(documents, claims, documents whose claim count is not the extractor's)."""
    with open_store(url) as store, store.engine.connect() as conn:
        n_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        per_doc = conn.execute(select(claims.c.document_id, func.count())
                               .group_by(claims.c.document_id)).all()
    wrong = sum(1 for doc_id, n in per_doc if n != int(doc_id.split("-")[1]) % 4 + 1)
    return int(n_docs), sum(n for _, n in per_doc), wrong + int(n_docs) - len(per_doc)


def stored(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())


def run(url: str, corpus: Path, pause: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", INGEST, url, str(corpus), str(pause)],
                            stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_kill_mid_ingest_then_resume(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"doc-{i}", "text": f"Report {i}: {i % 90} drones."}) + "\n"
                              for i in range(N_DOCS)), encoding="utf-8")
    open_store(db_url).close()  # schema in place before the race
    proc = run(db_url, corpus, 0.002)
    deadline = time.monotonic() + 120
    with open_store(db_url) as watcher:
        while stored(watcher) < 200 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    n_docs, _, wrong = counts(db_url)
    assert 0 < n_docs < N_DOCS  # killed mid-way
    assert wrong == 0  # every stored document has all its claims
    resumed = run(db_url, corpus, 0)
    assert resumed.wait(timeout=300) == 0
    assert counts(db_url) == (N_DOCS, expected_claims(N_DOCS), 0)
