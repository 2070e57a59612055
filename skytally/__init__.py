"""skytally: reports of aerial attacks in, a verifiable record of claims out."""

from __future__ import annotations

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
]
