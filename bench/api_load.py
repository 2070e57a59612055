"""Loopback load on the read API: concurrent clients, bounded by request count and time.

Builds a synthetic store (hand-made reports of many nights), serves it with uvicorn in a
subprocess, and has N client threads issue a mix of read requests. Prints requests/s,
latency percentiles and the number of errors. No assertions: figures only.

    .venv/bin/python bench/api_load.py [--nights 365] [--clients 8] [--requests 2000] [--seconds 30]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from skytally.models import Claim, Document, Evidence, Extraction, Outcome, Weapon
from skytally.store import open_store

PLACES = ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia")
OUTLETS = ("Air Force of Ukraine", "Example Wire", "City News")


def build(url: str, nights: int, seed: int = 7) -> int:
    """Three reports a night with slightly different figures; the number of documents."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    with open_store(url) as store:
        for i in range(nights):
            day = start + dt.timedelta(days=i)
            launched = rng.randint(20, 600)
            for j, outlet in enumerate(OUTLETS):
                n = launched + j * rng.randint(0, 10)
                text = (f"Russia launched {n} drones at Ukraine overnight. "
                        f"Air defences shot down {n * 8 // 10} of them over {rng.choice(PLACES)}.")
                first = text.index(".") + 1
                claims = (Claim(Outcome.LAUNCHED, n, Evidence(0, first), Weapon.DRONE, attacker="russia",
                                target="ukraine", date=day, attribution=outlet),
                          Claim(Outcome.SHOT_DOWN, n * 8 // 10, Evidence(first + 1, len(text)), Weapon.DRONE,
                                attacker="russia", target="ukraine", date=day, attribution=outlet))
                doc = Document(id=f"d{i}-{j}", text=text, published=day, outlet=outlet, title=f"Night {day}")
                store.save(doc, Extraction(doc.id, claims, (rng.choice(PLACES),)))
        store.resolve_events()
    return nights * len(OUTLETS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def serve(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SKYTALLY_DB": url}
    env.pop("SKYTALLY_API_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-c", "from skytally.cli import main; main()", "serve",
                             "--port", str(port)],
                            env=env, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=1.0)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def request_for(nights: int, rng: random.Random) -> tuple[str, str]:
    """(endpoint label, URL) of one read request drawn from the mix."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(nights))
    return rng.choice([
        ("events", "/api/events?limit=50"),
        ("event", f"/api/events/{day}:russia:ukraine"),
        ("claims", f"/api/claims?since={day}&until={day + dt.timedelta(days=7)}&weapon=drone"),
        ("documents", f"/api/documents?place={rng.choice(PLACES)}&limit=20"),
        ("document", f"/api/documents/d{rng.randrange(nights)}-0"),
        ("places", "/api/places"),
        ("stats", f"/api/stats?since={day}"),
        ("search", "/api/search?q=overnight&limit=10"),
        ("overview", "/index.json"),
        ("event page", f"/events/{day}:russia:ukraine"),
    ])


def load(base: str, nights: int, clients: int, requests: int,
         seconds: float) -> tuple[dict[str, list[float]], int, float]:
    latencies: dict[str, list[float]] = {}
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    budget = iter(range(requests))

    def client(seed: int) -> None:
        nonlocal errors
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30.0) as http:
            while time.monotonic() < deadline:
                with lock:
                    if next(budget, None) is None:
                        return
                label, url = request_for(nights, rng)
                t0 = time.perf_counter()
                try:
                    ok = http.get(url).status_code == 200
                except httpx.HTTPError:
                    ok = False
                took = time.perf_counter() - t0
                with lock:
                    latencies.setdefault(label, []).append(took)
                    errors += not ok

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nights", type=int, default=365)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'load.db'}"
        t0 = time.perf_counter()
        docs = build(url, args.nights)
        print(f"store: {docs} documents, {args.nights} nights, built in {time.perf_counter() - t0:.1f} s")
        port = free_port()
        proc = serve(url, port)
        try:
            lat, errors, took = load(f"http://127.0.0.1:{port}", args.nights, args.clients, args.requests,
                                     args.seconds)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    every = [t for ts in lat.values() for t in ts]
    print(f"{'clients':<10}{'requests':>9}{'seconds':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'p99 ms':>9}{'errors':>8}")
    print(f"{args.clients:<10}{len(every):>9}{took:>9.1f}{len(every) / took:>9.1f}{pct(every, 50):>9.1f}"
          f"{pct(every, 95):>9.1f}{pct(every, 99):>9.1f}{errors:>8}")
    print(f"\n{'endpoint':<12}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for label, ts in sorted(lat.items()):
        print(f"{label:<12}{len(ts):>9}{pct(ts, 50):>9.1f}{pct(ts, 95):>9.1f}")


if __name__ == "__main__":
    main()
