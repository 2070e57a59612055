"""Analytics speed: nightly series, roll-ups, rolling means and records over 1M synthetic claims.

Five years of nights, many reports a night (a few official), a mix of outcomes,
weapons and models. Prints p50/p95 per query in milliseconds; the goal is
≤ 50 ms a query once the claims frame is loaded. ``--store N`` also times
loading N claims from a fresh SQLite store (the cost ``Tally`` pays once).

    .venv/bin/python bench/stats.py [--claims 1000000] [--runs 20] [--store 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

import numpy as np
import polars as pl
from sqlalchemy import Engine

from skytally.query.frame import CLAIM_SCHEMA
from skytally.query.series import nights
from skytally.query.tally import Tally

START = dt.date(2021, 1, 1)
DAYS = 5 * 365
OUTCOMES = np.array(["launched", "shot_down", "suppressed", "neutralized", "hit", "killed", "injured"])
WEAPONS = np.array(["drone", "missile", "bomb", "any"])
MODELS = np.array([None, None, None, "Shahed-136", "Kh-101", "Kalibr", "Iskander-M"], dtype=object)


def synthetic_claims(count: int, seed: int = 7) -> pl.DataFrame:
    rng = np.random.default_rng(seed)
    day = rng.integers(0, DAYS, count)
    outcome = OUTCOMES[rng.choice(len(OUTCOMES), count, p=[0.35, 0.25, 0.05, 0.05, 0.1, 0.1, 0.1])]
    casualty = np.isin(outcome, ["killed", "injured"])
    frame = pl.DataFrame({
        "claim_id": np.arange(count),
        "document_id": [f"d{i}" for i in rng.integers(0, count // 5 + 1, count)],
        "date": pl.Series(day + (START - dt.date(1970, 1, 1)).days, dtype=pl.Int32).cast(pl.Date),
        "outcome": outcome,
        "weapon": pl.Series(WEAPONS[rng.choice(4, count, p=[0.6, 0.3, 0.05, 0.05])]).set(
            pl.Series(casualty), None),
        "model": pl.Series(MODELS[rng.integers(0, len(MODELS), count)].tolist(), dtype=pl.String),
        "n": rng.integers(1, 800, count),
        "official": rng.random(count) < 0.1,
        "preferred": rng.random(count) < 0.05,
        "subset": rng.random(count) < 0.05,
        "derived": rng.random(count) < 0.02,
        "record": rng.random(count) < 0.001,
    })
    frame = frame.with_columns(
        report=pl.col("document_id"), scope=pl.lit("event"), attacker=pl.lit("russia"),
        target=pl.lit("ukraine"), qualifier=pl.lit("exact"), outlet=pl.lit("bench"),
        event_id=pl.lit(None, dtype=pl.String), attribution=pl.lit(None, dtype=pl.String))
    return frame.select([pl.col(c).cast(t) for c, t in CLAIM_SCHEMA.items()])


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def bench_queries(claims: pl.DataFrame, runs: int) -> None:
    tally = Tally(cast(Engine, None), claims=claims, places=pl.DataFrame())
    start = time.perf_counter()
    tally.figures("russia")
    print(f"report figures, once per Tally and attacker: {(time.perf_counter() - start) * 1000:.0f} ms")
    queries: dict[str, Callable[[], object]] = {
        "nights (drone)": lambda: tally.nights("drone", attacker="russia"),
        "nights (all classes)": lambda: tally.nights(attacker="russia"),
        "stats --by week": lambda: tally.stats("week", "drone", attacker="russia"),
        "stats --by month --since 2024-01-01": lambda: tally.stats("month", "drone", attacker="russia",
                                                                   since="2024-01-01"),
        "stats --by night (7/30-day means)": lambda: tally.stats("night", "drone", attacker="russia"),
        "records: top 10 + largest since": lambda: tally.top(10, "drone"),
        "records: successive records": lambda: tally.records("drone"),
        "records: standing of a night": lambda: tally.standing("2025-06-01"),
        "uncached nights (drone), no Tally": lambda: nights(claims, weapon="drone", attacker="russia"),
    }
    print(f"{'query':<40}{'p50 ms':>9}{'p95 ms':>9}")
    for name, fn in queries.items():
        p50, p95 = timed(fn, runs)
        print(f"{name:<40}{p50:>9.1f}{p95:>9.1f}")


def bench_store(count: int) -> None:
    from sqlalchemy import insert

    from skytally.query.load import load_claims
    from skytally.store import open_store
    from skytally.store.engine import writing
    from skytally.store.schema import claims, documents

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        frame = synthetic_claims(count)
        docs = frame["document_id"].unique().to_list()
        now = dt.datetime.now(dt.UTC)
        with writing(store.engine) as conn:
            conn.execute(insert(documents), [{"id": d, "text": "x" * 80, "source_kind": "report",
                                              "content_hash": d, "extractor_version": "bench",
                                              "ingested_at": now} for d in docs])
            conn.execute(insert(claims), [_claim_row(r) for r in frame.iter_rows(named=True)])
        start = time.perf_counter()
        loaded = load_claims(store.engine)
        print(f"load {loaded.height:,} claims from SQLite: {(time.perf_counter() - start) * 1000:.0f} ms")


def _claim_row(r: dict[str, object]) -> dict[str, object]:
    return {"document_id": r["document_id"], "ordinal": 0, "kind": "count", "outcome": r["outcome"],
            "weapon": r["weapon"], "model": r["model"], "n": r["n"], "qualifier": "exact", "scope": "event",
            "attacker": "russia", "target": "ukraine", "date": r["date"], "derived": r["derived"],
            "subset": r["subset"], "evidence_start": 0, "evidence_end": 40, "extractor_version": "bench"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--store", type=int, default=0,
                        help="Also time loading this many claims from SQLite.")
    args = parser.parse_args()
    start = time.perf_counter()
    claims = synthetic_claims(args.claims)
    print(f"{claims.height:,} synthetic claims over {DAYS} nights "
          f"(generated in {time.perf_counter() - start:.1f} s)")
    bench_queries(claims, args.runs)
    if args.store:
        bench_store(args.store)


if __name__ == "__main__":
    main()
