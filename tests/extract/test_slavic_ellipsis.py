"""Figures without a weapon noun ("ще 17 локаційно втрачено"): they take the class and model
of the figure before them in the sentence, and are no claims without one.

Every sentence here is written for these tests; each row is one case of the rule.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.slavic import extract
from skytally.models import Claim, Outcome

PUBLISHED = dt.datetime(2026, 4, 3, 6, 0, tzinfo=dt.UTC)

Row = tuple[str, str | None, int, str | None]  # outcome, weapon, n, model


def scored(claims: list[Claim]) -> set[Row]:
    return {(c.outcome.value, c.weapon.value if c.weapon else None, c.n, c.model)
            for c in claims if not c.subset}


CASES: list[tuple[str, set[Row]]] = [
    # Ukrainian: the outcome word after the figure
    ("Протиповітряною обороною збито 23 ворожі БпЛА, ще 9 локаційно втрачено (без наслідків).",
     {("shot_down", "drone", 23, None), ("suppressed", "drone", 9, None)}),
    ("Збито 35 ударних БпЛА типу Shahed, ще 6 — локаційно втрачено.",
     {("shot_down", "drone", 35, "Shahed-136"), ("suppressed", "drone", 6, "Shahed-136")}),
    ("Сили ППО знищили 4 крилаті ракети Х-101 і ще 2 було збито над морем.",
     {("shot_down", "missile", 4, "Kh-101"), ("shot_down", "missile", 2, "Kh-101")}),
    ("Знешкоджено 18 дронів, а також 3 подавлено засобами РЕБ.",
     {("neutralized", "drone", 18, None), ("suppressed", "drone", 3, None)}),
    # Ukrainian: the outcome word before the figure
    ("Збито 27 БпЛА, а також локаційно втрачено 8.",
     {("shot_down", "drone", 27, None), ("suppressed", "drone", 8, None)}),
    ("Збито 27 БпЛА, ще понад 10 локаційно втрачено.",
     {("shot_down", "drone", 27, None), ("suppressed", "drone", 10, None)}),
    # spelled-out numbers
    ("Уражено шість ракет Калібр, ще дві не досягли цілей.",
     {("shot_down", "missile", 6, "Kalibr"), ("suppressed", "missile", 2, "Kalibr")}),
    # Russian
    ("Дежурными средствами ПВО уничтожены 31 беспилотник, ещё 5 подавлены средствами РЭБ.",
     {("shot_down", "drone", 31, None), ("suppressed", "drone", 5, None)}),
    ("Сбиты 12 ракет Искандер-М, еще 3 — перехвачены над морем.",
     {("shot_down", "missile", 12, "Iskander-M"), ("shot_down", "missile", 3, "Iskander-M")}),
    ("Перехвачены 40 беспилотников, а также уничтожены 7.",
     {("shot_down", "drone", 40, None), ("shot_down", "drone", 7, None)}),
    # the nearest figure before gives the class
    ("Збито 2 ракети Х-59 та 50 БпЛА, ще 11 локаційно втрачено.",
     {("shot_down", "missile", 2, "Kh-59"), ("shot_down", "drone", 50, None),
      ("suppressed", "drone", 11, None)}),
    # a sentence going on with "Ще" takes the class of the sentence before
    ("Протиповітряною обороною збито 44 ворожі БпЛА. Ще 12 локаційно втрачено.",
     {("shot_down", "drone", 44, None), ("suppressed", "drone", 12, None)}),
    ("Уничтожены 16 беспилотников типа Герань. Ещё 4 подавлены средствами РЭБ.",
     {("shot_down", "drone", 16, "Geran-2"), ("suppressed", "drone", 4, "Geran-2")}),
    # a list item takes the class of the line that opened the list
    ("Збито/подавлено 20 ударних БпЛА:\n- 12 на півночі;\n- ще 4 локаційно втрачено.",
     {("neutralized", "drone", 20, None), ("suppressed", "drone", 4, None)}),
    # no figure before: no claim
    ("Ще 17 локаційно втрачено.", set()),
    ("Загинули двоє людей. Ще 4 знищено.", {("killed", None, 2, None)}),
    ("Противник атакував 5 ракетами. Ворог діяв з півночі. Ще 2 збито.", {("launched", "missile", 5, None)}),
    # places, times, dates and districts are no counts
    ("Зафіксовано влучання 7 ударних БпЛА на 4 локаціях, а також падіння збитих (уламки) на 5 локаціях.",
     {("hit", "drone", 7, None)}),
    ("Зафіксовано влучання 7 ударних БпЛА, а також падіння збитих (уламки) на 3.",
     {("hit", "drone", 7, None)}),
    ("Збито 20 БпЛА, ще 3 години тривала атака.", {("shot_down", "drone", 20, None)}),
    ("Збито 20 БпЛА і 14 травня знищено склад.", {("shot_down", "drone", 20, None)}),
    ("Збито 20 БпЛА, ще у 3 районах зафіксовано падіння уламків.", {("shot_down", "drone", 20, None)}),
    ("Уничтожены 15 беспилотников, а также в 2 районах повреждены дома.", {("shot_down", "drone", 15, None)}),
    # people after "ще" stay people
    ("Загинули двоє людей, ще п'ятеро поранені.", {("killed", None, 2, None), ("injured", None, 5, None)}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_figure_without_a_noun_takes_the_class_of_the_figure_before(sentence: str,
                                                                     expected: set[Row]) -> None:
    claims, _ = extract(sentence, PUBLISHED)
    assert scored(claims) == expected


def test_the_evidence_of_an_elided_figure_quotes_it_with_its_outcome_word() -> None:
    text = "Збито 41 ворожий БпЛА, ще 17 локаційно втрачено."
    claims, _ = extract(text, PUBLISHED)
    quoted = {c.n: text[c.evidence.start:c.evidence.end] for c in claims}
    assert quoted[17] == "17 локаційно втрачено"


# Words that state no weapon figure: places, times, dates, districts, people.
PLAIN = ["на", "5", "локаціях", "у", "3", "районах", "о", "18:00", "12", "травня", "загинули", "двоє",
         "людей", ",", ".", "Ще", "ще", "і", "та", "а", "також", "ещё", "в", "2", "областях", "—"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PLAIN), max_size=20), st.integers(1, 500))
def test_no_elided_figure_without_a_weapon_figure_before(words: list[str], n: int) -> None:
    text = " ".join(words) + f" ще {n} локаційно втрачено."
    claims, _ = extract(text, PUBLISHED)
    assert not any(c.outcome is Outcome.SUPPRESSED for c in claims)
