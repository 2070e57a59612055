"""Shared fixtures: small named inputs the tests write themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "skytally" / "data" / "sample" / "reports.jsonl"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
