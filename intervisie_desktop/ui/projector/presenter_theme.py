"""Colours of the presenter view per timer phase, chosen for a contrast of 7:1 or more.

Colour is never the only signal: every phase also has a word and, in overrun,
a "+" before the time.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.projection import TimerPhase


@dataclass(frozen=True)
class PhaseColours:
    background: str
    text: str
    accent: str  # progress bar


NORMAL = PhaseColours("#0d2231", "#ffffff", "#7fc8f8")
THEME: dict[TimerPhase, PhaseColours] = {
    TimerPhase.READY: NORMAL,
    TimerPhase.NORMAL: NORMAL,
    TimerPhase.WARNING: PhaseColours("#ffc83d", "#101010", "#101010"),
    TimerPhase.OVERRUN: PhaseColours("#8c0a14", "#ffffff", "#ffffff"),
    TimerPhase.PAUSED: PhaseColours("#2b3a42", "#ffffff", "#b0bec5"),
    TimerPhase.FINISHED: NORMAL,
}
# High contrast: black and white with one bright accent per state, for bright rooms
# and weak projectors.
HIGH_CONTRAST: dict[TimerPhase, PhaseColours] = {
    TimerPhase.READY: PhaseColours("#000000", "#ffffff", "#ffffff"),
    TimerPhase.NORMAL: PhaseColours("#000000", "#ffffff", "#ffffff"),
    TimerPhase.WARNING: PhaseColours("#000000", "#ffe600", "#ffe600"),
    TimerPhase.OVERRUN: PhaseColours("#000000", "#ff8080", "#ff8080"),
    TimerPhase.PAUSED: PhaseColours("#000000", "#ffffff", "#ffffff"),
    TimerPhase.FINISHED: PhaseColours("#000000", "#ffffff", "#ffffff"),
}
THEMES = {"standard": THEME, "high_contrast": HIGH_CONTRAST}
FLASH = PhaseColours("#ffffff", "#8c0a14", "#8c0a14")
BLACKOUT = PhaseColours("#000000", "#c8c8c8", "#000000")


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, from 1 (none) to 21 (black on white)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
