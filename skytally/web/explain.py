"""Plain-language explanations of the consistency flags the event resolver raises."""

from __future__ import annotations

from skytally.resolve.flags import FlagCode

EXPLANATIONS: dict[str, str] = {
    FlagCode.OUTCOMES_EXCEED_LAUNCHED:
        "The weapons reported shot down, suppressed and hitting targets add up to more than were "
        "reported launched: one of the figures is wrong, or they come from different counts.",
    FlagCode.COMBINED_AS_DRONES:
        "One source's drone figure equals another source's drones plus missiles: it is probably "
        "the combined total reported as drones.",
    FlagCode.RECORD_CONTRADICTED:
        "A report calls this a record, but a larger figure is already stored for an earlier night.",
    FlagCode.CASUALTIES_DECREASE:
        "A later report gives fewer casualties than an earlier one without saying it corrects it.",
}


def explain_flag(code: str) -> str:
    """What a flag means in general; the flag's own message gives the figures."""
    return EXPLANATIONS.get(code, "A consistency check on this event's figures failed; see the message.")
