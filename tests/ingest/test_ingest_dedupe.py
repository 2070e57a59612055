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
