"""Events: many reports of one night become one event with preferred figures,
conflicting ones beside them, and consistency flags (see ``docs/events.md``).

Pure functions over ``ClaimRecord``s; ``skytally.store`` loads and saves them.
"""

from __future__ import annotations

from skytally.resolve.events import Event, event_id, event_label, group_claims, resolve_events
from skytally.resolve.flags import Flag, FlagCode
from skytally.resolve.policy import Entry, Figure, preference, resolve_figure
from skytally.resolve.records import ClaimRecord, FigureKey, Role
from skytally.resolve.sources import SourceKind, classify_outlet, figure_source

__all__ = ["ClaimRecord", "Entry", "Event", "Figure", "FigureKey", "Flag", "FlagCode", "Role",
           "SourceKind", "classify_outlet", "event_id", "event_label", "figure_source", "group_claims",
           "preference", "resolve_events", "resolve_figure"]
