"""``skytally batch`` on 1 and on 2 Dask workers: wall time, speed-up, efficiency.

Cycles the development reports (the bundled sample when ``../shared/eval`` is
missing) into one JSONL file of ``--n`` reports, cuts it into partitions of
``--partition-size``, and runs the same partitions three ways: in this process
without Dask (the baseline), on a LocalCluster of 1 worker process, and on 2.
Cluster start-up is timed apart from the run.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import source_lines, write_corpus  # noqa: E402  (the sibling benchmark)

from skytally.scale import PartitionSpec, parse_size, plan_partitions  # noqa: E402
from skytally.scale.batch import connect, run_batch  # noqa: E402
from skytally.scale.task import process_partition  # noqa: E402


def in_process(specs: list[PartitionSpec], out: Path) -> float:
    started = time.perf_counter()
    for spec in specs:
        process_partition(spec, str(out))
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    """This process's peak resident set in MB (run on each worker)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def on_cluster(specs: list[PartitionSpec], out: Path, workers: int) -> tuple[float, float, float]:
    """Start-up seconds, run seconds, and the largest worker's peak RSS in MB."""
    started = time.perf_counter()
    with connect("local", workers=workers) as client:
        ready = time.perf_counter()
        summary = run_batch(specs, out, client)
        rss = max(client.run(peak_rss_mb).values())
    return ready - started, summary.seconds, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="reports (cycled)")
    ap.add_argument("--partition-size", default="1MB", help="input bytes per partition")
    args = ap.parse_args()
    lines, origin = source_lines()
    print(f"corpus: {len(lines)} distinct reports from {origin}, cycled to {args.n:,}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_corpus(lines, args.n, folder)
        mb = path.stat().st_size / 2**20
        specs = plan_partitions([str(path)], target_bytes=parse_size(args.partition_size))
        base = in_process(specs, folder / "base")
        runs = {w: on_cluster(specs, folder / f"w{w}", w) for w in (1, 2)}
    print(f"{args.n:,} reports, {mb:,.1f} MB, {len(specs)} partitions "
          f"of {args.partition_size}; 1 thread per worker process; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'run':<22}{'start-up s':>11}{'run s':>9}{'reports/s':>11}{'speed-up':>10}{'efficiency':>12}"
          f"{'worker RSS MB':>15}")
    print(f"{'in process, no Dask':<22}{'-':>11}{base:>9.2f}{args.n / base:>11,.0f}")
    for workers, (startup, seconds, rss) in runs.items():
        speedup = runs[1][1] / seconds
        print(f"{f'Dask, {workers} worker(s)':<22}{startup:>11.2f}{seconds:>9.2f}{args.n / seconds:>11,.0f}"
              f"{speedup:>9.2f}x{speedup / workers:>11.0%}{rss:>15,.0f}")


if __name__ == "__main__":
    main()
