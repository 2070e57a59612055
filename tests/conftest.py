"""Shared fixtures: small named inputs the tests write themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "skytally" / "data" / "sample" / "reports.jsonl"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


def _corpus_line(i: int) -> str:
    import json

    day = 1 + i % 28
    texts = (
        f"Overnight the enemy sent {20 + i} attack drones and {i % 5 + 1} cruise missiles toward the "
        f"capital. Defenders downed {10 + i} drones and {i % 5} missiles; {i % 7} people were hurt.",
        f"Officials said at least {i + 2} people were killed when a guided bomb struck a depot on "
        f"night {day}. Nobody else was reported injured.",
        f"Вночі ворог атакував {30 + i} ударними БпЛА. Сили оборони знешкодили {25 + i} з них.",
        "The council met to discuss the budget for road repairs and a new library.",
    )
    record = {"id": f"doc-{i:03d}", "text": texts[i % len(texts)],
              "published": f"2025-03-{day:02d}T08:00:00+00:00", "url": f"https://example.test/{i}"}
    return json.dumps(record, ensure_ascii=False)


@pytest.fixture
def report_corpus(tmp_path: Path) -> Path:
    """A JSONL corpus written for the tests: 40 short reports, one line not JSON, one blank."""
    lines = [_corpus_line(i) for i in range(40)]
    lines.insert(17, "{this line is not json")
    lines.insert(30, "")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
