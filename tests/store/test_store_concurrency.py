"""Two processes ingesting the same reports at once end with each document stored once,
with exactly its own claims (as Dask workers loading overlapping partitions would)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from skytally.store import open_store
from skytally.store.schema import claims, documents

N_DOCS = 600

INGEST = """
import json, sys
from skytally.documents import make_document
from skytally.models import Claim, Evidence, Extraction, Outcome, Weapon
from skytally.store import open_store

def extract(doc):
    k = int(doc.id.split("-")[1]) % 3 + 1
    return Extraction(doc.id, tuple(Claim(Outcome.HIT, i + 1, Evidence(0, 4), Weapon.MISSILE)
                                    for i in range(k)), ("Dnipro",))

docs = [make_document(**json.loads(line)) for line in open(sys.argv[2], encoding="utf-8")]
with open_store(sys.argv[1]) as store:
    report = store.ingest(docs, extractor=extract)
sys.exit(1 if report.failed else 0)
"""


@pytest.mark.slow
def test_two_writers_at_once(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"doc-{i}", "text": f"Report {i}: a missile hit."}) + "\n"
                              for i in range(N_DOCS)), encoding="utf-8")
    writers = [subprocess.Popen([sys.executable, "-c", INGEST, db_url, str(corpus)]) for _ in range(2)]
    assert [w.wait(timeout=300) for w in writers] == [0, 0]
    with open_store(db_url) as store, store.engine.connect() as conn:
        n_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        n_claims = conn.execute(select(func.count()).select_from(claims)).scalar_one()
    assert (n_docs, n_claims) == (N_DOCS, sum(i % 3 + 1 for i in range(N_DOCS)))
