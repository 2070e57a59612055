"""Every command the CLI offers is named in the README, so users can find it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from skytally.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_is_documented_in_readme(name: str) -> None:
    assert re.search(rf"(skytally {name}\b|`{name}\b)", README), f"`skytally {name}` is not in README.md"
