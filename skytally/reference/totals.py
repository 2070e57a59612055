"""A post's figures per weapon class when the reference dataset splits the post by model.

The dataset has a row per model, so one Air Force post of two missile models is two
rows. The analytics count a post as one report whose figure is the sum of its models
(``query.figures``); an event must count the same, so for each post, night and class
with two or more models ``post_totals`` renders one more document stating the sums
(the largest row of each model, then added up). The event then prefers the figure the
charts show, and the rows of the post become its breakdowns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from skytally.models import Document, Extraction, Weapon
from skytally.reference.csvfile import ReferenceRow
from skytally.reference.render import OUTLET, render_line
from skytally.reference.weapons import WeaponTable, canonical_model

TOTAL_PREFIX = "ref-total-"
CLASS_WORDS = {Weapon.DRONE: "drones", Weapon.MISSILE: "missiles", Weapon.BOMB: "guided bombs",
               Weapon.ANY: "weapons"}


def post_totals(rows: Iterable[ReferenceRow], weapons: WeaponTable) -> Iterator[tuple[Document, Extraction]]:
    """A document of sums for each post, night and weapon class stated in rows of several models."""
    groups: dict[tuple[str, dt.date, Weapon], list[ReferenceRow]] = {}
    for row in rows:
        groups.setdefault((row.url, row.date, weapons.classify(row.model)), []).append(row)
    for (url, day, weapon), group in groups.items():
        if len({canonical_model(r.model) for r in group}) > 1:
            yield render_total(url, day, weapon, group)


def render_total(url: str, day: dt.date, weapon: Weapon, group: Sequence[ReferenceRow]
                 ) -> tuple[Document, Extraction]:
    models = sorted({canonical_model(r.model) for r in group})
    total = replace(group[0], time_start=min(r.time_start for r in group),
                    time_end=max(r.time_end for r in group), launched=_sum(group, "launched"),
                    destroyed=_sum(group, "destroyed"), not_reach_goal=_sum(group, "not_reach_goal"))
    doc_id = TOTAL_PREFIX + hashlib.sha256(f"{url}\x1f{day}\x1f{weapon.value}".encode()).hexdigest()[:16]
    head = f"{len(models)} models of {CLASS_WORDS[weapon]} together ({', '.join(models)}): "
    text, claims = render_line(total, weapon, None, head)
    doc = Document(id=doc_id, text=text, published=day, url=url, outlet=OUTLET, language="en",
                   source="lines " + ", ".join(str(r.line) for r in group))
    return doc, Extraction(document_id=doc_id, claims=claims, places=())


def is_total(doc: Document) -> bool:
    return doc.id.startswith(TOTAL_PREFIX)


def _sum(group: Sequence[ReferenceRow], field: str) -> int | None:
    """The sum over models of each model's largest figure (None if no row states one)."""
    per_model: dict[str, int] = {}
    for row in group:
        value = getattr(row, field)
        if value is not None:
            model = canonical_model(row.model)
            per_model[model] = max(per_model.get(model, value), value)
    return sum(per_model.values()) if per_model else None
