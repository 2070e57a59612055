"""Claim extraction: text in, ``Claim`` records with evidence spans out.

Each language has one grammar module exposing ``extract(text, published)``
that returns ``(claims, places)``; this package picks the grammar by the
document's language (see ``language.py``). The grammar of the main language
reads the whole text; stretches in another language (an English article quoting
a Ukrainian post) are also read by their own grammar, on a copy of the text with
everything else blanked out, so evidence offsets stay those of the document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from skytally.extract import compiled

compiled.choose()  # before any grammar module is imported: compiled, or the sources

from skytally.documents import parse_published  # noqa: E402
from skytally.extract import english, slavic  # noqa: E402
from skytally.extract.language import LanguageSpan, detect_language, foreign_spans  # noqa: E402
from skytally.models import Claim, Document, Extraction  # noqa: E402

EXTRACTOR_VERSION = "0.1.0"
MAX_FIGURE = 10_000_000  # no attack report states more; larger "figures" are junk (and overflow INTEGER)

Grammar = Callable[[str, "dt.datetime | dt.date | None"], "tuple[list[Claim], list[str]]"]

GRAMMARS: dict[str, Grammar] = {
    "en": english.extract,
    "uk": slavic.extract,
    "ru": slavic.extract,
}


def extract_claims(text: str, published: dt.datetime | dt.date | str | None = None,
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


def _run(text: str, published: dt.datetime | dt.date | str | None,
         language: str | None) -> tuple[list[Claim], list[str]]:
    if isinstance(published, str):  # the public functions accept ISO strings too
        published = parse_published(published)
    lang = language or detect_language(text)
    grammar = GRAMMARS.get(lang, english.extract)
    claims, places = grammar(text, published)
    others = [other for other, other_grammar in GRAMMARS.items() if other_grammar is not grammar]
    for other, spans in foreign_spans(text, lang, others).items():
        other_grammar = GRAMMARS[other]
        more_claims, more_places = other_grammar(_only(text, spans), published)
        claims = _merge_claims(claims, more_claims)
        places += [p for p in more_places if p not in places]
    return [c for c in claims if 0 <= c.n <= MAX_FIGURE], places


def _only(text: str, spans: list[LanguageSpan]) -> str:
    """``text`` with everything outside ``spans`` (in order, apart: runs of sentences) blanked
    (same length, line breaks kept)."""
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts += (_blank(text[pos:span.start]), text[span.start:span.end])
        pos = span.end
    parts.append(_blank(text[pos:]))
    return "".join(parts)


def _blank(text: str) -> str:
    """Spaces for every character of ``text`` but line breaks."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _merge_claims(claims: list[Claim], more: list[Claim]) -> list[Claim]:
    """``claims`` plus those of ``more`` not already stated (same outcome, class, figure)."""
    seen = {(c.outcome, c.weapon, c.n, c.scope) for c in claims}
    return claims + [c for c in more if (c.outcome, c.weapon, c.n, c.scope) not in seen]


__all__ = ["EXTRACTOR_VERSION", "detect_language", "extract_claims", "extract_document",
           "extract_places"]
