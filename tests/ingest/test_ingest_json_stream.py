"""Big JSON inputs streamed: Telegram exports and JSON arrays read one element at a time, cut
files give what comes before the cut plus one failure, and values are those of ``json.loads``."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_builders import telegram_export

from skytally.cli import main
from skytally.ingest import ReadOptions, jsonarray, jsonstream, read_bytes, read_paths, telegram
from skytally.ingest.jsonstream import JsonError, JsonStream, elements, members
from skytally.models import Document, Failure


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read 64 characters at a time, so every value of these small inputs spans chunks."""
    monkeypatch.setattr(jsonstream, "CHUNK", 64)


def _messages(n: int) -> list[dict[str, object]]:
    return [{"id": 100 + i, "type": "message", "date": "2025-03-15T08:15:00",
             "text": ["Overnight the enemy launched ", {"type": "bold", "text": str(10 + i)}, " drones."]}
            for i in range(n)]


def _records(n: int) -> list[dict[str, object]]:
    return [{"id": f"r{i}", "text": f"Report {i}: Russia launched {20 + i} drones overnight."}
            for i in range(n)]


def _read(path: Path, **options: Any) -> list[Document | Failure]:
    return list(read_paths([str(path)], options=ReadOptions(**options)))


def _split(items: list[Document | Failure]) -> tuple[list[Document], list[Failure]]:
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)])


# ---- the walker -----------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=60)
@given(values=st.lists(JSON_VALUES, max_size=6), chunk=st.integers(1, 40), indent=st.sampled_from([None, 1]))
def test_elements_are_what_json_loads_gives_whatever_the_chunk(values: list[Any], chunk: int,
                                                               indent: int | None) -> None:
    text = json.dumps(values, indent=indent, ensure_ascii=bool(chunk % 2))
    stream = JsonStream(io.StringIO(text), chunk=chunk)
    assert list(elements(stream)) == json.loads(text)
    stream.finish()


def test_members_leave_each_value_to_the_caller() -> None:
    stream = JsonStream(io.StringIO('{"name": "Air", "messages": [1, 2], "username": "air"}'), chunk=3)
    seen = {}
    for key in members(stream):
        seen[key] = list(elements(stream)) if key == "messages" else stream.value()
    assert seen == {"name": "Air", "messages": [1, 2], "username": "air"}


@pytest.mark.parametrize(("text", "line", "column", "element", "cut"), [
    ('[\n {"a": 1},\n {"a": 2}\n', 4, 1, 3, True),  # ends without "]"
    ('[\n {"a": 1},\n {"a": "two', 3, 8, 2, True),  # inside a string
    ('[\n {"a": 1},\n {"a" 2}\n]', 3, 7, 2, False),
    ('[\n {"a": 1}\n {"a": 2}\n]', 3, 2, 2, False),  # no comma between elements
])
def test_a_break_is_named_by_line_column_and_element(text: str, line: int, column: int, element: int,
                                                     cut: bool) -> None:
    stream = JsonStream(io.StringIO(text), chunk=5)
    got: list[Any] = []
    with pytest.raises(JsonError) as caught:
        got.extend(elements(stream))
    assert got == [{"a": 1}, {"a": 2}][: element - 1]
    exc = caught.value
    assert (exc.line, exc.column, exc.element, exc.cut) == (line, column, element, cut)
    with pytest.raises(json.JSONDecodeError) as same:
        json.loads(text)
    assert same.value.msg.removesuffix(" at") in exc.reason


def test_memory_is_bounded_by_the_element_not_the_file() -> None:
    """After the first of 2,000 elements only about a chunk of text has been read."""
    body = json.dumps(_records(2000))
    text = io.StringIO(body)
    first = next(elements(JsonStream(text)))
    assert first == _records(1)[0]
    assert text.tell() <= 2 * 64 < len(body)


# ---- Telegram exports ---------------------------------------------------------------------------

def test_export_cut_short_gives_the_messages_before_and_one_failure(tmp_path: Path) -> None:
    whole = telegram_export(_messages(5))
    p = tmp_path / "result.json"
    p.write_text(whole[: whole.index('"id": 104')], encoding="utf-8")
    docs, failures = _split(_read(p))
    assert [d.meta["telegram_id"] for d in docs] == [100, 101, 102, 103]
    [failure] = failures
    assert failure.source == str(p) and failure.line == p.read_text().count("\n") + 1
    assert "not JSON" in failure.reason and "message 5" in failure.reason and "cut short" in failure.reason


def test_a_gzipped_export_cut_short_keeps_what_came_before(tmp_path: Path) -> None:
    p = tmp_path / "result.json.gz"
    data = gzip.compress(telegram_export(_messages(40)).encode())
    p.write_bytes(data[: len(data) * 2 // 3])
    docs, failures = _split(list(read_paths([str(p)], input_format="telegram")))
    assert docs and [d.meta["telegram_id"] for d in docs] == list(range(100, 100 + len(docs)))
    assert len(failures) == 1 and failures[0].source == str(p)


def test_a_message_that_is_no_object_costs_only_itself(tmp_path: Path) -> None:
    p = tmp_path / "result.json"
    messages: list[object] = [*_messages(2), "stray", *_messages(3)[2:]]
    p.write_text(telegram_export(messages))  # type: ignore[arg-type]
    docs, failures = _split(_read(p))
    assert [d.meta["telegram_id"] for d in docs] == [100, 101, 102]
    assert [(f.line, f.reason) for f in failures] == [(3, "message is not a JSON object")]


@pytest.mark.parametrize("gzipped", [False, True])
def test_name_and_username_after_the_messages_are_used(tmp_path: Path, gzipped: bool) -> None:
    export = {"type": "public_channel", "id": 1, "messages": _messages(300), "name": "Late Air Command",
              "username": "lateair"}
    data = json.dumps(export, indent=1).encode()
    p = tmp_path / ("result.json.gz" if gzipped else "result.json")
    p.write_bytes(gzip.compress(data) if gzipped else data)
    docs, failures = _split(list(read_paths([str(p)], input_format="telegram")))
    assert not failures and len(docs) == 300
    assert {d.outlet for d in docs} == {"Late Air Command"}
    assert docs[-1].url == "https://t.me/lateair/399"


def test_the_name_before_the_messages_wins_over_a_later_one(tmp_path: Path) -> None:
    p = tmp_path / "result.json"
    p.write_text(json.dumps({"name": "First", "messages": _messages(1), "name2": 1, "username": "air"}))
    [doc] = _read(p)
    assert isinstance(doc, Document) and doc.outlet == "First" and doc.url == "https://t.me/air/100"


def test_export_on_standard_input_as_from_a_file() -> None:
    body = telegram_export(_messages(3), username="stdinair").encode()
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "-"], input=body)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    cut = list(read_bytes(body[:-40], "-"))
    assert [type(i).__name__ for i in cut] == ["Document"] * 2 + ["Failure"]


def test_export_followed_by_more_json_is_a_failure_after_its_messages(tmp_path: Path) -> None:
    p = tmp_path / "result.json"
    p.write_text(telegram_export(_messages(2)) + "\n{}")
    docs, failures = _split(_read(p))
    assert len(docs) == 2 and len(failures) == 1 and "Extra data" in failures[0].reason


def test_telegram_reader_reads_as_it_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first message comes out when only the head of a large export has been read."""
    p = tmp_path / "result.json"
    p.write_text(telegram_export(_messages(3000)), encoding="utf-8")
    opened: list[io.BufferedReader] = []

    def tracked(path: Path) -> io.BufferedReader:
        opened.append(path.open("rb"))
        return opened[-1]

    monkeypatch.setattr(telegram, "open_binary", tracked)
    items = telegram.read(p, ReadOptions())
    assert isinstance(next(items), Document)
    assert opened[0].tell() < p.stat().st_size // 10
    items.close()


# ---- JSON arrays ----------------------------------------------------------------------------------

def test_array_cut_short_gives_the_records_before_and_one_failure(tmp_path: Path) -> None:
    p = tmp_path / "corpus.json"
    whole = json.dumps(_records(6), indent=2)
    p.write_text(whole[: whole.index('"r4"') + 2])
    docs, failures = _split(_read(p))
    assert [d.id for d in docs] == ["r0", "r1", "r2", "r3"]
    [failure] = failures
    assert failure.line == p.read_text().count("\n") + 1
    assert "record 5" in failure.reason and "cut short" in failure.reason


def test_records_nested_after_other_keys_are_streamed(tmp_path: Path) -> None:
    p = tmp_path / "corpus.json"
    p.write_text(json.dumps({"meta": {"items": "no list"}, "count": 3, "items": _records(3), "more": [1]},
                            indent=1))
    docs, failures = _split(_read(p))
    assert [d.id for d in docs] == ["r0", "r1", "r2"] and not failures


@pytest.mark.parametrize(("body", "reason"), [
    ('"just a string"', "expected a JSON array"),
    ('{"count": 2}', "expected a JSON array"),
    ("nonsense", "not JSON: Expecting value at column 1"),
    ("[1, 2] 3", "not JSON: Extra data at column 8"),
])
def test_arrays_that_are_not_corpora_are_one_failure(tmp_path: Path, body: str, reason: str) -> None:
    p = tmp_path / "corpus.json"
    p.write_text(body)
    items = list(read_paths([str(p)], input_format="json"))
    assert reason in items[-1].reason if isinstance(items[-1], Failure) else False


def test_array_in_cp1251_and_utf16_reads_as_in_utf8(tmp_path: Path) -> None:
    records = [{"id": "k1", "text": "Вночі ворог атакував 45 ударними БпЛА."}]
    for encoding in ("cp1251", "utf-16", "utf-8-sig"):
        p = tmp_path / f"{encoding}.json"
        p.write_bytes(json.dumps(records, ensure_ascii=False).encode(encoding))
        [doc] = _read(p)
        assert isinstance(doc, Document) and doc.text == records[0]["text"], encoding


def test_array_reader_reads_as_it_goes() -> None:
    data = json.dumps(_records(3000)).encode()
    fh = io.BytesIO(data)
    items = jsonarray.read_stream(fh, "corpus.json", ReadOptions(), "utf-8")
    assert isinstance(next(items), Document)
    assert fh.tell() < len(data) // 10
    items.close()


# ---- a broken element costs only itself, where each opens a line -------------------------------

def test_a_broken_message_costs_only_itself(tmp_path: Path) -> None:
    p = tmp_path / "result.json"
    text = telegram_export(_messages(6))
    p.write_text(text.replace('"id": 102,', '"id": 102,,'), encoding="utf-8")
    docs, failures = _split(_read(p))
    assert [d.meta["telegram_id"] for d in docs] == [100, 101, 103, 104, 105]
    assert [d.source for d in docs][2] == f"{p}#4"
    [failure] = failures
    assert failure.line == text[: text.index('"id": 102')].count("\n") + 1
    assert "Expecting property name" in failure.reason and "in message 3" in failure.reason
    assert "cut short" not in failure.reason


def test_a_record_too_deep_or_too_big_costs_only_itself_one_record_a_line(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in _records(4)]
    lines[1] = '{"id": "deep", "text": ' + "[" * 50_000 + "]" * 50_000 + "}"
    lines[2] = '{"id": "big", "n": ' + "7" * 5000 + "}"
    p = tmp_path / "corpus.json"
    p.write_text("[\n" + ",\n".join(lines) + "\n]\n")
    docs, failures = _split(_read(p))
    assert [d.id for d in docs] == ["r0", "r3"]
    assert [f.reason for f in failures] == ["unreadable JSON: RecursionError in record 2",
                                            "unreadable JSON: ValueError in record 3"]


def test_on_one_line_a_break_still_ends_the_file(tmp_path: Path) -> None:
    p = tmp_path / "corpus.json"
    p.write_text(json.dumps(_records(4)).replace('"id": "r2"', '"id" "r2"'))
    docs, failures = _split(_read(p))
    assert [d.id for d in docs] == ["r0", "r1"] and len(failures) == 1


# ---- the same documents as the whole-file load they replace -------------------------------------

TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
ENTITY = st.fixed_dictionaries({"type": st.just("bold"), "text": TEXTS})
MESSAGE_TEXT = st.one_of(TEXTS, st.lists(st.one_of(TEXTS, ENTITY), max_size=3))


@settings(max_examples=40)
@given(texts=st.lists(MESSAGE_TEXT, max_size=8), indent=st.sampled_from([None, 1]))
def test_streamed_export_gives_what_the_whole_file_load_gave(texts: list[object], indent: int | None) -> None:
    messages = [{"id": n, "type": "message", "date": "2025-03-15T08:15:00", "text": t}
                for n, t in enumerate(texts)]
    export = {"name": "Air", "type": "public_channel", "id": 1, "messages": [*messages, 7]}
    data = json.dumps(export, indent=indent, ensure_ascii=False).encode()
    channel = telegram.Channel.of(export, ReadOptions())
    whole = [telegram.message_document(m, channel, source="-", number=n)
             for n, m in enumerate(export["messages"], 1)]  # type: ignore[arg-type]
    assert list(telegram.read_bytes(data, "-", ReadOptions())) == [i for i in whole if i is not None]


@settings(max_examples=40)
@given(texts=st.lists(TEXTS, max_size=8), indent=st.sampled_from([None, 2]))
def test_streamed_array_gives_what_the_whole_file_load_gave(texts: list[str], indent: int | None) -> None:
    records: list[object] = [{"id": f"r{n}", "text": t} for n, t in enumerate(texts)] + [[1]]
    data = json.dumps({"documents": records}, indent=indent, ensure_ascii=False).encode()
    whole = [jsonarray._document(r, n, "-", ReadOptions()) for n, r in enumerate(records, 1)]
    assert list(jsonarray.read_bytes(data, "-", ReadOptions())) == whole
