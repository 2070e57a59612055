"""CSV/TSV recognised by content whatever the name (``corpus.txt``, ``export``, standard input),
and prose that merely contains commas left as plain text."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.cli import main
from skytally.ingest import ReadOptions, detect_format, format_of, read_paths
from skytally.ingest.csvfile import DELIMITERS, TEXT_COLUMNS
from skytally.ingest.sniff import SAMPLE_ROWS, sniff
from skytally.models import Document, Failure

TABLES = [
    ("plain", "id,text,published\nc1,Russia launched 15 drones.,2025-03-15\nc2,Two were injured.,\n"),
    ("quoted commas", 'id,text\nc1,"Russia launched 15 drones, 9 were shot down."\nc2,"Calm, at last."\n'),
    ("tabs", "id\ttext\tpublished\nc1\tRussia launched 15 drones.\t2025-03-15\n"),
    ("semicolons", "key;Content;date\nc1;Russia launched 15 drones, the air force said.;15.03.2025\n"),
    ("pipes", "id|body\nc1|Russia launched 15 drones.\n"),
    ("CRLF and BOM", "\ufeffid,text\r\nc1,Russia launched 15 drones.\r\nc2,Calm night.\r\n"),
    ("index column", ",id,Full Text\n0,c1,Russia launched 15 drones.\n1,c2,Calm night.\n"),
    ("quoted newline", 'id,message\nc1,"Russia launched 15 drones.\nNine were shot down."\nc2,Calm.\n'),
    ("Cyrillic header", "id,текст\nc1,Вночі ворог атакував 45 ударними БпЛА.\n"),
    ("blank lines", "id,text\n\nc1,Russia launched 15 drones.\n\n"),
]

PROSE = [
    ("a report with commas", "Russia launched 62 drones overnight, the air force said, and 51 were shot "
                             "down.\nIn Odesa, two people were injured, officials said.\n"),
    ("a headline then a report", "Drones over Odesa\nRussia launched 62 drones, the text of it said.\n"),
    ("a list of words", "Text, body, content.\nDrones, missiles, bombs.\n"),
    ("header-like, ragged rows", "text,body\nRussia launched 62 drones, 51 shot down, two hit.\nCalm.\n"),
    ("columns but no text column", "id,name,value\n1,drones,62\n2,missiles,11\n"),
    ("a header alone", "id,text\n"),
    ("date and place line", "15 March 2025, Kyiv\nRussia launched 62 drones overnight.\n"),
]


@pytest.mark.parametrize(("case", "content"), TABLES, ids=[c for c, _ in TABLES])
@pytest.mark.parametrize("name", ["corpus.txt", "export", "notes.md"])
def test_a_table_is_csv_whatever_the_name(tmp_path: Path, case: str, content: str, name: str) -> None:
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    assert detect_format(p) == "csv"


@pytest.mark.parametrize(("case", "content"), PROSE, ids=[c for c, _ in PROSE])
def test_prose_with_commas_stays_plain_text(tmp_path: Path, case: str, content: str) -> None:
    p = tmp_path / "report.txt"
    p.write_text(content, encoding="utf-8")
    assert detect_format(p) == "text"


def test_a_sniffed_table_is_read_row_by_row(tmp_path: Path) -> None:
    p = tmp_path / "export"
    p.write_text(TABLES[1][1], encoding="utf-8")
    items = list(read_paths([str(p)]))
    assert [(i.id, i.text, i.source) for i in items if isinstance(i, Document)] == [
        ("c1", "Russia launched 15 drones, 9 were shot down.", f"{p}:2"), ("c2", "Calm, at last.", f"{p}:3")]


def test_a_sniffed_table_without_a_text_column_says_how_to_name_it(tmp_path: Path) -> None:
    p = tmp_path / "corpus.txt"
    p.write_text("id|body\nc1|Russia launched 15 drones.\n", encoding="utf-8")
    [failure] = read_paths([str(p)])
    assert isinstance(failure, Failure) and "--text-field" in failure.reason
    [doc] = read_paths([str(p)], options=ReadOptions(text_field="body"))
    assert isinstance(doc, Document) and doc.text == "Russia launched 15 drones."


def test_a_table_on_standard_input_is_read_as_csv() -> None:
    body = "id;text\ns1;Вночі ворог атакував 45 ударними БпЛА, 40 збито.\ns2;Тиха ніч.\n"
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "-"], input=body.encode("cp1251"))
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["s1", "s2"]


def test_a_table_longer_than_the_head_is_judged_on_complete_rows() -> None:
    rows = "".join(f'c{n},"Russia launched {n} drones,\nthen more."\n' for n in range(5000))
    head = ("id,text\n" + rows).encode()[:65536]
    assert sniff(head) == "csv"


def test_a_ragged_row_in_the_sample_is_enough_to_doubt() -> None:
    rows = ["id,text"] + [f"c{n},Report {n}." for n in range(SAMPLE_ROWS)]
    assert sniff("\n".join(rows).encode()) == "csv"
    rows[SAMPLE_ROWS] += ",extra"
    assert sniff("\n".join(rows).encode()) is None


WORDS = ["Russia", "launched", "drones", "missiles", "the", "air", "force", "said", "and", "were", "shot",
         "down", "over", "Kyiv", "62", "51", "2025", "people", "injured", "id", "published", "url",
         *sorted(TEXT_COLUMNS)]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """A sentence: words, some followed by a comma, semicolon or dash, ending in . ! or ?"""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
    marks = draw(st.lists(st.sampled_from(["", "", ",", ";", " -", " |"]), min_size=len(words),
                          max_size=len(words)))
    body = " ".join(w + m for w, m in zip(words[:-1], marks, strict=False)) + (" " if len(words) > 1 else "")
    return body + words[-1] + draw(st.sampled_from([".", "!", "?", "...", '."']))


PROSE_LINES = st.lists(st.lists(sentence(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=25)


@settings(max_examples=200)
@given(lines=PROSE_LINES, newline=st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_prose_lines_are_never_sniffed_as_csv(lines: list[str], newline: str) -> None:
    assert sniff(newline.join(lines).encode()) != "csv"


CELL = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029")
               | st.sampled_from(['"', "\n", ",", ";", "\t", "|"]), max_size=30)


@settings(max_examples=100)
@given(delimiter=st.sampled_from(DELIMITERS),
       rows=st.lists(st.tuples(CELL, CELL.filter(str.strip), CELL), min_size=1, max_size=8))
def test_a_table_written_by_csv_writer_is_sniffed_as_csv(delimiter: str,
                                                         rows: list[tuple[str, str, str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["id", "text", "published"])
    writer.writerows(rows)
    assert format_of(out.getvalue().encode(), "upload") == "csv"
