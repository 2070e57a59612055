"""CSV/TSV corpora: a header row, then one document per row, columns mapped by ``ReadOptions``.

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
from skytally.ingest.source import open_binary, read_head
from skytally.models import Document, Failure

if TYPE_CHECKING:
    from skytally.ingest import ReadOptions

DELIMITERS = ",;\t|"
FIELD_LIMIT = 16 * 1024 * 1024  # one article per cell; the csv default (128 KiB) is too small


def read(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    encoding = sniff_encoding(read_head(path))
    delimiter = options.csv_delimiter or ("\t" if path.suffix.lower() == ".tsv" else None)
    with open_binary(path) as fh:
        yield from read_stream(fh, str(path), options, encoding=encoding, delimiter=delimiter)


def read_bytes(data: bytes, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_stream(io.BytesIO(data), source, options, encoding=sniff_encoding(data),
                           delimiter=options.csv_delimiter)


def read_stream(fh: BinaryIO, source: str, options: ReadOptions, *, encoding: str,
                delimiter: str | None) -> Iterator[Document | Failure]:
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
    header_line = text.readline()
    header = next(csv.reader([header_line], delimiter=delimiter or _delimiter(header_line)), None)
    if not header:
        yield Failure(source, "empty file: no header row", line=1)
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    if options.text_field not in header:
        yield Failure(source, f"no column {options.text_field!r} (columns: {', '.join(header)}); "
                      "name the text column with --text-field", line=1, field=options.text_field)
        return
    rows = csv.reader(text, delimiter=delimiter or _delimiter(header_line))
    yield from _rows(rows, header, source, options)


def _rows(rows: Iterator[list[str]], header: list[str], source: str,
          options: ReadOptions) -> Iterator[Document | Failure]:
    end = 1  # physical lines consumed so far (the header is line 1)
    while True:
        start = end + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            end = 1 + rows.line_num  # type: ignore[attr-defined]
            yield Failure(source, f"bad CSV: {exc}", line=start)
            continue
        end = 1 + rows.line_num  # type: ignore[attr-defined]
        if not any(cell.strip() for cell in row):
            continue
        yield _row_document(row, header, source, start, options)


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


def _delimiter(header_line: str) -> str:
    return max(DELIMITERS, key=header_line.count)
