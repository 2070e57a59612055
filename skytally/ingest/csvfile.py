"""CSV/TSV corpora: a header row, then one document per row, columns mapped by ``ReadOptions``.

Found by extension (``.csv``, ``.tsv``) or, whatever the name, by content (``sniff``): a header
of column names, one of them in ``TEXT_COLUMNS``, and rows of as many fields.

Failures carry the line on which the bad row starts (rows may span lines).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from skytally.errors import InputError
from skytally.ingest.decode import sniff_encoding
from skytally.ingest.records import record_to_document
from skytally.ingest.source import DamagedData, open_binary, plain_name, read_head
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

DELIMITERS = ",;\t|"
# Column names that hold a report's text in common exports: a header naming one of them is what
# makes ``sniff`` take a file for a table by its content (read with ``--text-field`` if not "text").
TEXT_COLUMNS = frozenset({
    "text", "body", "content", "message", "article", "post", "story", "description", "full_text",
    "fulltext", "main_text", "maintext", "article_text", "body_text", "post_text", "message_text",
    "content_text", "raw_text", "clean_text", "news_text", "текст", "сообщение", "повідомлення",
})
FIELD_LIMIT = 16 * 1024 * 1024  # one article per cell; the csv default (128 KiB) is too small


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    encoding = sniff_encoding(read_head(path))
    delimiter = options.csv_delimiter or ("\t" if plain_name(path.name).lower().endswith(".tsv") else None)
    with open_binary(path) as fh:
        yield from read_stream(fh, str(path), options, encoding=encoding, delimiter=delimiter)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_stream(io.BytesIO(data), source, options, encoding=sniff_encoding(data),
                           delimiter=options.csv_delimiter)


def read_stream(fh: BinaryIO, source: str, options: ReadOptions, *, encoding: str,
                delimiter: str | None) -> Iterator[Document | Failure]:
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
    try:
        yield from _table(text, source, options, delimiter)
    finally:
        text.detach()  # the caller owns ``fh``; a wrapper dropped unclosed would warn


def _table(text: io.TextIOWrapper, source: str, options: ReadOptions,
           delimiter: str | None) -> Iterator[Document | Failure]:
    header_line = text.readline()
    header = next(csv.reader([header_line], delimiter=delimiter or delimiter_of(header_line)), None)
    if not header:
        yield Failure(source, "empty file: no header row", line=1)
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    if options.text_field not in header:
        yield Failure(source, f"no column {options.text_field!r} (columns: {', '.join(header)}); "
                      "name the text column with --text-field", line=1, field=options.text_field)
        return
    yield from _rows(text, header, source, options, delimiter or delimiter_of(header_line))


def _rows(text: Iterator[str], header: list[str], source: str, options: ReadOptions,
          delimiter: str) -> Iterator[Document | Failure]:
    """Rows as documents. A quote left open swallows the rest of the file into one field:
    that row is a failure naming its line, and the lines after it are read again as rows."""
    lines = _Recorded(text)
    rows = csv.reader(lines, delimiter=delimiter, strict=True)
    offset = end = 1  # physical lines before the reader's first line; lines consumed so far
    while True:
        start = end + 1
        lines.taken.clear()
        try:
            row = next(rows)
        except StopIteration:
            return
        except DamagedData as exc:  # compressed data damaged or cut short in this row
            yield Failure(source, exc.reason, line=start)
            return
        except csv.Error as exc:
            yield Failure(source, f"bad CSV: {exc}", line=start)
            if "unexpected end of data" in str(exc) and len(lines.taken) > 1:
                offset, end = start, start  # re-read what the open quote swallowed
                lines = _Recorded(iter(lines.taken[1:]))
                rows = csv.reader(lines, delimiter=delimiter, strict=True)
            else:
                end = offset + rows.line_num
            continue
        end = offset + rows.line_num
        if any(cell.strip() for cell in row):
            yield _row_document(row, header, source, start, options)


class _Recorded:
    """Lines passed through to the csv reader, remembering those of the current row."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.taken: list[str] = []

    def __iter__(self) -> _Recorded:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line


def _row_document(row: list[str], header: list[str], source: str, line: int,
                  options: ReadOptions) -> Document | Failure:
    if len(row) > len(header):
        return Failure(source, f"{len(row)} fields but the header has {len(header)} "
                       "(an unquoted delimiter or quote?)", line=line)
    try:
        return record_to_document(dict(zip(header, row, strict=False)), options,
                                  source=f"{source}:{line}")
    except InputError as exc:
        return Failure(source, exc.reason, line=line, field=exc.field)


def delimiter_of(header_line: str) -> str:
    """The most frequent of ``DELIMITERS`` in the header line (a comma when there is none)."""
    return max(DELIMITERS, key=header_line.count)
