"""Reading throughput: a 10,000-record WARC.gz and a 100,000-line JSONL, generated in a temp dir.

Prints records/s for reading alone (no extraction), and documents/s for the
near-duplicate index over the JSONL texts.

    .venv/bin/python bench/ingest.py [--warc-records N] [--jsonl-lines N] [--dedupe-docs N]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from skytally.ingest import read_paths
from skytally.ingest.dedupe import DuplicateIndex
from skytally.models import Document

PLACES = ["Kyiv", "Odesa", "Kharkiv", "Dnipro", "Lviv", "Sumy", "Poltava", "Mykolaiv", "Zaporizhzhia"]
SENTENCES = [
    "Russia launched {a} attack drones and {m} missiles at {p} overnight, the air force said.",
    "Air defences shot down {s} drones over {p} and the surrounding region.",
    "{h} drones were lost to electronic warfare before reaching their targets.",
    "A fire broke out at a warehouse in {p}; emergency crews worked until dawn.",
    "{i} people were injured, the regional governor wrote on his channel in the morning.",
    "Debris damaged several cars and the windows of a school in the {p} district.",
    "The attack lasted about four hours, and sirens sounded across the east of the country.",
    "Officials asked residents to stay in shelters until the all-clear was given.",
]


def report(rng: random.Random) -> str:
    """A synthetic report of a few paragraphs (about 1.5 KB)."""
    values = {"a": rng.randint(10, 600), "m": rng.randint(0, 40), "s": rng.randint(5, 500),
              "h": rng.randint(0, 60), "i": rng.randint(0, 30), "p": rng.choice(PLACES)}
    paragraphs = []
    for _ in range(4):
        picked = rng.sample(SENTENCES, 4)
        paragraphs.append(" ".join(s.format(**values) for s in picked))
    return "\n\n".join(paragraphs)


def page(rng: random.Random, n: int) -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in report(rng).split("\n\n"))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Night attack {n} | "
            f"Bench News</title><meta property='article:published_time' content='2025-03-15T07:00:00Z'>"
            f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            f"<h1>Night attack {n}</h1>{paras}</article><aside>Most read: other stories</aside>"
            f"<footer>Copyright Bench News</footer></body></html>")


def write_warc(path: Path, records: int, rng: random.Random) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(records):
            body = page(rng, n).encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://bench.example/{n}", "response",
                                                          payload=io.BytesIO(body), length=len(body),
                                                          http_headers=headers))


def write_jsonl(path: Path, lines: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(lines):
            fh.write(json.dumps({"id": f"b{n}", "text": report(rng), "published": "2025-03-15",
                                 "url": f"https://bench.example/{n}", "outlet": "bench.example"}) + "\n")


def timed(items: Iterator[object]) -> tuple[int, int, float, list[Document]]:
    start = time.perf_counter()
    docs: list[Document] = []
    failures = 0
    for item in items:
        if isinstance(item, Document):
            docs.append(item)
        else:
            failures += 1
    return len(docs), failures, time.perf_counter() - start, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warc-records", type=int, default=10_000)
    parser.add_argument("--jsonl-lines", type=int, default=100_000)
    parser.add_argument("--dedupe-docs", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory(prefix="skytally-bench-") as tmp:
        warc, jsonl = Path(tmp) / "bench.warc.gz", Path(tmp) / "bench.jsonl"
        print(f"generating {args.warc_records:,} WARC records and {args.jsonl_lines:,} JSONL lines "
              f"in {tmp}", file=sys.stderr)
        write_warc(warc, args.warc_records, rng)
        write_jsonl(jsonl, args.jsonl_lines, rng)
        rows = []
        for name, path in (("WARC.gz (HTML via trafilatura)", warc), ("JSONL", jsonl)):
            n, failed, secs, docs = timed(read_paths([str(path)]))
            mb = path.stat().st_size / 2**20
            rows.append((name, n, failed, secs, mb))
        sample = docs[: args.dedupe_docs]
        index = DuplicateIndex()
        start = time.perf_counter()
        groups = {index.add(d.id, d.text) for d in sample}
        dedupe_secs = time.perf_counter() - start
    print(f"{'input':<32}{'records':>9}{'failed':>8}{'MB':>8}{'seconds':>9}{'records/s':>11}")
    for name, n, failed, secs, mb in rows:
        print(f"{name:<32}{n:>9,}{failed:>8}{mb:>8.1f}{secs:>9.2f}{n / secs:>11,.0f}")
    print(f"{'near-dup index (MinHash LSH)':<32}{len(sample):>9,}{'':>8}{'':>8}{dedupe_secs:>9.2f}"
          f"{len(sample) / dedupe_secs:>11,.0f}  ({len(groups):,} groups)")


if __name__ == "__main__":
    main()
