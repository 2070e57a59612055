"""The analytics commands end to end over a real SQLite store (``analytics_db`` fixture)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from skytally.cli import main


def run(db: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--db", db])
    return result.exit_code, result.stdout, result.stderr


def test_stats_by_month_as_json(analytics_db: str) -> None:
    code, out, _ = run(analytics_db, "stats", "--by", "month", "--format", "json")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["date"], row["launched"], row["nights"]) == ("2025-08-01", 1000, 4)


def test_stats_nightly_csv_has_rolling_means(analytics_db: str) -> None:
    code, out, _ = run(analytics_db, "stats", "--since", "2025-08-02", "--until", "2025-08-03",
                       "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert "launched_7d" in lines[0] and len(lines) == 3


def test_records_top_night_and_claim_checks(analytics_db: str) -> None:
    code, out, _ = run(analytics_db, "records", "--top", "1", "--format", "json")
    assert code == 0 and json.loads(out)[0]["launched"] == 400
    code, out, _ = run(analytics_db, "records", "--night", "2025-08-03", "--format", "json")
    assert json.loads(out)[0]["largest_since"] == "2025-08-02"
    code, out, _ = run(analytics_db, "records", "--check-claims", "--format", "json")
    assert json.loads(out)[0]["verdict"] == "record"


def test_records_of_a_night_without_figures_is_an_error(analytics_db: str) -> None:
    code, _, err = run(analytics_db, "records", "--night", "2020-01-01")
    assert code == 1 and err.startswith("Error: no drone figure")


def test_places_and_timeline_tables(analytics_db: str) -> None:
    code, out, _ = run(analytics_db, "places")
    assert code == 0 and "Odesa" in out
    code, out, err = run(analytics_db, "timeline", "--rebuild")
    assert code == 0 and "phone_call" in out and "Zelensky; Macron" in out
    assert "1 political event" in err


def test_timeline_around_events_adds_nightly_means(analytics_db: str) -> None:
    code, out, _ = run(analytics_db, "timeline", "--around", "2", "--format", "json")
    assert code == 0
    (event,) = json.loads(out)
    assert (event["kind"], event["before"], event["after"]) == ("phone_call", 200.0, 400.0)


def test_plot_writes_png_and_svg(analytics_db: str, tmp_path: Path) -> None:
    for name in ("chart.png", "chart.svg"):
        code, _, err = run(analytics_db, "plot", str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_plot_refuses_other_formats(analytics_db: str, tmp_path: Path) -> None:
    code, _, err = run(analytics_db, "plot", str(tmp_path / "chart.gif"))
    assert code == 1 and err.startswith("Error: cannot write .gif")


def test_every_analytics_command_and_option_is_documented() -> None:
    from skytally.cli.analytics import commands

    docs = (Path(__file__).resolve().parents[2] / "docs" / "analytics.md").read_text(encoding="utf-8")
    for command in commands:
        assert f"skytally {command.name}" in docs, command.name
        for param in command.params:
            for flag in [o for o in getattr(param, "opts", []) if o.startswith("--")]:
                assert flag in docs, f"{command.name} {flag}"
