"""Peak memory reading big inputs: a ~200 MB Telegram Desktop export, a ~200 MB JSON array of
records and ~200 MB of JSONL compressed with xz, generated in a temp dir, read from the file and
(the export, the JSONL) from standard input through a pipe.

Each reading runs in its own process, which prints its peak RSS: the readers as they are
(``read_paths``, streamed) and, as the baseline, the whole-file load they replaced: for JSON files,
the file read into memory, ``json.loads``, then the same per-message conversion; for standard
input and compressed JSONL, all the bytes read, decompressed whole, then the in-memory reader
(what standard input was before it was streamed).

    .venv/bin/python bench/ingest_memory.py [--mb 200] [--gzip] [--only 'stdin telegram' ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).parent))
from ingest import report  # noqa: E402  (the synthetic report of bench/ingest.py)

CHILD = r"""
import json, resource, sys
from pathlib import Path
mode, fmt, path = sys.argv[1:4]
from skytally.ingest import BYTES_READERS, ReadOptions, read_paths
from skytally.models import Document
rss_after_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
docs = failures = 0
if mode == "streamed":
    items = read_paths([path], input_format=fmt)
elif path == "-" or fmt == "jsonl":  # what standard input was before: read whole, then decompressed
    import io
    from skytally.ingest.source import decompressed
    raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    items = BYTES_READERS[fmt](decompressed(io.BytesIO(raw)).read(), path, ReadOptions())
else:  # the whole-file load the streamed JSON readers replaced
    from skytally.ingest import jsonarray, telegram
    from skytally.ingest.decode import decode
    from skytally.ingest.source import read_all
    value = json.loads(decode(read_all(Path(path))).lstrip("\ufeff"))
    if fmt == "telegram":
        channel = telegram.Channel.of(value, ReadOptions())
        items = (telegram.message_document(m, channel, source=path, number=n)
                 for n, m in enumerate(value["messages"], 1))
    else:
        items = (jsonarray._document(r, n, path, ReadOptions()) for n, r in enumerate(value, 1))
for item in items:
    if isinstance(item, Document):
        docs += 1
    elif item is not None:
        failures += 1
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"docs": docs, "failures": failures, "import_kib": rss_after_import, "peak_kib": peak}))
"""
# input, reader, file, read from: the file itself or standard input (piped through cat)
CASES = (
    ("telegram", "telegram", "result.json", "file"),
    ("json", "json", "corpus.json", "file"),
    ("jsonl.xz", "jsonl", "corpus.jsonl.xz", "file"),
    ("stdin telegram", "telegram", "result.json", "stdin"),
    ("stdin jsonl.xz", "jsonl", "corpus.jsonl.xz", "stdin"),
)


def message(rng: random.Random, n: int) -> dict[str, object]:
    text = report(rng)
    body: object = text if n % 3 else [text[:40], {"type": "bold", "text": "62"}, text[40:]]
    return {"id": n, "type": "message", "date": f"2025-03-{1 + n % 28:02d}T08:15:00",
            "date_unixtime": str(1740000000 + n * 60), "from": "Bench Air Command",
            "from_id": "channel1234567", "text": body,
            "text_entities": [{"type": "plain", "text": text}]}


def record(rng: random.Random, n: int) -> dict[str, object]:
    return {"id": f"r{n}", "text": report(rng), "published": "2025-03-15",
            "url": f"https://bench.example/{n}", "outlet": "bench.example"}


def write_export(fh: IO[str], size: int, rng: random.Random, telegram: bool) -> int:
    """Messages (or records) until the file holds about ``size`` bytes; how many were written."""
    fh.write('{\n "name": "Bench Air Command",\n "type": "public_channel",\n "id": 1234567,\n'
             ' "messages": [\n' if telegram else "[\n")
    written, n = 0, 0
    while written < size:
        line = json.dumps(message(rng, n) if telegram else record(rng, n), ensure_ascii=False, indent=1)
        written += fh.write((",\n" if n else "") + line)
        n += 1
    fh.write("\n ]\n}\n" if telegram else "\n]\n")
    return n


def write_jsonl(fh: IO[str], size: int, rng: random.Random) -> int:
    """JSONL records until about ``size`` bytes (before compression); how many were written."""
    written, n = 0, 0
    while written < size:
        written += fh.write(json.dumps(record(rng, n), ensure_ascii=False) + "\n")
        n += 1
    return n


def generate(folder: Path, name: str, mb: int, compress: bool, rng: random.Random) -> Path:
    """The input file ``name`` of about ``mb`` MB (uncompressed), gzipped with ``compress``;
    ``.xz`` files are always xz-compressed."""
    path = folder / (name + (".gz" if compress and not name.endswith(".xz") else ""))
    if path.exists():
        return path
    opener: Any = lzma.open if name.endswith(".xz") else gzip.open if compress else open
    kwargs = {"preset": 1} if name.endswith(".xz") else {}
    with opener(path, "wt", encoding="utf-8", **kwargs) as fh:
        count = (write_jsonl(fh, mb * 2**20, rng) if name.startswith("corpus.jsonl")
                 else write_export(fh, mb * 2**20, rng, name.startswith("result")))
    print(f"{path.name}: {count:,} elements, {path.stat().st_size / 2**20:.0f} MB on disk", file=sys.stderr)
    return path


def measure(mode: str, fmt: str, path: Path, via: str) -> dict[str, float]:
    start = time.perf_counter()
    command = [sys.executable, "-c", CHILD, mode, fmt, "-" if via == "stdin" else str(path)]
    if via == "stdin":
        with subprocess.Popen(["cat", str(path)], stdout=subprocess.PIPE) as cat:
            run = subprocess.run(command, stdin=cat.stdout, capture_output=True, text=True, check=True)
    else:
        run = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(run.stdout)
    figures["seconds"] = time.perf_counter() - start
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="size of each generated file (uncompressed)")
    parser.add_argument("--gzip", action="store_true", help="gzip the generated JSON files")
    parser.add_argument("--only", nargs="*", choices=[c[0] for c in CASES], help="cases to run (all)")
    args = parser.parse_args()
    rng = random.Random(5)
    rows = []
    with tempfile.TemporaryDirectory(prefix="skytally-bench-") as tmp:
        for case, fmt, name, via in CASES:
            if args.only and case not in args.only:
                continue
            path = generate(Path(tmp), name, args.mb, args.gzip, rng)
            for mode in ("whole-file", "streamed"):
                rows.append((case, mode, path.stat().st_size / 2**20, measure(mode, fmt, path, via)))
    print(f"{'input':<16}{'reading':<12}{'MB':>7}{'docs':>9}{'failed':>8}{'import MiB':>12}"
          f"{'peak MiB':>10}{'seconds':>9}")
    for case, mode, mb, f in rows:
        print(f"{case:<16}{mode:<12}{mb:>7.1f}{int(f['docs']):>9,}{int(f['failures']):>8}"
              f"{f['import_kib'] / 1024:>12.0f}{f['peak_kib'] / 1024:>10.0f}{f['seconds']:>9.1f}")


if __name__ == "__main__":
    main()
