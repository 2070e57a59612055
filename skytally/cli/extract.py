"""``skytally extract``: print the claims of documents without storing them."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable

import click

from skytally.extract import extract_document
from skytally.ingest import READERS, ReadOptions, read_paths
from skytally.models import Document, Extraction, Failure


def input_options(f: click.decorators.FC) -> click.decorators.FC:
    """The options every command that reads inputs shares."""
    f = click.option("--input-format", type=click.Choice(sorted(READERS)), default=None,
                     help="Reader to use instead of detecting it from the extension.")(f)
    f = click.option("--text-field", default="text", show_default=True,
                     help="Record field holding the text (JSONL, CSV).")(f)
    f = click.option("--id-field", default="id", show_default=True, help="Record field holding the id.")(f)
    f = click.option("--date-field", default="published", show_default=True,
                     help="Record field holding the publication date.")(f)
    f = click.option("--url-field", default="url", show_default=True, help="Record field holding the URL.")(f)
    return f


def read_options(text_field: str, id_field: str, date_field: str, url_field: str) -> ReadOptions:
    return ReadOptions(text_field=text_field, id_field=id_field, date_field=date_field,
                       url_field=url_field)


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
