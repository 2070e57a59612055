"""Near-duplicate index rebuild: from stored signatures vs re-hashing every stored text.

Stores ``--docs`` synthetic reports (a fifth of them syndicated or exact copies) in a
temporary SQLite database (or PostgreSQL with ``--db URL``), then times, best of
``--repeat``:

- restore: ``Store.duplicate_index()``, rebuilt from the stored signature rows;
- re-hash: what it did before, ``DuplicateIndex.add`` over every stored text;
- first build of an older database: signature rows deleted, so every text is
  hashed once and its signature written;
- an incremental ``Store.ingest`` of ``--new`` reports into the full store, with the
  index restored and with it re-hashed.

and checks that both indexes give every document its stored group.

    .venv/bin/python bench/dedupe_reload.py [--docs 20000] [--new 50] [--repeat 3] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from skytally.ingest.dedupe import DuplicateIndex
from skytally.models import Document, Extraction
from skytally.store import Store, open_store
from skytally.store.engine import writing
from skytally.store.loading import LazyIndex, Loader
from skytally.store.reading import iter_texts
from skytally.store.schema import document_signatures, documents

PLACES = ["Kyiv", "Odesa", "Kharkiv", "Dnipro", "Lviv", "Sumy", "Poltava", "Mykolaiv", "Zaporizhzhia"]
SENTENCES = [
    "The enemy sent {a} attack drones and {m} missiles towards {p} overnight, the air force said.",
    "Air defence units brought down {s} drones over {p} and the nearby districts.",
    "{h} drones went missing after jamming, most of them over the fields north of {p}.",
    "A blaze started in a storage hangar in {p}; firefighters stayed until sunrise.",
    "{i} residents were hurt, the head of the regional administration posted at breakfast.",
    "Falling fragments broke the windows of a clinic and several flats in central {p}.",
    "The alert lasted nearly five hours and trains were held outside the city.",
    "Residents were told to remain in shelters until the all-clear sounded.",
]


def report(rng: random.Random) -> str:
    """A synthetic report of four paragraphs (about 1.5 KB)."""
    values = {"a": rng.randint(10, 600), "m": rng.randint(0, 40), "s": rng.randint(5, 500),
              "h": rng.randint(0, 60), "i": rng.randint(0, 30), "p": rng.choice(PLACES)}
    return "\n\n".join(" ".join(s.format(**values) for s in rng.sample(SENTENCES, 4)) for _ in range(4))


def corpus(n: int, seed: int) -> list[Document]:
    """``n`` reports: each fifth a syndicated (prefixed) or exact (upper-cased) copy of an earlier one."""
    rng = random.Random(seed)
    texts: list[str] = []
    for i in range(n):
        if i % 5 == 4 and texts:
            earlier = rng.choice(texts)
            texts.append(f"Wire {i} | {earlier} Read more." if i % 2 else earlier.upper())
        else:
            texts.append(report(rng))
    return [Document(f"s{seed}-{i:07d}", t) for i, t in enumerate(texts)]


def no_claims(doc: Document) -> Extraction:
    return Extraction(doc.id, (), ())


def rehash(store: Store) -> DuplicateIndex:
    """The index as it was built before signatures were stored."""
    index = DuplicateIndex()
    for doc_id, text in iter_texts(store.engine):
        index.add(doc_id, text)
    return index


def best(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def stored_groups(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(documents.c.id, documents.c.duplicate_group)).all()
    return {doc_id: group for doc_id, group in rows}


def agree(index: DuplicateIndex, groups: dict[str, str]) -> str:
    same = sum(index.group_of(d) == g for d, g in groups.items())
    return f"{same}/{len(groups)}"


def incremental(store: Store, new: list[Document], build: Callable[[], DuplicateIndex]) -> float:
    loader = Loader(store.engine, no_claims, "bench", "report", LazyIndex(build))
    start = time.perf_counter()
    loader.run(new, Counter())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--new", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", help="a database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        with open_store(url) as store:
            run(store, args)


def run(store: Store, args: argparse.Namespace) -> None:
    docs = corpus(args.docs, seed=1)
    print(f"storing {len(docs):,} reports ...", file=sys.stderr)
    start = time.perf_counter()
    store.ingest(docs, extractor=no_claims, extractor_version="bench")
    print(f"{'ingest (index built as it goes)':<42} {time.perf_counter() - start:8.2f} s")
    groups = stored_groups(store)
    restore_s, restored = best(args.repeat, store.duplicate_index)
    rehash_s, rehashed = best(args.repeat, lambda: rehash(store))
    for label, seconds, index in (("index from stored signatures", restore_s, restored),
                                  ("index re-hashing every text (before)", rehash_s, rehashed)):
        print(f"{label:<42} {seconds:8.2f} s  {seconds / len(groups) * 1e6:7.1f} µs/doc  "
              f"groups as stored {agree(index, groups)}")
    print(f"{'speed-up':<42} {rehash_s / restore_s:8.1f} x")
    with writing(store.engine) as conn:
        conn.execute(delete(document_signatures))
    first_s, _ = best(1, store.duplicate_index)
    again_s, _ = best(1, store.duplicate_index)
    print(f"{'older database: first build (signs all)':<42} {first_s:8.2f} s")
    print(f"{'older database: next build':<42} {again_s:8.2f} s")
    new = corpus(args.new, seed=2)
    after = incremental(store, new[: len(new) // 2], store.duplicate_index)
    before = incremental(store, new[len(new) // 2:], lambda: rehash(store))
    print(f"{f'ingest {len(new) // 2} new reports, index restored':<42} {after:8.2f} s")
    print(f"{f'ingest {len(new) - len(new) // 2} new reports, index re-hashed':<42} {before:8.2f} s")


if __name__ == "__main__":
    main()
