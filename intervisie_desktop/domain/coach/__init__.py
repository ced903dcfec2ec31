"""The coach: a second pair of eyes for the facilitator, on the laptop only.

- :mod:`.checker` checks each flip-chart item against the method's rules
  (open questions, no "why", no hidden advice, one question or advice per item,
  definitions in the first person and about the case presenter, advice from the
  speaker) with transparent pattern tables per language (:mod:`.dutch`,
  :mod:`.english`).
- :mod:`.everyone` tells who has had a turn in a step and who has not yet;
  :mod:`.tally` counts each member's contributions across the meeting.

Hints are kept apart from the board, keyed by item id: they are no field of a
board item, so they cannot reach the projector, a shared list or an export.
"""

from intervisie_desktop.domain.coach.checker import (
    CODES_FOR_KIND,
    BoardHints,
    Coach,
    Dismissed,
    exempt_in_block,
)
from intervisie_desktop.domain.coach.hints import OWN_RULES, Hint, HintCode

__all__ = [
    "CODES_FOR_KIND",
    "OWN_RULES",
    "BoardHints",
    "Coach",
    "Dismissed",
    "Hint",
    "HintCode",
    "exempt_in_block",
]
