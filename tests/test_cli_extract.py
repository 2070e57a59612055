from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from skytally.cli import main


def test_extract_jsonl_writes_one_line_per_document(sample_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(sample_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    ids = [json.loads(x)["id"] for x in sample_path.read_text().splitlines()]
    assert [x["id"] for x in lines] == ids
    assert all({"id", "claims", "places"} <= set(x) for x in lines)


def test_bad_jsonl_line_is_reported_and_rest_processed(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    p.write_text('{"id": "a", "text": "one"}\n{not json\n{"id": "b", "text": "two"}\n')
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(p)])
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["a", "b"]
    assert f"{p}:2" in result.stderr and "not JSON" in result.stderr
