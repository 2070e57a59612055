"""``skytally import-reference | compare-reference | stats | records | places | timeline | plot``.

Thin: each command reads options, calls ``skytally.reference`` or ``skytally.query``
and prints a frame to stdout as a table, CSV or JSON; summaries go to stderr.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast

import click
import polars as pl

from skytally.cli.store import db_option, store_at
from skytally.errors import SkytallyError
from skytally.models import Weapon
from skytally.query.series import Period
from skytally.query.tally import Tally

FORMATS = click.Choice(["table", "csv", "json"])
DAY = click.DateTime(["%Y-%m-%d"])
F = TypeVar("F", bound=Callable[..., Any])


def _format(f: F) -> F:
    return click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
                        help="table for people; csv or json for machines.")(f)


def _range(f: F) -> F:
    f = click.option("--until", type=DAY, help="Last night, inclusive (YYYY-MM-DD).")(f)
    return click.option("--since", type=DAY, help="First night, inclusive (YYYY-MM-DD).")(f)


def _weapon(default: str | None) -> Callable[[F], F]:
    return click.option("--weapon", type=click.Choice([w.value for w in Weapon]), default=default,
                        show_default=True, help="Weapon class.")


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def emit(frame: pl.DataFrame, fmt: str) -> None:
    """A frame to stdout in the chosen format."""
    if fmt == "csv":
        click.echo(frame.write_csv(), nl=False)
    elif fmt == "json":
        click.echo(frame.write_json())
    else:
        with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_hide_dataframe_shape=True, tbl_width_chars=200,
                       tbl_hide_column_data_types=True, tbl_formatting="ASCII_MARKDOWN", float_precision=3,
                       fmt_str_lengths=100):
            click.echo(str(frame))


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


@click.command("import-reference")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--models", type=click.Path(exists=True, dir_okay=False),
              help="missiles_and_uavs.csv: model → category (default: that file beside PATH when "
                   "present, else built-in name rules).")
@db_option
def import_reference_command(path: str, models: str | None, db: str | None) -> None:
    """Import the per-report reference dataset (missile_attacks_daily.csv layout); re-imports update."""
    from skytally.reference import import_reference, models_beside

    models = models or (str(found) if (found := models_beside(path)) else None)
    if models:
        click.echo(f"weapon models from {models}", err=True)
    with store_at(db) as store:
        report = import_reference(store, path, models)
        events = store.resolve_events()
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    click.echo(f"{report.rows} rows, {report.claims} claims imported ({report.totals} post totals); "
               f"{len(report.failures)} failed; {events} events", err=True)
    if report.failures:
        sys.exit(1)


@click.command("compare-reference")
@_range
@click.option("--all", "show_all", is_flag=True, help="Also list nights only the reference has.")
@_format
@db_option
def compare_reference_command(since: dt.datetime | None, until: dt.datetime | None, show_all: bool,
                              fmt: str, db: str | None) -> None:
    """Per night: extracted figures against the reference (agree / differ / missing), and a summary."""
    from skytally.reference.compare import OUTCOMES, compare_reference, summarize

    with store_at(db) as store:
        tally = Tally(store.engine, attacker="russia", since=_day(since), until=_day(until))
        table = compare_reference(tally.claims, since=_day(since), until=_day(until))
    summary = summarize(table)
    emit(table if show_all else table.filter(pl.col("status") != "only_reference"), fmt)
    for outcome in OUTCOMES:
        counts = ", ".join(f"{k} {v}" for k, v in summary.counts[outcome].items())
        share, median = summary.agreement(outcome), summary.median_abs_pct[outcome]
        click.echo(f"{outcome}: {counts}; agreement "
                   f"{'-' if share is None else f'{share:.0%}'} of nights on both sides; median |diff| "
                   f"{'-' if median is None else f'{median:.1f}%'} where they differ", err=True)


@click.command("stats")
@click.option("--by", type=click.Choice(["night", "week", "month"]), default="night", show_default=True)
@_weapon("drone")
@click.option("--model", help="Only this weapon model (substring, e.g. Shahed, Kh-101).")
@click.option("--attacker", default="russia", show_default=True, help="Canonical attacker name.")
@_range
@_format
@db_option
def stats_command(by: str, weapon: str, model: str | None, attacker: str, since: dt.datetime | None,
                  until: dt.datetime | None, fmt: str, db: str | None) -> None:
    """Launched, shot down, suppressed, hit, neutralised and rate per night, week or month."""
    with store_at(db) as store:
        tally = Tally(store.engine, attacker=attacker or None, since=_day(since), until=_day(until))
        frame = tally.stats(cast(Period, by), weapon, model=model, attacker=attacker or None,
                            since=_day(since), until=_day(until))
    emit(frame, fmt)


@click.command("records")
@_weapon("drone")
@click.option("--top", "top", default=10, show_default=True, type=click.IntRange(1), help="Nights to list.")
@click.option("--night", type=DAY, help="Where this night stands: rank, percentile, largest since.")
@click.option("--check-claims", is_flag=True, help="Check the 'record' claims reports make.")
@click.option("--attacker", default="russia", show_default=True, help="Canonical attacker name.")
@_format
@db_option
def records_command(weapon: str, top: int, night: dt.datetime | None, check_claims: bool, attacker: str,
                    fmt: str, db: str | None) -> None:
    """The largest nights (with 'largest since'), one night's standing, or checks of record claims."""
    with store_at(db) as store:
        tally = Tally(store.engine, attacker=attacker or None)
        if night:
            standing = tally.standing(night.date(), weapon, attacker=attacker or None)
            if standing is None:
                fail(f"no {weapon} figure for {night.date()}")
            emit(pl.DataFrame([_standing_row(standing)]), fmt)
        elif check_claims:
            emit(tally.record_claims(weapon, attacker=attacker or None), fmt)
        else:
            emit(tally.top(top, weapon, attacker=attacker or None), fmt)


def _standing_row(standing: Any) -> dict[str, Any]:
    return {"date": standing.date, "value": standing.value, "rank": standing.rank, "nights": standing.nights,
            "percentile": round(standing.percentile, 1), "largest_since": standing.since,
            "record": standing.record}


@click.command("places")
@_range
@click.option("--top", "top", default=20, show_default=True, type=click.IntRange(1))
@_format
@db_option
def places_command(since: dt.datetime | None, until: dt.datetime | None, top: int, fmt: str,
                   db: str | None) -> None:
    """Nights, documents, claims and casualties per city or region, most attacked first."""
    with store_at(db) as store:
        tally = Tally(store.engine, since=_day(since), until=_day(until))
        emit(tally.places_summary(since=_day(since), until=_day(until)).head(top), fmt)


@click.command("timeline")
@click.option("--rebuild", is_flag=True,
              help="Read every stored report again first (after an upgrade of the political lexicon).")
@click.option("--around", type=click.IntRange(1, 365),
              help="Add the mean nightly launched figure this many nights before and after each event.")
@_weapon("drone")
@click.option("--attacker", default="russia", show_default=True, help="Attacker of the --around series.")
@_range
@_format
@db_option
def timeline_command(rebuild: bool, around: int | None, weapon: str, attacker: str,
                     since: dt.datetime | None, until: dt.datetime | None, fmt: str, db: str | None) -> None:
    """Political events read from the reports: calls, meetings, talks, ceasefires, sanctions, weapons."""
    from skytally.query.timeline import political_frame

    with store_at(db) as store:
        if rebuild:
            click.echo(f"read every report again: {store.rescan_political()} political event(s)",
                       err=True)
        if around:
            tally = Tally(store.engine, attacker=attacker or None)
            emit(tally.around_events(around, weapon, attacker=attacker or None, since=_day(since),
                                     until=_day(until)).drop("quote"), fmt)
        else:
            emit(political_frame(store.engine, since=_day(since), until=_day(until)), fmt)


@click.command("plot")
@click.argument("out", type=click.Path(dir_okay=False))
@_weapon("drone")
@click.option("--attacker", default="russia", show_default=True)
@_range
@click.option("--window", default=7, show_default=True, type=click.IntRange(2, 365),
              help="Rolling mean days.")
@click.option("--no-timeline", is_flag=True, help="Leave out the political events.")
@db_option
def plot_command(out: str, weapon: str, attacker: str, since: dt.datetime | None, until: dt.datetime | None,
                 window: int, no_timeline: bool, db: str | None) -> None:
    """Write OUT (.png or .svg): launched vs neutralised, rolling mean, records, political events."""
    from skytally.query.plot import plot_chart

    first, last = _day(since), _day(until)
    with store_at(db) as store:
        tally = Tally(store.engine, attacker=attacker or None)
        nightly = tally.stats("night", weapon, attacker=attacker or None, since=first, until=last,
                              rolling=(window,))
        record = tally.records(weapon, attacker=attacker or None)
        if first:
            record = record.filter(pl.col("date") >= first)
        events = None if no_timeline else tally.timeline(since=first, until=last)
        try:
            path = plot_chart(nightly, out, records=record, events=events, window=window,
                              title=f"{weapon}s launched and neutralised per night ({attacker})")
        except SkytallyError as exc:
            fail(str(exc))
    click.echo(f"wrote {path}", err=True)


commands = [import_reference_command, compare_reference_command, stats_command, records_command,
            places_command, timeline_command, plot_command]
