"""Casualty figures a Ukrainian or Russian report itself replaces or breaks down.

"Загинули 4 людини … кількість загиблих зросла до п'яти": the toll that rose is the
latest figure, and the earlier one of the same kind goes; so do the figures an update
("Оновлено станом на 18:00: …") gives. "Поранено 37 осіб … 21
потерпілий госпіталізований": the hospitalised are a part of the injured, no figure of
their own, when the report also says how many were injured.
"""

from __future__ import annotations

import re
from typing import Final

from skytally.models import Claim, Outcome, Scope

RISEN_RE: Final = re.compile(r"(?:зрос\w*|збільшил\w*|возрос\w*|увеличил\w*)\s+до(?!\w)", re.IGNORECASE)
# "Оновлено станом на 18:00: …": the figures after it replace those before
UPDATED_RE: Final = re.compile(r"(?<!\w)(?:оновлено|обновлено|уточнено|upd)(?!\w)", re.IGNORECASE)
HOSPITAL_RE: Final = re.compile(r"госпіталізован\w*|госпитализирован\w*", re.IGNORECASE)
INJURED_WORD_RE: Final = re.compile(r"поранен\w*|травмован\w*|ранен\w*", re.IGNORECASE)
PEOPLE_OUTCOMES: Final = (Outcome.KILLED, Outcome.INJURED)


def latest_tolls(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` less the casualty figures the report replaces with a risen toll, and less the
    hospitalised where it also gives the injured."""
    tolls = [c for c in claims if c.outcome in PEOPLE_OUTCOMES and c.scope is Scope.EVENT]
    if len(tolls) < 2:
        return claims
    dropped: set[int] = set()
    update = UPDATED_RE.search(text)
    for rise in tolls:
        if RISEN_RE.search(text, rise.evidence.start, rise.evidence.end) or (
                update is not None and rise.evidence.start > update.start()):
            dropped.update(id(c) for c in tolls if c.outcome is rise.outcome and c.n != rise.n
                           and c.evidence.start < rise.evidence.start)
    injured = [c for c in tolls if c.outcome is Outcome.INJURED and id(c) not in dropped]
    for part in injured:
        if _hospitalised_only(text, part) and any(c.n > part.n and not _hospitalised_only(text, c)
                                                   for c in injured):
            dropped.add(id(part))
    return [c for c in claims if id(c) not in dropped] if dropped else claims


def _hospitalised_only(text: str, claim: Claim) -> bool:
    """Whether the figure's sentence counts the hospitalised ("16 постраждалих госпіталізовано"), not
    the injured."""
    start, end = claim.evidence.start, _sentence_end(text, claim.evidence.end)
    return (HOSPITAL_RE.search(text, start, end) is not None
            and INJURED_WORD_RE.search(text, start, end) is None)


def _sentence_end(text: str, pos: int) -> int:
    ends = [at for at in (text.find(".", pos), text.find("\n", pos)) if at >= 0]
    return min(ends) if ends else len(text)
