"""Fixtures for the reader tests; the inputs themselves are built by `ingest_builders`."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_builders import article_html


@pytest.fixture
def html_page(tmp_path: Path) -> Path:
    p = tmp_path / "odesa.html"
    p.write_text(article_html(), encoding="utf-8")
    return p
