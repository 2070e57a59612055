"""``skytally batch`` is documented: in the README, and every option in docs/scale.md."""

from __future__ import annotations

from pathlib import Path

import click

from skytally.cli.batch import batch_command
from skytally.cli.extract import input_options

ROOT = Path(__file__).resolve().parents[2]


def test_batch_is_in_the_readme() -> None:
    assert "skytally batch " in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_batch_option_is_in_docs_scale() -> None:
    """Its own options, that is: the reader options it shares with ``extract`` are documented there."""
    shared = {o for p in input_options(click.command()(lambda: None)).params for o in p.opts}
    doc = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    options = [o for p in batch_command.params if isinstance(p, click.Option)
               for o in (*p.opts, *p.secondary_opts) if o not in shared]
    assert {"--out", "--scheduler", "--workers", "--db"} <= set(options)
    assert [o for o in options if f"`{o}" not in doc] == []
