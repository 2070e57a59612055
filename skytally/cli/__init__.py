"""The ``skytally`` command: a thin click layer over the library.

Each area registers its commands from its own module in this package; no
business logic lives here. Errors print as ``Error: …`` and exit 1.
"""

from __future__ import annotations

import logging
import sys
from importlib import import_module

import click

from skytally import __version__

# Modules that define commands; each exposes ``commands: list[click.Command]``.
COMMAND_MODULES = (
    "skytally.cli.extract",
    "skytally.cli.store",
    "skytally.cli.batch",
    "skytally.cli.serve",
    "skytally.cli.analytics",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="skytally")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Turn reports of aerial attacks into a verifiable, queryable record."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = import_module(name)
        except ImportError as exc:  # an optional extra is missing: keep the rest usable
            logging.getLogger(__name__).debug("commands of %s unavailable: %s", name, exc)
            continue
        for command in module.commands:
            main.add_command(command)


_register()
