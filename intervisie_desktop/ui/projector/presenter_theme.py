"""Colours of the presenter view per timer phase, chosen for a contrast of 7:1 or more.

Colour is never the only signal: every phase also has a word and, in overrun,
a "+" before the time.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.projection import TimerPhase
from intervisie_desktop.domain.settings import Settings


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
# The calm warning style: the screen keeps its normal colours and only the clock turns
# amber, then soft red (each 7:1 or more on the normal background).
CLOCK_ONLY: dict[str, dict[TimerPhase, str]] = {
    "standard": {TimerPhase.WARNING: "#ffc83d", TimerPhase.OVERRUN: "#ff9e9e"},
    "high_contrast": {TimerPhase.WARNING: "#ffe600", TimerPhase.OVERRUN: "#ff8080"},
}
FLASH = PhaseColours("#ffffff", "#8c0a14", "#8c0a14")
BLACKOUT = PhaseColours("#000000", "#c8c8c8", "#000000")


@dataclass(frozen=True)
class Looks:
    """The projector settings: colour theme, blackout colour, text size, warning style."""

    theme: str = "standard"
    blackout_colour: str = BLACKOUT.background
    font_scale: float = 1.0
    clock_only_warnings: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> Looks:
        return cls(
            settings.presenter_theme,
            settings.blackout_colour,
            settings.presenter_font_scale,
            clock_only_warnings=settings.warning_style == "clock_only",
        )

    @property
    def colours(self) -> dict[TimerPhase, PhaseColours]:
        return THEMES.get(self.theme, THEME)

    def phase_colours(self, phase: TimerPhase, flash: bool) -> tuple[PhaseColours, str]:
        """The screen's colours and the clock's colour in ``phase``."""
        if self.clock_only_warnings and phase in (TimerPhase.WARNING, TimerPhase.OVERRUN):
            normal = self.colours[TimerPhase.NORMAL]
            return normal, CLOCK_ONLY.get(self.theme, CLOCK_ONLY["standard"])[phase]
        colours = FLASH if flash else self.colours[phase]
        return colours, colours.text
