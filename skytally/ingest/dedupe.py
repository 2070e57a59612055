"""Near-duplicate detection: syndicated copies of one story share a group id.

Each text becomes the set of its word shingles (``SHINGLE`` consecutive lower-cased
words), summarised by a MinHash signature; a MinHash LSH index finds earlier texts
whose estimated Jaccard similarity may reach ``threshold``, and each candidate is
checked against its stored signature. A document joins the group of its most similar
earlier document at or above the threshold, else it starts a group named by its own
id. Identical normalised texts short-cut to the same group without hashing.

About 0.25 ms per 300-word text on an idle core (``bench/ingest.py``): 100,000
reports in under a minute, their signatures in about 50 MB.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from typing import Any

from skytally.documents import normalise_text
from skytally.errors import MissingExtra

SHINGLE = 3
THRESHOLD = 0.8
NUM_PERM = 128
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The set of ``size``-word shingles of a text (its words alone when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    grams = zip(*(words[i:] for i in range(size)), strict=False)
    return {" ".join(gram).encode("utf-8") for gram in grams}


def _hash32(data: bytes) -> int:
    """A fast 32-bit hash of a shingle; the MinHash permutations supply the randomness."""
    return zlib.crc32(data)


class DuplicateIndex:
    """Assigns each added document a group id: its own id, or the group of an earlier
    near-duplicate. Adding the same id again returns the group it already has."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        try:
            from datasketch import MinHash, MinHashLSH
        except ImportError:
            raise MissingExtra("datasketch", "formats") from None
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._groups: dict[str, str] = {}
        self._signatures: dict[str, tuple[int, Any]] = {}  # doc id -> (order added, uint32 array)
        self._exact: dict[bytes, str] = {}
        template = MinHash(num_perm=num_perm, hashfunc=_hash32)
        # Permutations are drawn once, not per document (datasketch >= 2 also wants their scheme).
        self._minhash_args: dict[str, Any] = {"num_perm": num_perm, "hashfunc": _hash32,
                                              "permutations": template.permutations}
        if hasattr(template, "scheme"):
            self._minhash_args["scheme"] = template.scheme

    def add(self, doc_id: str, text: str) -> str:
        """The group id of ``doc_id``: that of its closest earlier near-duplicate, or its own."""
        known = self._groups.get(doc_id)
        if known is not None:
            return known
        if not _WORD.search(text):  # nothing to compare: a group of its own
            self._groups[doc_id] = doc_id
            return doc_id
        digest = hashlib.sha256(normalise_text(text).lower().encode("utf-8")).digest()
        group = self._exact.get(digest)
        if group is None:
            group = self._near_group(doc_id, text)
            self._exact[digest] = group
        self._groups[doc_id] = group
        return group

    def group_of(self, doc_id: str) -> str | None:
        return self._groups.get(doc_id)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._groups

    def __len__(self) -> int:
        return len(self._groups)

    def _near_group(self, doc_id: str, text: str) -> str:
        grams = shingles(text)
        if not grams:
            return doc_id
        minhash = self._minhash(grams)
        signature = minhash.hashvalues.astype("uint32")
        best = self._closest(self._lsh.query(minhash), signature)
        self._lsh.insert(doc_id, minhash, check_duplication=False)
        self._signatures[doc_id] = (len(self._signatures), signature)
        return self._groups[best] if best is not None else doc_id

    def _closest(self, candidates: list[str], signature: Any) -> str | None:
        """The most similar candidate at or above the threshold; the earliest added on ties."""
        if not candidates:
            return None
        import numpy as np

        ordered = sorted(candidates, key=lambda c: self._signatures[c][0])
        stacked = np.stack([self._signatures[c][1] for c in ordered])
        similarity = (stacked == signature).mean(axis=1)
        i = int(similarity.argmax())
        return ordered[i] if similarity[i] >= self.threshold else None

    def _minhash(self, grams: set[bytes]) -> Any:
        from datasketch import MinHash

        minhash = MinHash(**self._minhash_args)
        minhash.update_batch(list(grams))
        return minhash
