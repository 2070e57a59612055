"""``skytally batch`` on 1 and on 2 Dask workers: wall time, speed-up, efficiency.

Cycles the development reports (the bundled sample when ``../shared/eval`` is
missing) into one JSONL file of ``--n`` reports, cuts it into partitions of
``--partition-size``, and runs the same partitions three ways: in this process
without Dask (the baseline), on a LocalCluster of 1 worker process, and on 2.
Cluster start-up is timed apart from the run. Cluster runs alternate
``--repeat`` times and the fastest of each kind counts, since on a shared
machine other work slows some runs; CPU seconds of the workers show the work
itself (it should not grow with the number of workers).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import source_lines, write_corpus  # noqa: E402  (the sibling benchmark)

from skytally.scale import PartitionSpec, parse_size, plan_partitions  # noqa: E402
from skytally.scale.batch import connect, run_batch  # noqa: E402
from skytally.scale.task import process_partition  # noqa: E402


@dataclass(frozen=True, slots=True)
class Run:
    startup: float  # seconds to start the cluster and its workers
    seconds: float  # wall seconds of the run itself
    cpu: float  # CPU seconds the workers spent (the extraction work, wherever it ran)
    rss: float  # the largest worker's peak resident set, MB


def in_process(specs: list[PartitionSpec], out: Path) -> Run:
    wall, cpu = time.perf_counter(), time.process_time()
    for spec in specs:
        process_partition(spec, str(out))
    return Run(0.0, time.perf_counter() - wall, time.process_time() - cpu, peak_rss_mb())


def peak_rss_mb() -> float:
    """This process's peak resident set in MB (run on each worker)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def on_cluster(specs: list[PartitionSpec], out: Path, workers: int) -> Run:
    started = time.perf_counter()
    with connect("local", workers=workers) as client:
        ready = time.perf_counter()
        cpu_before = sum(client.run(time.process_time).values())
        summary = run_batch(specs, out, client)
        cpu = sum(client.run(time.process_time).values()) - cpu_before
        rss = max(client.run(peak_rss_mb).values())
    shutil.rmtree(out)
    return Run(ready - started, summary.seconds, cpu, rss)


def best(runs: list[Run]) -> Run:
    """The fastest of repeated runs: the one least slowed by other work on the machine."""
    return min(runs, key=lambda r: r.seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="reports (cycled)")
    ap.add_argument("--partition-size", default="1MB", help="input bytes per partition")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each kind, alternating; the best counts")
    args = ap.parse_args()
    lines, origin = source_lines()
    print(f"corpus: {len(lines)} distinct reports from {origin}, cycled to {args.n:,}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_corpus(lines, args.n, folder)
        mb = path.stat().st_size / 2**20
        specs = plan_partitions([str(path)], target_bytes=parse_size(args.partition_size))
        base = in_process(specs, folder / "base")
        tries: dict[int, list[Run]] = {1: [], 2: []}
        for _ in range(args.repeat):
            for workers, runs in tries.items():
                runs.append(on_cluster(specs, folder / f"w{workers}", workers))
    one, two = best(tries[1]), best(tries[2])
    print(f"{args.n:,} reports, {mb:,.1f} MB, {len(specs)} partitions of {args.partition_size}; "
          f"1 thread per worker process; best of {args.repeat}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'run':<22}{'start-up s':>11}{'run s':>9}{'cpu s':>8}{'reports/s':>11}{'speed-up':>10}"
          f"{'efficiency':>12}{'worker RSS MB':>15}")
    print(f"{'in process, no Dask':<22}{'-':>11}{base.seconds:>9.2f}{base.cpu:>8.2f}"
          f"{args.n / base.seconds:>11,.0f}")
    for workers, run in ((1, one), (2, two)):
        speedup = one.seconds / run.seconds
        print(f"{f'Dask, {workers} worker(s)':<22}{run.startup:>11.2f}{run.seconds:>9.2f}{run.cpu:>8.2f}"
              f"{args.n / run.seconds:>11,.0f}{speedup:>9.2f}x{speedup / workers:>11.0%}{run.rss:>15,.0f}")


if __name__ == "__main__":
    main()
