"""``skytally batch``: extract many inputs on a Dask cluster into Parquet (and a database)."""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from sqlalchemy.exc import SQLAlchemyError
from tqdm import tqdm

from skytally.cli.extract import input_options, read_options
from skytally.errors import ConfigError, SkytallyError
from skytally.extract import EXTRACTOR_VERSION
from skytally.scale.partition import PartitionSpec
from skytally.scale.plan import DEFAULT_TARGET_BYTES, parse_size, plan_partitions

if TYPE_CHECKING:
    from skytally.scale.batch import BatchSummary


@click.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory for documents/, claims/ and failures/ Parquet partitions.")
@click.option("--scheduler", default="local", show_default=True,
              help="'local' starts a LocalCluster; tcp://host:8786 uses a running scheduler.")
@click.option("--workers", default=2, show_default=True, type=int,
              help="Worker processes of a local cluster.")
@click.option("--partition-size", default=f"{DEFAULT_TARGET_BYTES // 2**20}MB", show_default=True,
              help="Input bytes per partition (JSONL is cut at line boundaries).")
@click.option("--db", default=None, help="Also load the results into this database (URL or path).")
@click.option("--overwrite", is_flag=True, help="Replace the results of an earlier run in --out.")
@click.option("--resume", is_flag=True,
              help="Finish an interrupted run in --out: same inputs and options, done partitions skipped.")
@click.option("--progress/--no-progress", default=True, help="Progress bar on stderr.")
@input_options
def batch_command(paths: tuple[str, ...], out: Path, scheduler: str, workers: int, partition_size: str,
                  db: str | None, overwrite: bool, resume: bool, progress: bool, input_format: str | None,
                  **fields: Any) -> None:
    """Extract the claims in PATHS on Dask, writing Parquet partitions under --out."""
    try:
        specs = plan_partitions(paths, input_format=input_format, options=read_options(**fields),
                                target_bytes=parse_size(partition_size))
        _prepare(out, overwrite, resume)
        summary = _run(specs, out, scheduler, workers, db, progress, resume)
    except (SkytallyError, SQLAlchemyError, OSError) as exc:
        click.echo(f"Error: {_message(exc)}", err=True)
        sys.exit(1)
    _print_summary(summary, out)
    if summary.failures:
        click.echo(f"Error: {summary.failures} input(s) could not be read or extracted; "
                   f"see {out / 'failures'}", err=True)
        sys.exit(1)


def _run(specs: list[PartitionSpec], out: Path, scheduler: str, workers: int, db: str | None,
         progress: bool, resume: bool) -> BatchSummary:
    from skytally.scale.batch import connect, run_batch  # needs the scale extra
    from skytally.scale.task import PartitionSummary

    # Dask logs every worker start and stop at INFO (set when it is imported); keep that for -v.
    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().level))

    with ExitStack() as stack:
        bar = stack.enter_context(tqdm(total=len(specs), unit="part", desc="batch", file=sys.stderr,
                                       disable=not progress))
        load = _loader(stack, db, out)
        client = stack.enter_context(connect(scheduler, workers))

        def on_done(part: PartitionSummary) -> None:
            bar.update(1)
            if load is not None:
                load(part.name)

        summary = run_batch(specs, out, client, on_done=on_done, resume=resume)
    return summary


def _loader(stack: ExitStack, db: str | None, out: Path) -> Callable[[str], object] | None:
    """A function loading one written partition into ``db``, or None without ``--db``."""
    if db is None:
        return None
    from skytally.scale.load import load_partition
    from skytally.store import open_store

    store = stack.enter_context(open_store(db))
    index = store.duplicate_index()
    return lambda name: load_partition(store, out, name, index, EXTRACTOR_VERSION)


def _prepare(out: Path, overwrite: bool, resume: bool) -> None:
    from skytally.scale.parquet import TABLES  # needs the scale extra

    if overwrite and resume:
        raise ConfigError("--overwrite starts again, --resume carries on: pass one of them")
    earlier = [out / t for t in TABLES if (out / t).exists()]
    if resume:
        return
    if earlier and not overwrite:
        raise ConfigError(f"{out} holds results of an earlier run; pass --overwrite to replace them "
                          "or --resume to finish it")
    for path in earlier:
        shutil.rmtree(path)
    out.mkdir(parents=True, exist_ok=True)


def _message(exc: BaseException) -> str:
    if isinstance(exc, SQLAlchemyError):
        return f"database: {exc.__class__.__name__}: {getattr(exc, 'orig', None) or exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename or ''}: {exc.strerror}".lstrip(": ")
    return str(exc)


def _print_summary(summary: BatchSummary, out: Path) -> None:
    rows = [("partitions", len(summary.partitions)), ("documents", summary.documents),
            ("claims", summary.claims), ("failures", summary.failures),
            ("seconds", f"{summary.seconds:.1f}"), ("out", out)]
    for key, value in rows:
        click.echo(f"{key:<11}{value}")


commands = [batch_command]
