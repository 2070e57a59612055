"""A TestClient over a real SQLite store filled with the hand-written reports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from skytally.api import create_app
from skytally.store import Store, open_store

TOKEN = "test-token-0123456789"


@pytest.fixture
def store(filled_db: str) -> Iterator[Store]:
    with open_store(filled_db) as s:
        yield s


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store, token=""), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def writer(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store, token=TOKEN, max_body=64 * 1024)) as c:
        yield c


@pytest.fixture
def token() -> str:
    return TOKEN
