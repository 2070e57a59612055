"""skytally: reports of aerial attacks in, a verifiable record of claims out."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from skytally.errors import SkytallyError  # noqa: E402
from skytally.extract import extract_claims, extract_document, extract_places  # noqa: E402
from skytally.models import (  # noqa: E402
    Claim,
    Document,
    Evidence,
    Extraction,
    Failure,
    Kind,
    Outcome,
    Qualifier,
    Scope,
    Weapon,
)

if TYPE_CHECKING:
    from skytally.query.tally import Tally


def open(url: str | None = None) -> Tally:
    """Analytics over the store at ``url`` (path or URL): ``skytally.open("skytally.db").nights()``.

    Imported lazily so ``import skytally`` stays light (needs the ``analytics`` extra).
    """
    from skytally.query.tally import open_tally

    return open_tally(url)


__all__ = [
    "Claim",
    "Document",
    "Evidence",
    "Extraction",
    "Failure",
    "Kind",
    "Outcome",
    "Qualifier",
    "Scope",
    "SkytallyError",
    "Weapon",
    "__version__",
    "extract_claims",
    "extract_document",
    "extract_places",
    "open",
]
