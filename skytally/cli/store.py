"""``skytally ingest | reextract | events | event | claims``: the database commands.

Thin: each reads options, calls ``skytally.store`` or ``skytally.query.browse``,
prints data to stdout (table, JSON or CSV) and progress and summaries to stderr.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from skytally.cli.extract import input_options, read_options
from skytally.errors import SkytallyError
from skytally.ingest import read_paths
from skytally.models import Outcome, Weapon
from skytally.query import browse
from skytally.store import Store, normalise_url, open_store

FORMATS = click.Choice(["table", "json", "csv"])


def db_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option("--db", envvar="SKYTALLY_DB", default=None, show_envvar=True,
                        help="Database URL or SQLite path [default: skytally.db].")(f)


def format_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
                        help="table for people; json or csv for machines.")(f)


def filter_options(f: click.decorators.FC) -> click.decorators.FC:
    date = click.DateTime(["%Y-%m-%d"])
    for option in reversed([
        click.option("--since", type=date, help="First attack date, inclusive (YYYY-MM-DD)."),
        click.option("--until", type=date, help="Last attack date, inclusive (YYYY-MM-DD)."),
        click.option("--attacker", help="Canonical attacker name, e.g. russia."),
        click.option("--target", help="Country attacked, e.g. ukraine."),
        click.option("--place", help="A place named in the reports, e.g. Kyiv."),
        click.option("--weapon", type=click.Choice([w.value for w in Weapon])),
        click.option("--outcome", type=click.Choice([o.value for o in Outcome])),
        click.option("--outlet", help="Only reports from this outlet."),
        click.option("--limit", type=click.IntRange(1, browse.MAX_LIMIT), default=browse.DEFAULT_LIMIT,
                     show_default=True, help="Rows per page."),
        click.option("--offset", type=click.IntRange(0), default=0, show_default=True, help="Rows to skip."),
    ]):
        f = option(f)
    return f


@contextmanager
def store_at(db: str | None) -> Iterator[Store]:
    """The store, with every error it raises turned into ``Error: …`` and exit 1."""
    try:
        with open_store(db) as store:
            yield store
    except (SkytallyError, SQLAlchemyError) as exc:
        click.echo(f"Error: {_message(exc, db)}", err=True)
        sys.exit(1)


def _message(exc: Exception, db: str | None) -> str:
    if not isinstance(exc, SQLAlchemyError):
        return str(exc)
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"database {_shown(db)}: {first[0] if first else type(exc).__name__}"


def _shown(db: str | None) -> str:
    """The database URL without its password."""
    try:
        return make_url(normalise_url(db)).render_as_string(hide_password=True)
    except SQLAlchemyError:
        return "(unparseable URL)"


def _filters(kw: dict[str, Any]) -> tuple[browse.Filters, browse.Page]:
    day = {k: (kw[k].date() if isinstance(kw.get(k), dt.datetime) else None) for k in ("since", "until")}
    f = browse.Filters(since=day["since"], until=day["until"], attacker=kw.get("attacker"),
                       target=kw.get("target"), weapon=kw.get("weapon"), outcome=kw.get("outcome"),
                       place=kw.get("place"), outlet=kw.get("outlet"))
    return f, browse.Page(kw.get("limit", browse.DEFAULT_LIMIT), kw.get("offset", 0))


# ---- output -------------------------------------------------------------------------------------

Column = tuple[str, int, Callable[[dict[str, Any]], Any]]


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[Column], *, payload: Any = None) -> None:
    """Rows as an aligned table, CSV (same columns), or JSON (``payload`` if given)."""
    if fmt == "json":
        click.echo(json.dumps(rows if payload is None else payload, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([name for name, _, _ in columns])
        writer.writerows([[_cell(get(r)) for _, _, get in columns] for r in rows])
    else:
        click.echo(" ".join(f"{name:<{width}}" for name, width, _ in columns).rstrip())
        for r in rows:
            click.echo(" ".join(_fit(_cell(get(r)), width) for _, width, get in columns).rstrip())


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _fit(value: str, width: int) -> str:
    """One line, cut to ``width`` with an ellipsis and padded to it (0: as long as it is)."""
    value = " ".join(value.split())
    if width <= 0:
        return value
    return (value if len(value) <= width else value[: width - 1] + "…").ljust(width)


def _footer(page: dict[str, Any], fmt: str) -> None:
    shown = len(page["items"])
    if fmt == "table" and page["total"] > shown:
        click.echo(f"{shown} of {page['total']} (from offset {page['offset']}; use --offset/--limit)",
                   err=True)


EVENT_COLUMNS: list[Column] = [
    ("id", 30, lambda r: r["id"]), ("reports", 7, lambda r: r["n_documents"]),
    ("claims", 6, lambda r: r["n_claims"]), ("flags", 5, lambda r: r["n_flags"]),
    ("label", 0, lambda r: r["label"]),
]
CLAIM_COLUMNS: list[Column] = [
    ("id", 6, lambda r: r["id"]), ("date", 10, lambda r: r["date"]), ("attacker", 9, lambda r: r["attacker"]),
    ("outcome", 11, lambda r: r["outcome"]), ("weapon", 7, lambda r: r["weapon"]), ("n", 6, lambda r: r["n"]),
    ("qualifier", 9, lambda r: r["qualifier"]), ("scope", 9, lambda r: r["scope"]),
    ("outlet", 18, lambda r: r["outlet"]), ("document", 17, lambda r: r["document_id"]),
    ("evidence", 70, lambda r: r["quote"]),
]
FIGURE_COLUMNS: list[Column] = [
    ("figure", 24, lambda r: r["figure"]), ("role", 10, lambda r: r["role"]), ("n", 6, lambda r: r["n"]),
    ("qualifier", 9, lambda r: r["qualifier"]), ("source", 24, lambda r: r["outlet"] or r["document_id"]),
    ("kind", 9, lambda r: r["source_kind"]), ("published", 25, lambda r: r["published"]),
    ("reason", 60, lambda r: r["reason"]), ("evidence", 0, lambda r: r["quote"]),
]


# ---- commands -----------------------------------------------------------------------------------

@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--source-kind", type=click.Choice(["report", "reference"]), default="report",
              show_default=True, help="reference for curated datasets rather than news reports.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr [default: when stderr is a terminal].")
@input_options
def ingest_command(paths: tuple[str, ...], db: str | None, source_kind: str, progress: bool | None,
                   input_format: str | None, text_field: str, id_field: str, date_field: str,
                   url_field: str) -> None:
    """Read, extract and store PATHS (files, directories, globs, - for stdin), then rebuild events.

    Safe to re-run: stored documents are skipped, each document is written with its claims
    in one transaction, so an interrupted run resumes where it stopped.
    """
    items = read_paths(paths, input_format=input_format,
                       options=read_options(text_field, id_field, date_field, url_field))
    show = sys.stderr.isatty() if progress is None else progress
    with store_at(db) as store:
        report = store.ingest(items, progress=show, source_kind=source_kind)
        n_events = store.resolve_events()
    click.echo(f"documents: {report}; events: {n_events}", err=True)
    if report.failed:
        click.echo(f"Error: {report.failed} input(s) failed (see the failures table)", err=True)
        sys.exit(1)


@click.command("reextract")
@db_option
@click.option("--all", "everything", is_flag=True, help="Every document, not only older versions'.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr [default: when stderr is a terminal].")
def reextract_command(db: str | None, everything: bool, progress: bool | None) -> None:
    """Re-run the current extractor over stored documents and replace their claims."""
    show = sys.stderr.isatty() if progress is None else progress
    with store_at(db) as store:
        n = store.reextract(everything=everything, progress=show)
        n_events = store.resolve_events()
    click.echo(f"re-extracted {n} document(s); events: {n_events}", err=True)


@click.command("events")
@db_option
@filter_options
@format_option
def events_command(db: str | None, fmt: str, **kw: Any) -> None:
    """List events (one attack night of one attacker on one country), latest first."""
    _show_listing(browse.list_events, EVENT_COLUMNS, db, fmt, kw)


@click.command("event")
@click.argument("event_id")
@db_option
@format_option
def event_command(event_id: str, db: str | None, fmt: str) -> None:
    """Show one event: every figure side by side with its source, role and evidence; flags."""
    with store_at(db) as store:
        detail = browse.get_event(store.engine, event_id)
    if detail is None:
        click.echo(f"Error: no event {event_id!r} (list them with `skytally events`)", err=True)
        sys.exit(1)
    rows = [e for fig in detail["figures"] for e in (fig["preferred"], *fig["others"])]
    if fmt == "table":
        click.echo(detail["event"]["label"])
        click.echo(f"{detail['event']['n_documents']} report(s), {detail['event']['n_claims']} claim(s)\n")
    emit(rows, fmt, FIGURE_COLUMNS, payload=detail)
    if fmt == "table":
        for flag in detail["flags"]:
            click.echo(f"flag {flag['code']}: {flag['message']}")


@click.command("claims")
@db_option
@filter_options
@format_option
def claims_command(db: str | None, fmt: str, **kw: Any) -> None:
    """List stored claims with their evidence, latest attack first."""
    _show_listing(browse.list_claims, CLAIM_COLUMNS, db, fmt, kw)


def _show_listing(listing: Callable[[Engine, browse.Filters, browse.Page], dict[str, Any]],
                  columns: Sequence[Column], db: str | None, fmt: str, kw: dict[str, Any]) -> None:
    f, page = _filters(kw)
    with store_at(db) as store:
        result = listing(store.engine, f, page)
    emit(result["items"], fmt, columns, payload=result)
    _footer(result, fmt)


commands = [ingest_command, reextract_command, events_command, event_command, claims_command]
