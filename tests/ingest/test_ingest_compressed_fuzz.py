"""Compressed inputs with bytes flipped, inserted, deleted or cut: every reader ends them with a
``Failure`` it means, never its safety net ("unexpected error") or an exception, from a file and
from a stream alike, and the same answer twice."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

from compressors import COMPRESSORS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skytally.ingest import read_paths, read_stream
from skytally.models import Document, Failure

EXAMPLES = int(os.environ.get("SKYTALLY_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

REPORT = "Russia launched 62 drones overnight; 51 were shot down over Kyiv."
PLAIN: dict[str, bytes] = {
    "jsonl": b"".join(json.dumps({"id": f"j{i}", "text": f"{REPORT} ({i})"}).encode() + b"\n"
                      for i in range(20)),
    "json": json.dumps([{"id": f"a{i}", "text": REPORT} for i in range(20)], indent=1).encode(),
    "csv": ("id,text\n" + "".join(f'c{i},"{REPORT} ({i})"\n' for i in range(20))).encode(),
    "telegram": json.dumps({"name": "Air", "type": "public_channel", "id": 1, "messages": [
        {"id": i, "type": "message", "date": "2025-03-15T08:00:00", "text": REPORT} for i in range(20)]},
        indent=1).encode(),
    "text": REPORT.encode() * 20,
}
SEEDS = {(fmt, name): compress(data) for fmt, data in PLAIN.items() for name, _, compress in COMPRESSORS}


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A compressed seed cut, or with bytes flipped, inserted or deleted."""
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    kind = draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data)))])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at : at + draw(st.integers(1, 16))]
    return bytes(data)


def _sound(items: list[Document | Failure]) -> None:
    for item in items:
        if isinstance(item, Failure):
            assert item.reason and "unexpected error" not in item.reason, item.reason
        else:
            assert item.text.strip()


@FUZZ
@given(raw=mutated())
def test_damaged_compressed_bytes_are_failures_never_errors(raw: bytes) -> None:
    streamed = list(read_stream(io.BufferedReader(io.BytesIO(raw)), "-"))
    _sound(streamed)
    assert streamed == list(read_stream(io.BytesIO(raw), "-"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(raw)
        from_file = list(read_paths([str(path)]))
    _sound(from_file)
