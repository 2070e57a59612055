"""Engines: a URL or a plain path becomes a configured SQLAlchemy ``Engine``.

SQLite runs in WAL mode with foreign keys on, a generous busy timeout, and
write transactions that take the write lock up front (``BEGIN IMMEDIATE``), so
concurrent writers wait for each other instead of failing half-way.
PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import StaticPool

from skytally.errors import ConfigError, MissingExtra

DEFAULT_URL = "sqlite:///skytally.db"
WRITE_OPTION = "skytally_write"
BUSY_TIMEOUT_MS = 60_000


def normalise_url(url: str | None) -> str:
    """A SQLAlchemy URL for a URL or a plain file path (default ``skytally.db``)."""
    if not url:
        return DEFAULT_URL
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def make_engine(url: str | None = None) -> Engine:
    """The engine for ``url``, configured for the dialect it names."""
    full = normalise_url(url)
    try:
        parsed = make_url(full)
    except Exception as exc:  # sqlalchemy raises ArgumentError, keep the message
        raise ConfigError(f"not a database URL: {url!r} ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(full, memory=parsed.database in (None, "", ":memory:"))
    if parsed.get_backend_name() == "postgresql":
        return _postgres_engine(full)
    raise ConfigError(f"unsupported database {parsed.get_backend_name()!r} in {url!r}: "
                      "use a SQLite path or sqlite:///…, or postgresql://…")


def _postgres_engine(url: str) -> Engine:
    if importlib.util.find_spec("psycopg") is None:
        raise MissingExtra("psycopg", "postgres")
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: str, *, memory: bool) -> Engine:
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _use_wal(cursor: Any) -> None:
    """WAL mode, kept in the database file once set. Switching to it takes a lock SQLite does not wait
    for under the busy timeout, so two processes opening a new database at once retry, not fail."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed on success, rolled back on any error."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn
