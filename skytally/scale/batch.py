"""Running partitions on a Dask cluster and collecting what each wrote.

Every partition is one Dask task that reads its input, extracts and writes its
Parquet files itself; only a small ``PartitionSummary`` travels back. Tasks
are idempotent (a rerun rewrites the same files atomically), so when a worker
dies the scheduler reruns its task elsewhere and nothing is lost or doubled.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from skytally.errors import ConfigError, MissingExtra
from skytally.extract import EXTRACTOR_VERSION, extract_document
from skytally.models import Failure
from skytally.scale.parquet import partition_names, remove_temporaries, write_partition
from skytally.scale.partition import Extractor, PartitionRecords, PartitionSpec
from skytally.scale.resume import check_plan, finished, save_plan
from skytally.scale.task import PartitionSummary, process_partition

log = logging.getLogger(__name__)

try:
    from distributed import Client, LocalCluster, as_completed
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise MissingExtra("dask.distributed", "scale") from exc


@dataclass(frozen=True, slots=True)
class BatchSummary:
    partitions: tuple[PartitionSummary, ...]
    seconds: float

    @property
    def documents(self) -> int:
        return sum(p.documents for p in self.partitions)

    @property
    def claims(self) -> int:
        return sum(p.claims for p in self.partitions)

    @property
    def failures(self) -> int:
        return sum(p.failures for p in self.partitions)


def run_batch(specs: Sequence[PartitionSpec], out: Path, client: Client, *,
              extract: Extractor = extract_document, retries: int = 2, resume: bool = False,
              on_done: Callable[[PartitionSummary], None] | None = None) -> BatchSummary:
    """Run every partition on ``client``'s cluster; ``on_done`` sees each as it finishes.

    With ``resume``, ``out`` must hold an earlier run of the same plan; partitions it
    finished are not run again (``on_done`` still sees them, first).
    """
    started = time.perf_counter()
    notify = on_done or (lambda part: None)
    done = _start(out, specs, resume)
    for prior in done:
        notify(prior)
    skip = {prior.index for prior in done}
    for part in _run_tasks(client, [s for s in specs if s.index not in skip], out, extract, retries):
        done.append(part)
        notify(part)
    if stale := remove_temporaries(out):
        log.info("removed %d temporary file(s) left by interrupted attempts", stale)
    summary = BatchSummary(tuple(sorted(done, key=lambda p: p.index)), time.perf_counter() - started)
    write_manifest(out, specs, summary)
    return summary


def _start(out: Path, specs: Sequence[PartitionSpec], resume: bool) -> list[PartitionSummary]:
    """Save the plan of a new run, or check that of a resumed one; the partitions already done."""
    out.mkdir(parents=True, exist_ok=True)
    if not resume:
        if stale := sorted(set(partition_names(out)) - {s.name for s in specs}):
            raise ConfigError(f"{out} holds partitions of another run ({stale[0]}, …); "
                              "remove them or write elsewhere")
        save_plan(out, specs)
        return []
    check_plan(out, specs)
    return [part for part in (finished(out, s) for s in specs) if part is not None]


def _run_tasks(client: Client, specs: list[PartitionSpec], out: Path, extract: Extractor,
               retries: int) -> Iterator[PartitionSummary]:
    """One task per partition; summaries as tasks finish, a lost partition as a failure."""
    run_id = f"{time.time_ns():x}"
    keys = [f"skytally-{s.name}-{run_id}" for s in specs]
    futures = client.map(process_partition, specs, out=str(out.resolve()), extract=extract,
                         retries=retries, key=keys)
    spec_of = dict(zip(keys, specs, strict=True))
    for future in as_completed(futures):  # type: ignore[no-untyped-call]
        try:
            part: PartitionSummary = future.result()
        except Exception as exc:  # a reader bug, or a partition whose workers kept dying
            part = record_lost(spec_of[future.key], out, exc)
        yield part


def record_lost(spec: PartitionSpec, out: Path, exc: BaseException) -> PartitionSummary:
    """Write a partition that could not be run as one failure naming its input and the error."""
    where = ", ".join(spec.paths) + (f" bytes {spec.start}-{spec.end}" if spec.is_range else "")
    log.error("partition %s (%s) failed: %r", spec.name, where, exc)
    failure = Failure(where, f"partition {spec.name} failed: {exc!r}")
    write_partition(PartitionRecords((), (), (failure,)), out, spec.name)
    return PartitionSummary(spec.index, spec.name, 0, 0, 1, 0.0)


def write_manifest(out: Path, specs: Sequence[PartitionSpec], summary: BatchSummary) -> None:
    """``manifest.json``: inputs, partitions and counts of the run that wrote ``out``."""
    manifest: dict[str, Any] = {
        "extractor_version": EXTRACTOR_VERSION,
        "seconds": round(summary.seconds, 3),
        "documents": summary.documents, "claims": summary.claims, "failures": summary.failures,
        "partitions": [
            {**asdict(p), "paths": list(s.paths), "start": s.start, "end": s.end, "first_line": s.first_line}
            for s, p in zip(specs, summary.partitions, strict=True)
        ],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


@contextmanager
def connect(scheduler: str = "local", workers: int = 2, threads_per_worker: int = 1,
            processes: bool = True, connect_timeout: float = 30.0) -> Iterator[Client]:
    """A client of an existing cluster (``tcp://host:8786``) or of a new ``LocalCluster``."""
    if scheduler != "local":
        if "://" not in scheduler:
            raise ConfigError(f"--scheduler must be 'local' or an address like tcp://host:8786, "
                              f"not {scheduler!r}")
        try:
            client = Client(scheduler, timeout=connect_timeout)  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=threads_per_worker,  # type: ignore[no-untyped-call]
                           processes=processes, dashboard_address=":0")
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client
