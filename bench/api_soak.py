"""Soak on loopback: readers, an authorised writer and a hostile client at once, for a fixed time.

Builds a synthetic store (``api_load.build``), serves it with ``skytally serve`` on 127.0.0.1
with a write token, and for ``--seconds`` (at most 30) runs:

- ``--clients`` readers drawing from the read mix of ``api_load`` (expect 200);
- one writer posting batches of new reports with the token (expect 200, every one stored);
- one hostile client: wrong tokens, oversized bodies, SQL and path injection in parameters,
  huge page sizes (expect 4xx, and nothing written).

An error is a transport failure, any 5xx, or a status outside what its class expects. After
the run the database is checked: exactly the documents written were added. Prints throughput
and p50/p95/p99 per class, the server's memory before and after, and the errors. Exit status
1 on any error.

    .venv/bin/python bench/api_soak.py [--seconds 20] [--clients 6] [--nights 180]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_load import build, free_port, request_for  # noqa: E402  (a sibling script)

TOKEN = "soak-token-" + "0123456789abcdef"
HOST = "127.0.0.1"
MAX_SECONDS = 30.0


@dataclass
class Tally:
    """Latencies and errors of one class of client, shared by its threads."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, took: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(took)
            if error:
                self.errors.append(error)


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SKYTALLY_DB": f"sqlite:///{db}", "SKYTALLY_API_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-c", "from skytally.cli import main; main()", "serve",
                             "--host", HOST, "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            httpx.get(f"http://{HOST}:{port}/api/events?limit=1", timeout=1.0)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def rss_kib(pid: int) -> int:
    """Resident memory of a process (Linux), 0 where it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


# ---- the three kinds of client ------------------------------------------------------------------

Step = Callable[[httpx.Client, random.Random], str | None]  # one request; an error message or None


def read_step(nights: int) -> Step:
    def step(http: httpx.Client, rng: random.Random) -> str | None:
        label, url = request_for(nights, rng)
        status = http.get(url).status_code
        return None if status in (200, 404) else f"read {label} {url}: {status}"  # 404: a night without data
    return step


class Writer:
    """Posts batches of new reports with the token; counts what the server says it stored."""

    def __init__(self, batch: int = 20) -> None:
        self.batch = batch
        self.sent = 0
        self.stored = 0

    def step(self, http: httpx.Client, rng: random.Random) -> str | None:
        lines = []
        for _ in range(self.batch):
            self.sent += 1
            text = f"Soak report {self.sent}: Russia launched {rng.randint(5, 500)} drones overnight."
            lines.append(json.dumps({"id": f"soak-{self.sent}", "published": "2025-06-01", "text": text}))
        r = http.post("/api/ingest", content="\n".join(lines).encode(),
                      headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"})
        if r.status_code != 200:
            return f"write: {r.status_code} {r.text[:80]}"
        self.stored += int(r.json()["new"])
        return None


HOSTILE_VALUES = ["' OR 1=1 --", "x'; DROP TABLE claims; --", "../../etc/passwd", "9" * 300, "\u202e😀",
                  "-1", "1e309", "%00"]


def hostile_step(http: httpx.Client, rng: random.Random) -> str | None:
    kind = rng.randrange(5)
    if kind == 0:
        wrong = rng.choice(["Bearer nope", "Basic x", "", f"Bearer {TOKEN}x"])
        r = http.post("/api/ingest", content=b'{"id": "evil", "text": "x"}', headers={"Authorization": wrong})
        expected: tuple[int, ...] = (401,)
    elif kind == 1:
        r = http.post("/api/ingest", content=b"x" * (6 * 1024 * 1024),
                      headers={"Authorization": f"Bearer {TOKEN}"})
        expected = (413,)
    elif kind == 2:
        name = rng.choice(["attacker", "weapon", "since", "limit", "offset", "place"])
        r = http.get(rng.choice(["/api/claims", "/api/events", "/events.json"]),
                     params={name: rng.choice(HOSTILE_VALUES)})
        expected = (200, 400, 404, 414, 422)
    elif kind == 3:
        r = http.get("/api/claims", params={"limit": 10**9})
        expected = (422,)
    else:
        r = http.get(f"/api/documents/{rng.choice(HOSTILE_VALUES)}")
        expected = (404, 422)
    ok = r.status_code in expected
    return None if ok else f"hostile {r.request.method} {r.request.url}: {r.status_code}"


def drive(base: str, step: Step, tally: Tally, seed: int, deadline: float) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30.0) as http:
        while time.monotonic() < deadline:
            t0 = time.perf_counter()
            try:
                error = step(http, rng)
            except httpx.HTTPError as exc:
                error = f"transport: {type(exc).__name__}: {exc}"
            tally.add(time.perf_counter() - t0, error)


# ---- main ---------------------------------------------------------------------------------------

def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else float("nan")


def documents(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])


def soak(db: Path, nights: int, clients: int, seconds: float) -> tuple[dict[str, Tally], Writer, float,
                                                                       tuple[int, int], int]:
    port = free_port()
    before_docs = documents(db)
    proc = serve(db, port)
    base = f"http://{HOST}:{port}"
    tallies = {"read": Tally(), "write": Tally(), "hostile": Tally()}
    writer = Writer()
    deadline = time.monotonic() + seconds
    plan = [("read", read_step(nights), i) for i in range(clients)]
    plan += [("write", writer.step, 1000), ("hostile", hostile_step, 2000)]
    rss_before = rss_kib(proc.pid)
    t0 = time.perf_counter()
    threads = [threading.Thread(target=drive, args=(base, step, tallies[name], seed, deadline))
               for name, step, seed in plan]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.perf_counter() - t0
        rss_after = rss_kib(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    added = documents(db) - before_docs
    return tallies, writer, took, (rss_before, rss_after), added


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0, help=f"at most {MAX_SECONDS:.0f}")
    ap.add_argument("--clients", type=int, default=6, help="reader threads")
    ap.add_argument("--nights", type=int, default=180)
    args = ap.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)
    with tempfile.TemporaryDirectory(prefix="skytally-soak-") as tmp:
        db = Path(tmp) / "soak.db"
        n_docs = build(f"sqlite:///{db}", args.nights)
        print(f"store: {n_docs} documents over {args.nights} nights; {args.clients} readers, 1 writer, "
              f"1 hostile client for {seconds:.0f} s on {HOST}")
        tallies, writer, took, (rss0, rss1), added = soak(db, args.nights, args.clients, seconds)
    print(f"\n{'class':<9}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    every: list[float] = []
    for name, t in tallies.items():
        every += t.latencies
        print(f"{name:<9}{len(t.latencies):>9}{len(t.latencies) / took:>8.1f}{pct(t.latencies, 50):>9.1f}"
              f"{pct(t.latencies, 95):>9.1f}{pct(t.latencies, 99):>9.1f}{len(t.errors):>8}")
    errors = [e for t in tallies.values() for e in t.errors]
    print(f"{'all':<9}{len(every):>9}{len(every) / took:>8.1f}{pct(every, 50):>9.1f}{pct(every, 95):>9.1f}"
          f"{pct(every, 99):>9.1f}{len(errors):>8}")
    lost = writer.stored - added
    print(f"\nwritten: {writer.sent} sent, {writer.stored} stored as the server said, {added} in the database"
          f"{'' if lost == 0 else f' ({lost} MISSING)'}")
    print(f"server memory: {rss0 / 1024:.0f} MiB before, {rss1 / 1024:.0f} MiB after")
    for e in errors[:10]:
        print(f"  error: {e}")
    return 1 if errors or lost else 0


if __name__ == "__main__":
    sys.exit(main())
