"""A chart of one weapon class: launched against neutralised per night, rolling means,
record nights marked, political events as markers along the top. PNG or SVG.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import polars as pl

from skytally.errors import ConfigError, MissingExtra

if TYPE_CHECKING:
    from matplotlib.axes import Axes

FORMATS = (".png", ".svg")
KIND_COLOURS: Mapping[str, str] = {
    "phone_call": "#1f77b4", "meeting": "#2ca02c", "peace_talks": "#9467bd", "ceasefire": "#17becf",
    "sanctions_announced": "#d62728", "sanctions_demanded": "#ff9896",
    "weapons_announced": "#8c564b", "weapons_paused": "#e377c2",
}
MAX_LABELS = 25  # more events than this get markers without text


def plot_chart(nightly: pl.DataFrame, path: str | Path, *, records: pl.DataFrame | None = None,
               events: pl.DataFrame | None = None, title: str = "", window: int = 7) -> Path:
    """Write the chart of ``nightly`` (one weapon, with ``launched_<w>d`` columns) to ``path``."""
    out = Path(path)
    if out.suffix.lower() not in FORMATS:
        raise ConfigError(f"cannot write {out.suffix or 'a file without extension'}: use .png or .svg")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(12, 5), layout="constrained")
    try:
        _draw_series(ax, nightly, window)
        if records is not None and not records.is_empty():
            ax.scatter(records["date"].to_list(), records["launched"].to_list(), marker="^", s=40,
                       color="#d62728", zorder=5, label="record night")
        if events is not None and not events.is_empty():
            _draw_events(ax, events)
        ax.set_title(title)
        ax.set_ylabel("per night")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
        fig.savefig(out, dpi=120)
    finally:
        plt.close(fig)
    return out


def _pyplot() -> ModuleType:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingExtra("matplotlib", "analytics") from None
    return plt


def _draw_series(draw: Axes, nightly: pl.DataFrame, window: int) -> None:
    dates = nightly["date"].to_list()
    bars = (("launched", "#c7c7c7", "launched"), ("neutralized", "#9ecae1", "neutralised"))
    for column, colour, label in bars:
        draw.bar(dates, nightly[column].fill_null(0).to_list(), width=1.0, color=colour, label=label)
    for column, colour, label in ((f"launched_{window}d", "#404040", f"launched, {window}-day mean"),
                                  (f"neutralized_{window}d", "#08519c", f"neutralised, {window}-day mean")):
        if column in nightly.columns:
            draw.plot(dates, nightly[column].to_list(), color=colour, linewidth=1.5, label=label)


def _draw_events(draw: Axes, events: pl.DataFrame) -> None:
    top = draw.get_ylim()[1]
    seen: set[str] = set()
    for row in events.unique(["date", "kind"], keep="first", maintain_order=True).iter_rows(named=True):
        kind = row["kind"]
        colour = KIND_COLOURS.get(kind, "#7f7f7f")
        draw.axvline(row["date"], color=colour, linestyle=":", linewidth=0.8, alpha=0.7)
        draw.scatter([row["date"]], [top * 0.97], marker="v", color=colour, s=30, zorder=6,
                     label=kind.replace("_", " ") if kind not in seen else None)
        seen.add(kind)
    labels = _labels(events)
    if len(labels) <= MAX_LABELS:
        for day, text in labels:
            draw.annotate(text, (day, top * 0.94), rotation=90, fontsize=6, va="top", ha="right",
                          color="#404040")


def _labels(events: pl.DataFrame) -> list[tuple[object, str]]:
    """One label a day: the participants of its events, each named once."""
    out = []
    for (day,), group in events.group_by("date", maintain_order=True):
        names = dict.fromkeys(n for p in group["participants"].to_list() if p for n in p.split("; "))
        if names:
            out.append((day, ", ".join(list(names)[:4]) + (" …" if len(names) > 4 else "")))
    return out
