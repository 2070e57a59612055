"""Ukrainian and Russian grammar: official Air Force and Defence Ministry posts."""

from __future__ import annotations

import datetime as dt

from skytally.models import Claim


def extract(text: str, published: dt.datetime | dt.date | None = None) -> tuple[list[Claim], list[str]]:
    """Claims and attacked places stated in a Ukrainian or Russian report."""
    return [], []
