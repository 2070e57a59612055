"""Claim extraction: text in, ``Claim`` records with evidence spans out.

Each language has one grammar module exposing ``extract(text, published)``
that returns ``(claims, places)``; this package picks the grammar by the
document's language (see ``language.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from skytally.extract import english, slavic
from skytally.extract.language import detect_language
from skytally.models import Claim, Document, Extraction

EXTRACTOR_VERSION = "0.1.0"

Grammar = Callable[[str, "dt.datetime | dt.date | None"], "tuple[list[Claim], list[str]]"]

GRAMMARS: dict[str, Grammar] = {
    "en": english.extract,
    "uk": slavic.extract,
    "ru": slavic.extract,
}


def extract_claims(text: str, published: dt.datetime | dt.date | None = None,
                   language: str | None = None) -> list[Claim]:
    """Every figure the text states about an attack, as claims with evidence spans."""
    return _run(text, published, language)[0]


def extract_places(text: str, language: str | None = None) -> list[str]:
    """The places named as attacked, in canonical English spelling."""
    return _run(text, None, language)[1]


def extract_document(doc: Document) -> Extraction:
    """Claims and places of one document, in the CLAIMS.md output shape."""
    lang = doc.language or detect_language(doc.text)
    claims, places = _run(doc.text, doc.published, lang)
    return Extraction(document_id=doc.id, claims=tuple(claims), places=tuple(places), language=lang)


def _run(text: str, published: dt.datetime | dt.date | None,
         language: str | None) -> tuple[list[Claim], list[str]]:
    lang = language or detect_language(text)
    grammar = GRAMMARS.get(lang, english.extract)
    return grammar(text, published)


__all__ = ["EXTRACTOR_VERSION", "detect_language", "extract_claims", "extract_document",
           "extract_places"]
