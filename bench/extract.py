"""Extraction speed on one core, peak memory, and two reference points.

Cycles the development reports (``../shared/eval/dev`` and ``dev-uk``; the
bundled sample when those are missing) up to ``--n`` reports, writes them to a
temporary JSONL file and times, in one process on one core:

- floor: reading the file, parsing each JSON line and one regex pass over the text;
- skytally: the same file through ``read_paths`` and ``extract_document``;
- skytally, extraction only: ``extract_document`` over ``--only-n`` documents already in memory;
- skytally from its Python sources: the read + extract pass again in a child process with
  ``SKYTALLY_PURE=1``, when the compiled extractor (``make compile``) is what this process runs;
- quantulum3, a general quantity extractor, over the first ``--quantulum-n`` reports.

Prints reports per CPU-second of this process (wall seconds too: on a shared
machine the CPU figure is the steadier one), the ratios, peak RSS and the
tracemalloc peak.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable
from itertools import cycle, islice
from pathlib import Path

from skytally.extract import compiled, extract_document
from skytally.ingest import read_paths
from skytally.models import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SOURCES = (SHARED / "dev" / "docs.jsonl", SHARED / "dev-uk" / "docs.jsonl")
SAMPLE = ROOT / "skytally" / "data" / "sample" / "reports.jsonl"
NUMBER = re.compile(r"\d[\d,. ]*")
TARGET = 2000.0


def source_lines() -> tuple[list[bytes], str]:
    present = [p for p in SOURCES if p.exists()]
    files = present or [SAMPLE]
    lines = [line for p in files for line in p.read_bytes().splitlines() if line.strip()]
    return lines, " + ".join(str(p.relative_to(p.parents[2])) for p in files)


def write_corpus(lines: list[bytes], n: int, folder: Path) -> Path:
    path = folder / "corpus.jsonl"
    with path.open("wb") as fh:
        for line in islice(cycle(lines), n):
            fh.write(line + b"\n")
    return path


def floor(path: Path) -> int:
    count = 0
    with path.open("rb") as fh:
        for raw in fh:
            count += sum(1 for _ in NUMBER.finditer(json.loads(raw)["text"])) >= 0
    return count


def skytally_stream(path: Path) -> int:
    count = 0
    for item in read_paths([str(path)]):
        if isinstance(item, Document):
            extract_document(item)
            count += 1
    return count


def extract_only(docs: list[Document]) -> int:
    for doc in docs:
        extract_document(doc)
    return len(docs)


def quantulum(texts: list[str]) -> int:
    warnings.filterwarnings("ignore", module="quantulum3")  # "classifier not installed"
    from quantulum3 import parser

    for text in texts:
        parser.parse(text)
    return len(texts)


def pure_python_pass(path: Path) -> tuple[int, float, float] | None:
    """The read + extract pass in a child process running the Python sources, if this one is compiled."""
    if compiled.build() != "mypyc":
        return None
    out = subprocess.run([sys.executable, __file__, "--stream-only", str(path)], check=True,
                         capture_output=True, text=True, env={**os.environ, "SKYTALLY_PURE": "1"})
    count, wall, cpu = json.loads(out.stdout)
    return int(count), float(wall), float(cpu)


def timed(run: Callable[[], int]) -> tuple[int, float, float]:
    """Items done, wall seconds and CPU seconds of this process (less hurt by a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    count = run()
    return count, time.perf_counter() - wall, time.process_time() - cpu


def peak_rss() -> float:
    """The process's peak resident set so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def traced_peak(docs: Iterable[Document]) -> float:
    tracemalloc.start()
    for doc in docs:
        extract_document(doc)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def profile(n: int) -> None:
    """Where the time of ``n`` extractions goes, as pyinstrument's call tree."""
    from pyinstrument import Profiler

    if compiled.build() == "mypyc":
        print("note: the compiled extractor shows no frames inside its modules; "
              "SKYTALLY_PURE=1 profiles the Python sources", file=sys.stderr)

    lines, _ = source_lines()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_corpus(lines, n, Path(tmp))
        docs = [d for d in read_paths([str(path)]) if isinstance(d, Document)]
    profiler = Profiler(interval=0.0005)
    with profiler:
        extract_only(docs)
    print(profiler.output_text(unicode=False, color=False))


def print_table(rows: list[tuple[str, int, float, float]]) -> None:
    rates = {name: count / cpu for name, count, _, cpu in rows}
    ours = rates["skytally: read + extract"]
    print(f"{'stage':<34}{'reports':>9}{'wall s':>9}{'cpu s':>9}{'reports/cpu-s':>15}{'vs skytally':>13}")
    for name, count, wall, cpu in rows:
        print(f"{name:<34}{count:>9,}{wall:>9.2f}{cpu:>9.2f}{rates[name]:>15,.0f}"
              f"{rates[name] / ours:>12.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50_000, help="reports to extract (cycled)")
    ap.add_argument("--only-n", type=int, default=10_000, help="reports for the extraction-only pass")
    ap.add_argument("--quantulum-n", type=int, default=300, help="reports through quantulum3 (slow)")
    ap.add_argument("--profile", type=int, metavar="N", default=0,
                    help="instead: profile N extractions with pyinstrument and print the call tree")
    ap.add_argument("--stream-only", type=Path, metavar="JSONL", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stream_only:  # the child of pure_python_pass
        path = args.stream_only
        print(json.dumps(timed(lambda: skytally_stream(path))))
        return
    if args.profile:
        profile(args.profile)
        return
    lines, origin = source_lines()
    print(f"corpus: {len(lines)} distinct reports from {origin}, cycled to {args.n:,}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_corpus(lines, args.n, Path(tmp))
        mb = path.stat().st_size / 2**20
        extract_document(next(d for d in read_paths([str(path)]) if isinstance(d, Document)))  # warm up
        rss_before = peak_rss()
        rows = [("floor: read + JSON + one regex", *timed(lambda: floor(path)))]
        rows.append(("skytally: read + extract", *timed(lambda: skytally_stream(path))))
        rss_stream = peak_rss()
        docs = [d for d in islice(read_paths([str(path)]), args.only_n) if isinstance(d, Document)]
        rows.append(("skytally: extract only", *timed(lambda: extract_only(docs))))
        pure = pure_python_pass(path)
        if pure:
            rows.append(("skytally, Python sources: read+ext", *pure))
        texts = [d.text for d in docs[: args.quantulum_n]]
        rows.append(("quantulum3: parse", *timed(lambda: quantulum(texts))))
        heap = traced_peak(docs[:2000])
    print(f"input {mb:,.1f} MB, {args.n:,} reports; extractor build: {compiled.build()}; "
          f"one process, one thread; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print_table(rows)
    rate = rows[1][1] / rows[1][3]
    print(f"peak RSS: {rss_before:,.0f} MB before the timed passes, {rss_stream:,.0f} MB after streaming "
          f"{args.n:,} reports, {peak_rss():,.0f} MB at the end "
          f"({len(docs):,} documents held, quantulum3 loaded)")
    print(f"tracemalloc peak over 2,000 extractions (Python heap above the documents): {heap:,.0f} KB")
    print(f"target >= {TARGET:,.0f} reports per CPU-second: {'met' if rate >= TARGET else 'NOT met'} "
          f"({rate:,.0f})")


if __name__ == "__main__":
    main()
