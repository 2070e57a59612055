"""The overview's display shaping: date axis, per-class series, latest night."""

from __future__ import annotations

from skytally.web.overview import DEFAULT_DAYS, build, date_axis


def test_axis_is_continuous_and_windowed() -> None:
    assert date_axis([]) == []
    assert date_axis(["2025-03-03", "2025-03-01"]) == ["2025-03-01", "2025-03-02", "2025-03-03"]
    long = date_axis(["2020-01-01", "2025-03-01"])
    assert len(long) == DEFAULT_DAYS and long[-1] == "2025-03-01"
    assert date_axis(["2020-01-01", "2025-03-01"], since="2025-02-27") == ["2025-02-27", "2025-02-28",
                                                                            "2025-03-01"]
    assert date_axis(["2025-03-01", "2025-03-02"], since="2000-01-01")[0] == "2025-03-01"


def test_build_lays_every_class_on_one_axis() -> None:
    def night(date: str, weapon: str, launched: int, neutralized: int | None,
              mean: float) -> dict[str, object]:
        return {"date": date, "weapon": weapon, "launched": launched, "neutralized": neutralized,
                "launched_7d": mean}

    nights = [night("2025-03-01", "drone", 100, 90, 100.0), night("2025-03-03", "drone", 50, None, 75.0),
              night("2025-03-03", "missile", 4, 3, 4.0)]
    records = {"drone": [{"date": "2025-03-01", "launched": 100}]}
    diplomacy = [{"date": "2025-03-02", "kind": "phone_call"}, {"date": "2024-01-01", "kind": "talks"}]
    out = build(nights, records, diplomacy)
    assert out["axis"] == ["2025-03-01", "2025-03-02", "2025-03-03"]
    drone = out["series"]["drone"]
    assert drone["launched"] == [100, None, 50]
    assert drone["neutralized"] == [90, None, None]
    assert drone["launched_mean"] == [100.0, None, 75.0]
    assert drone["records"] == [{"date": "2025-03-01", "launched": 100}]
    assert out["series"]["missile"]["name"] == "Missiles"
    assert out["latest"]["date"] == "2025-03-03"
    assert {c["weapon"] for c in out["latest"]["classes"]} == {"drone", "missile"}
    assert [d["kind"] for d in out["diplomacy"]] == ["phone_call"]  # off-axis markers dropped


def test_build_with_no_nights() -> None:
    out = build([], {}, [])
    assert (out["axis"], out["series"], out["latest"]) == ([], {}, None)
