"""Near-duplicate groups: syndicated copies join the first copy's group; other stories do not."""

from __future__ import annotations

import random

from skytally.ingest.dedupe import DuplicateIndex, shingles

STORY = ("Russia attacked the region overnight with 62 attack drones and two ballistic missiles, "
         "the air force said on Saturday morning. Air defences shot down 51 drones over the south and "
         "the east of the country, while eleven drones were lost to electronic warfare. A warehouse "
         "caught fire in the port city and two people were taken to hospital with light injuries, "
         "the regional governor wrote on his channel. Emergency crews worked until dawn to put out "
         "the fire, and the damaged building is being inspected by engineers this afternoon.")


def _other_story(seed: int) -> str:
    rng = random.Random(seed)
    words = STORY.split()
    rng.shuffle(words)
    return " ".join(words)


def test_syndicated_copy_joins_the_first_group() -> None:
    index = DuplicateIndex()
    assert index.add("wire", STORY) == "wire"
    copy = "Example Daily | " + STORY.replace("Saturday", "Saturday,") + " Read more stories."
    assert index.add("copy", copy) == "wire"
    assert index.group_of("copy") == "wire" and "copy" in index and len(index) == 2


def test_different_stories_get_their_own_groups() -> None:
    index = DuplicateIndex()
    ids = [index.add(f"d{i}", _other_story(i)) for i in range(20)]
    assert ids == [f"d{i}" for i in range(20)]


def test_same_id_twice_keeps_its_group_and_exact_copies_share_one() -> None:
    index = DuplicateIndex()
    index.add("a", STORY)
    assert index.add("a", "entirely different text now") == "a"
    assert index.add("b", "  " + STORY.upper() + "\n") == "a"


def test_short_and_empty_texts() -> None:
    index = DuplicateIndex()
    assert index.add("e", "") == "e"
    assert index.add("f", "   ") == "f"  # empty texts are not one another's copies
    assert index.add("s1", "Two drones") == "s1"
    assert index.add("s2", "two drones!") == "s1"
    assert shingles("one two") == {b"one two"}
    assert shingles("a b c d") == {b"a b c", b"b c d"}


def test_copy_of_a_copy_keeps_the_original_group_id() -> None:
    index = DuplicateIndex()
    index.add("orig", STORY)
    index.add("copy1", STORY + " Updated at noon.")
    assert index.add("copy2", STORY + " Updated at noon. Photo: Example.") == "orig"


def _corpus() -> list[tuple[str, str]]:
    """Stories, their syndicated and exact copies, empty and short texts, shuffled together."""
    stories = [_other_story(i) for i in range(8)] + [STORY]
    texts = list(stories)
    texts += ["Wire | " + s + " More later." for s in stories[::2]]
    texts += [s.upper() + "  " for s in stories[1::3]]
    texts += ["", "  ", "Two drones", "two drones!", "Three missiles"]
    random.Random(7).shuffle(texts)
    return [(f"doc{i:02d}", t) for i, t in enumerate(texts)]


def _restored(first: DuplicateIndex, ids: list[str]) -> DuplicateIndex:
    index = DuplicateIndex()
    for doc_id in ids:
        group, signature = first.group_of(doc_id), first.signature(doc_id)
        assert group is not None and signature is not None
        index.restore(doc_id, group, signature)
    return index


def test_restored_index_groups_later_texts_as_the_original_does() -> None:
    corpus = _corpus()
    half = len(corpus) // 2
    first = DuplicateIndex()
    for doc_id, text in corpus[:half]:
        first.add(doc_id, text)
    again = _restored(first, [d for d, _ in corpus[:half]])
    assert [again.group_of(d) for d, _ in corpus[:half]] == [first.group_of(d) for d, _ in corpus[:half]]
    later = corpus[half:]
    assert [again.add(d, t) for d, t in later] == [first.add(d, t) for d, t in later]
    assert len({g for d, _ in corpus if (g := first.group_of(d)) != d}) >= 3  # copies were grouped


def test_signatures_hold_512_bytes_only_for_texts_first_seen() -> None:
    index = DuplicateIndex()
    index.add("a", STORY)
    index.add("b", "  " + STORY.upper())
    index.add("e", "")
    a, b, e = index.signature("a"), index.signature("b"), index.signature("e")
    assert a is not None and a.hashes is not None and len(a.hashes) == 512 and a.digest
    assert b is not None and b.hashes is None and b.digest == a.digest
    assert e is not None and e.digest is None and e.hashes is None
    assert index.signature("unknown") is None


def test_restore_text_hashes_only_what_the_index_lacks_and_matches_restore() -> None:
    corpus = _corpus()
    first = DuplicateIndex()
    for doc_id, text in corpus:
        first.add(doc_id, text)
    from_text = DuplicateIndex()
    for doc_id, text in corpus:
        group = first.group_of(doc_id)
        assert group is not None
        assert from_text.restore_text(doc_id, group, text) == first.signature(doc_id)
    probe = "Breaking: " + STORY + " Photo: Example."
    assert from_text.add("probe", probe) == first.add("probe", probe)


def test_restoring_a_copy_before_its_original_still_finds_near_copies() -> None:
    first = DuplicateIndex()
    first.add("orig", STORY)
    first.add("copy", STORY.upper())
    original, copy = first.signature("orig"), first.signature("copy")
    assert original is not None and copy is not None
    index = DuplicateIndex()
    index.restore("copy", "orig", copy)
    index.restore("orig", "orig", original)
    assert index.add("near", STORY + " Updated at noon.") == "orig"
