"""Crash safety through the real command: ``skytally ingest`` killed with SIGKILL a few times,
then run to completion, leaves the database a clean run would (``bench/crash_ingest.py``
does the same 24 times over 3000 reports)."""

from __future__ import annotations

import importlib.util
import random
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "crash_ingest.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_ingest_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


crash = _bench()


def test_corpus_is_written_with_broken_lines(tmp_path: Path) -> None:
    good, broken = crash.write_corpus(tmp_path / "c.jsonl", 300, seed=1)
    assert (good, broken) == (297, 3)
    assert len((tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()) == 300


@pytest.mark.slow
def test_killed_ingests_resume_to_the_clean_result(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good, broken = crash.write_corpus(corpus, 700, seed=3)
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"
    first, _ = crash.first_commit(clean, corpus)
    kills = crash.kill_repeatedly(crashed, corpus, 4, random.Random(3), span=first * 1.3, total=good)
    assert sum(k.killed for k in kills) >= 4
    assert any(k.killed and k.after_docs > k.before_docs for k in kills)  # some died after writing
    assert any(k.killed and 0 < k.after_docs < good for k in kills)  # left a job half done
    assert {k.how for k in kills if k.killed} >= {"time", "batch", "late"}
    assert crash.complete(crashed, corpus) == 1  # the broken lines are failures
    assert crash.problems(crashed, clean, crash.expected_claims(corpus), good, broken) == []


def test_problems_are_found_in_a_damaged_database(tmp_path: Path) -> None:
    """The checker itself: a claim removed, one doubled and a failure doubled are all reported."""
    corpus = tmp_path / "corpus.jsonl"
    good, broken = crash.write_corpus(corpus, 120, seed=5)
    clean, damaged = tmp_path / "clean.db", tmp_path / "damaged.db"
    assert crash.complete(clean, corpus) == 1
    assert crash.complete(damaged, corpus) == 1
    expected = crash.expected_claims(corpus)
    assert crash.problems(damaged, clean, expected, good, broken) == []
    with sqlite3.connect(damaged) as conn:
        conn.execute("DELETE FROM claims WHERE id = (SELECT MIN(id) FROM claims)")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(claims)") if r[1] != "id"]
        listed = ", ".join(columns)
        conn.execute(f"INSERT INTO claims ({listed}) SELECT {listed} FROM claims "
                     "WHERE id = (SELECT MAX(id) FROM claims)")
        conn.execute("INSERT INTO failures (source, line, field, reason, failed_at) "
                     "SELECT source, line, field, reason, failed_at FROM failures LIMIT 1")
    found = crash.problems(damaged, clean, expected, good, broken)
    assert "claims stored twice" in found
    assert "failures recorded twice" in found
    assert any("without exactly their claims" in p for p in found)
    assert "claims differ from the clean run" in found
