"""Language detection and the routing of mixed documents to every grammar they need."""

from __future__ import annotations

import datetime as dt

import pytest

from skytally.extract import extract_claims, extract_document, extract_places
from skytally.extract.language import detect_language, foreign_spans, split_languages
from skytally.models import Document


@pytest.mark.parametrize(("text", "language"), [
    ("Russia launched 40 drones overnight.", "en"),
    ("Противник атакував 40 ударними БпЛА.", "uk"),
    ("Збито 5 дронів", "uk"),
    ("Противник атаковал город 40 беспилотниками, часть из них сбиты.", "ru"),
    ("Сбито 5 дронов над областью", "ru"),
    ("", "en"),
    ("12345 !!!", "en"),
    ("Air Force: «Збито 5 БпЛА» — said the spokesman on Sunday evening in Kyiv.", "en"),
])
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


MIXED = ("The Air Force posted its report on Telegram early on Monday.\n"
         "У ніч на 9 березня противник атакував 77 ударними БпЛА. Збито/подавлено 61 ворожий БпЛА. "
         "Основний напрямок удару – Одещина.\n"
         "Local officials gave no further details.")


def test_split_languages_runs_of_sentences() -> None:
    spans = split_languages(MIXED)
    assert [s.language for s in spans] == ["en", "uk", "en"]
    assert MIXED[spans[1].start:spans[1].end].startswith("У ніч на 9 березня")


def test_short_foreign_words_are_not_read() -> None:
    assert foreign_spans("Officials said (Київ) nothing more.", "en") == {}


def test_english_article_quoting_a_ukrainian_post_is_read_by_both_grammars() -> None:
    claims = extract_claims(MIXED, dt.date(2026, 3, 9))
    ukrainian = {(c.outcome.value, c.n) for c in claims if c.evidence.start > 60}
    assert {("launched", 77), ("neutralized", 61)} <= ukrainian
    for c in claims:
        assert MIXED[c.evidence.start:c.evidence.end].strip()
    assert "Odesa" in extract_places(MIXED)


def test_extract_document_routes_by_detected_language() -> None:
    doc = Document(id="d1", text="У ніч на 9 березня противник атакував 33 ударними БпЛА.",
                   published=dt.date(2026, 3, 9))
    result = extract_document(doc)
    assert result.language == "uk"
    assert [(c.n, c.date) for c in result.claims] == [(33, dt.date(2026, 3, 9))]


def test_model_names_in_latin_letters_are_no_english_stretch() -> None:
    post = ("У ніч на 9 березня противник атакував 40 ударними БпЛА типу Shahed. "
            "Збито 30 БпЛА типу Shahed та інших.\nAir defence was active over Kyiv overnight.")
    assert foreign_spans(post[:post.index("\n")], "uk", ["en"]) == {}
    spans = foreign_spans(post, "uk", ["en"])
    assert [post[s.start:s.end] for s in spans["en"]] == ["Air defence was active over Kyiv overnight."]
