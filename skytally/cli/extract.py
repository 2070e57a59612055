"""``skytally extract``: print the claims of documents without storing them."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from skytally.extract import extract_document
from skytally.ingest import READERS, ReadOptions, read_paths
from skytally.models import Document, Extraction, Failure


def input_options(f: click.decorators.FC) -> click.decorators.FC:
    """The options every command that reads inputs shares.

    The first five reach the command as parameters; the rest (``expose_value=False``)
    are kept in the click context, where ``read_options`` picks them up.
    """
    def remember(ctx: click.Context, param: click.Parameter, value: object) -> object:
        if param.name == "timezone":
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(str(value))
            except (ZoneInfoNotFoundError, ValueError):
                raise click.BadParameter(f"unknown time zone {value!r} (try Europe/Kyiv or UTC)") from None
        if param.name == "csv_delimiter" and isinstance(value, str):
            value = "\t" if value in ("\\t", "tab") else value
            if len(value) != 1:
                raise click.BadParameter("one character, or \\t (tab)")
        ctx.meta.setdefault("skytally.read_options", {})[param.name] = value
        return value

    def hidden(*decls: str, **attrs: Any) -> Callable[[click.decorators.FC], click.decorators.FC]:
        return click.option(*decls, expose_value=False, callback=remember, **attrs)

    f = hidden("--fetch-timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
               help="Seconds to wait for each fetched URL.")(f)
    f = hidden("--fetch", is_flag=True, default=False,
               help="Download the http(s) URLs among PATHS (otherwise URLs are refused).")(f)
    f = hidden("--timezone", default="Europe/Kyiv", show_default=True,
               help="Time zone of the naive dates in Telegram exports.")(f)
    f = hidden("--channel", default=None,
               help="Telegram channel username, for https://t.me/<channel>/<id> links.")(f)
    f = hidden("--csv-delimiter", default=None,
               help="CSV field delimiter (default: guessed from the header).")(f)
    f = hidden("--language-field", default="language", show_default=True,
               help="Record field holding the language code.")(f)
    f = hidden("--title-field", default="title", show_default=True,
               help="Record field holding the title.")(f)
    f = hidden("--outlet-field", default="outlet", show_default=True,
               help="Record field holding the outlet name.")(f)
    f = click.option("--input-format", type=click.Choice(sorted(READERS)), default=None,
                     help="Reader to use instead of detecting it from content and extension.")(f)
    f = click.option("--text-field", default="text", show_default=True,
                     help="Record field holding the text (JSONL, CSV).")(f)
    f = click.option("--id-field", default="id", show_default=True, help="Record field holding the id.")(f)
    f = click.option("--date-field", default="published", show_default=True,
                     help="Record field holding the publication date.")(f)
    f = click.option("--url-field", default="url", show_default=True, help="Record field holding the URL.")(f)
    return f


def read_options(text_field: str, id_field: str, date_field: str, url_field: str) -> ReadOptions:
    """``ReadOptions`` from the shared input options (the hidden ones come from the click context)."""
    ctx = click.get_current_context(silent=True)
    hidden = dict(ctx.meta.get("skytally.read_options", {})) if ctx is not None else {}
    fetch_timeout = hidden.pop("fetch_timeout", None)
    if fetch_timeout is not None:
        hidden["timeout"] = fetch_timeout
    return ReadOptions(text_field=text_field, id_field=id_field, date_field=date_field,
                       url_field=url_field, **hidden)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
              show_default=True, help="table for people; json or jsonl (CLAIMS.md shape) for machines.")
@input_options
def extract_command(paths: tuple[str, ...], fmt: str, input_format: str | None, text_field: str,
                    id_field: str, date_field: str, url_field: str) -> None:
    """Print the claims in PATHS (files, directories, globs, or - for stdin)."""
    opts = read_options(text_field, id_field, date_field, url_field)
    failures = 0
    results: list[tuple[Document, Extraction]] = []
    for item in read_paths(paths, input_format=input_format, options=opts):
        if isinstance(item, Failure):
            failures += 1
            click.echo(f"Error: {item}", err=True)
            continue
        result = extract_document(item)
        if fmt == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            results.append((item, result))
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for _, r in results], ensure_ascii=False, indent=2))
    elif fmt == "table":
        _print_table(results)
    if failures:
        click.echo(f"Error: {failures} input(s) could not be read", err=True)
        sys.exit(1)


def _print_table(results: Iterable[tuple[Document, Extraction]]) -> None:
    click.echo(f"{'document':<18}{'outcome':<12}{'weapon':<9}{'n':>7} {'qual':<9}{'scope':<10}"
               f"{'date':<11}{'attacker':<9} evidence")
    for doc, res in results:
        for c in res.claims:
            quote = " ".join(c.evidence.quote(doc.text).split())
            if len(quote) > 70:
                quote = quote[:67] + "..."
            click.echo(f"{doc.id[:17]:<18}{c.outcome.value:<12}{(c.weapon or '-'):<9}{c.n:>7} "
                       f"{c.qualifier.value:<9}{c.scope.value:<10}{str(c.date or '-'):<11}"
                       f"{(c.attacker or '-'):<9} {quote}")
        if res.places:
            click.echo(f"{doc.id[:17]:<18}places: {', '.join(res.places)}")


commands = [extract_command]
