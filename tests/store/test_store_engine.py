"""Database URLs: plain paths, the default, PostgreSQL's driver, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from skytally.errors import ConfigError
from skytally.store import DEFAULT_URL, normalise_url, open_store
from skytally.store.engine import make_engine


@pytest.mark.parametrize(("given", "expected"), [
    (None, DEFAULT_URL),
    ("", DEFAULT_URL),
    ("data/sky.db", "sqlite:///data/sky.db"),
    ("/abs/sky.db", "sqlite:////abs/sky.db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
    ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ("postgres://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
])
def test_normalise_url(given: str | None, expected: str) -> None:
    assert normalise_url(given) == expected


def test_plain_path_opens_sqlite_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "plain.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "plain.db").exists()


def test_unsupported_database_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unsupported database"):
        make_engine("mysql://u@h/db")
