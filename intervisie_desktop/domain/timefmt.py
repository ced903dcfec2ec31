"""How a countdown is shown: whole seconds, changing exactly on the second."""

from __future__ import annotations

import math


def shown_seconds(remaining: float) -> int:
    """The whole seconds a countdown shows for ``remaining`` (negative = overrun).

    Counting down, a partial second rounds up, so a fresh 10-minute block shows
    10:00 and 0:00 appears exactly at zero. Past zero it counts up: +0:01 after
    one full second.
    """
    if remaining >= 0:
        return math.ceil(remaining - 1e-9)
    return -math.floor(-remaining + 1e-9)


def format_countdown(remaining: float) -> str:
    """``12:34`` while time is left, ``+1:23`` in overrun, hours when needed."""
    shown = shown_seconds(remaining)
    sign = "+" if remaining < 0 else ""
    total = abs(shown)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes}:{seconds:02d}"


def seconds_until_display_changes(remaining: float) -> float:
    """How long until the shown value changes (for scheduling the next repaint)."""
    if remaining > 0:
        fraction = remaining - math.floor(remaining)
        return fraction if fraction > 1e-6 else 1.0
    fraction = (-remaining) - math.floor(-remaining)
    return 1.0 - fraction if fraction > 1e-6 else 1.0
