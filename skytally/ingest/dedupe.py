"""Near-duplicate detection: syndicated copies of one story share a group id.

Each text becomes the set of its word shingles (``SHINGLE`` consecutive lower-cased
words), summarised by a MinHash signature; a MinHash LSH index finds earlier texts
whose estimated Jaccard similarity may reach ``threshold``, and each candidate is
checked against its stored signature. A document joins the group of its most similar
earlier document at or above the threshold, else it starts a group named by its own
id. Identical normalised texts short-cut to the same group without hashing.

About 0.25 ms per 300-word text on an idle core (``bench/ingest.py``): 100,000
reports in under a minute, their signatures in about 50 MB. A store keeps each
document's ``Signature`` (text digest and MinHash values, 512 bytes) and rebuilds
the index with ``restore``, which hashes nothing (``bench/dedupe_reload.py``).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Signature:
    """What the index keeps of one document, to restore it without its text: the digest of
    its normalised text (None: no words) and its MinHash values as ``NUM_PERM`` little-endian
    uint32 (None: an exact copy of an earlier text, or no words)."""

    digest: bytes | None
    hashes: bytes | None


def text_digest(text: str) -> bytes | None:
    """The SHA-256 of a text normalised and lower-cased; None for a text without words."""
    if not _WORD.search(text):
        return None
    return hashlib.sha256(normalise_text(text).lower().encode("utf-8")).digest()


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
        self._digests: dict[str, bytes | None] = {}
        self._signatures: dict[str, tuple[int, Any]] = {}  # doc id -> (order added, uint32 array)
        self._exact: dict[bytes, str] = {}  # text digest -> group
        self._hashed: set[bytes] = set()  # digests of the texts in the LSH index
        template = MinHash(num_perm=num_perm, hashfunc=_hash32)
        self._lean_args: dict[str, Any] = {"seed": template.seed}
        self._dtype = template.hashvalues.dtype
        # Permutations are drawn once, not per document (datasketch >= 2 also wants their scheme).
        self._minhash_args: dict[str, Any] = {"num_perm": num_perm, "hashfunc": _hash32,
                                              "permutations": template.permutations}
        if hasattr(template, "scheme"):
            self._minhash_args["scheme"] = template.scheme
            self._lean_args["scheme"] = template.scheme

    def add(self, doc_id: str, text: str) -> str:
        """The group id of ``doc_id``: that of its closest earlier near-duplicate, or its own."""
        known = self._groups.get(doc_id)
        if known is not None:
            return known
        digest = text_digest(text)
        # No words: nothing to compare, a group of its own.
        group = doc_id if digest is None else self._exact.get(digest) or self._new_text(doc_id, text, digest)
        self._groups[doc_id] = group
        self._digests[doc_id] = digest
        return group

    def signature(self, doc_id: str) -> Signature | None:
        """What ``restore`` needs to know ``doc_id`` again; None for a document not added."""
        if doc_id not in self._groups:
            return None
        entry = self._signatures.get(doc_id)
        hashes = entry[1].astype("<u4").tobytes() if entry is not None else None
        return Signature(self._digests[doc_id], hashes)

    def restore(self, doc_id: str, group: str, signature: Signature) -> None:
        """Know ``doc_id`` as in ``group`` from its stored signature, hashing nothing; the
        index then groups later texts as if it had added this one (restore in the order added)."""
        if doc_id in self._groups:
            return
        self._groups[doc_id] = group
        digest = self._digests[doc_id] = signature.digest
        if digest is None:
            return
        self._exact.setdefault(digest, group)
        if signature.hashes is not None and digest not in self._hashed:
            self._hashed.add(digest)
            self._insert(doc_id, self._from_bytes(signature.hashes))

    def restore_text(self, doc_id: str, group: str, text: str) -> Signature:
        """``restore`` from the text (hashed only if the index holds no copy of it): for a
        document stored without a signature; the signature to store."""
        digest = text_digest(text)
        hashes = None
        if digest is not None and digest not in self._hashed:
            grams = shingles(text)
            hashes = self._minhash(grams).hashvalues.astype("<u4").tobytes() if grams else None
        signature = Signature(digest, hashes)
        self.restore(doc_id, group, signature)
        return signature

    def group_of(self, doc_id: str) -> str | None:
        return self._groups.get(doc_id)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._groups

    def __len__(self) -> int:
        return len(self._groups)

    def _new_text(self, doc_id: str, text: str, digest: bytes) -> str:
        group = self._exact[digest] = self._near_group(doc_id, text)
        self._hashed.add(digest)
        return group

    def _near_group(self, doc_id: str, text: str) -> str:
        grams = shingles(text)
        if not grams:
            return doc_id
        minhash = self._minhash(grams)
        best = self._closest(self._lsh.query(minhash), minhash.hashvalues.astype("uint32"))
        self._insert(doc_id, minhash)
        return self._groups[best] if best is not None else doc_id

    def _insert(self, doc_id: str, minhash: Any) -> None:
        self._lsh.insert(doc_id, minhash, check_duplication=False)
        self._signatures[doc_id] = (len(self._signatures), minhash.hashvalues.astype("uint32"))

    def _from_bytes(self, hashes: bytes) -> Any:
        import numpy as np
        from datasketch import LeanMinHash

        values = np.frombuffer(hashes, dtype="<u4").astype(self._dtype)
        if len(values) != self.num_perm:
            raise ValueError(f"a signature of {len(values)} values, not {self.num_perm}")
        return LeanMinHash(hashvalues=values, **self._lean_args)

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
