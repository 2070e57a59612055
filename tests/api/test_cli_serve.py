"""``skytally serve``: documented, and a bad database is an ``Error:`` line with exit 1."""

from __future__ import annotations

from click.testing import CliRunner

from skytally.cli import main


def test_serve_is_registered_and_documented() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "SKYTALLY_API_TOKEN", "/docs"):
        assert option in result.output


def test_bad_database_url_is_an_error() -> None:
    result = CliRunner().invoke(main, ["serve", "--db", "nosuchdialect://x/y"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") or result.stderr.startswith("Error: ")


def test_bad_port_is_refused() -> None:
    assert CliRunner().invoke(main, ["serve", "--port", "70000"]).exit_code == 2
