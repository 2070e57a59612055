"""The public surface of the storage and event packages: sorted, importable ``__all__``."""

from __future__ import annotations

import importlib

import pytest

MODULES = ["skytally.store", "skytally.store.schema", "skytally.store.migrations", "skytally.resolve",
           "skytally.resolve.sources", "skytally.query.browse"]


@pytest.mark.parametrize("name", MODULES)
def test_all_is_sorted_and_every_name_exists(name: str) -> None:
    module = importlib.import_module(name)
    assert list(module.__all__) == sorted(module.__all__)
    assert [n for n in module.__all__ if not hasattr(module, n)] == []
