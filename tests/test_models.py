from __future__ import annotations

import datetime as dt

from skytally.models import Claim, Evidence, Outcome, Qualifier, Weapon


def test_claim_dict_round_trip() -> None:
    c = Claim(Outcome.SHOT_DOWN, 22, Evidence(3, 40), weapon=Weapon.DRONE, qualifier=Qualifier.AT_LEAST,
              attacker="russia", date=dt.date(2025, 7, 4), model="Shahed-136")
    d = c.to_dict()
    assert d["kind"] == "count" and d["outcome"] == "shot_down" and d["date"] == "2025-07-04"
    assert Claim.from_dict(d) == c


def test_casualty_claim_has_no_weapon_key() -> None:
    c = Claim(Outcome.KILLED, 3, Evidence(0, 5))
    assert c.kind.value == "casualty"
    assert "weapon" not in c.to_dict()
