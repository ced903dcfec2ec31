"""Does a method fit the meeting's time, and if not, what would it take?

The sources plan a meeting of about two hours around one method: a check-in,
introductions for a new group, roles and rules, explaining the method, the
method, and a joint evaluation (which the method's own last step already is).
A method is judged against the agenda it would get (see
:func:`~intervisie_desktop.domain.outline.adapt_outline`), and when it does not
fit, the smallest set of usual trims that makes it fit is proposed, e.g. "fits
if the check-in takes 5 minutes and the introductions are left out".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.methods import Method
from intervisie_desktop.domain.outline import (
    OutlineItem,
    Part,
    adapt_outline,
    method_minutes_left,
    outline_minutes,
)


@dataclass(frozen=True)
class Trim:
    """One change to the agenda: ``part`` takes ``minutes`` (0: it is left out)."""

    part: Part
    minutes: int

    @property
    def drops(self) -> bool:
        return self.minutes == 0


# the usual trims, least missed first; the method's own steps are never trimmed
TRIMS = (
    Trim(Part.COFFEE, 0),
    Trim(Part.CASE, 0),
    Trim(Part.CHECK_IN, 5),
    Trim(Part.INTRODUCTIONS, 0),
    Trim(Part.EVALUATION, 5),
    Trim(Part.REFLECTION, 0),
)


@dataclass(frozen=True)
class Fit:
    """``fits``: as planned; otherwise ``trims`` make it fit (None: nothing does)."""

    fits: bool
    trims: tuple[Trim, ...] | None = None
    method_minutes: int = 0  # what the agenda leaves for each case's method


@dataclass(frozen=True)
class AgendaFrame:
    """What the preparation knows of the meeting besides the method."""

    outline: tuple[OutlineItem, ...]
    available: int  # minutes for the whole meeting
    icebreaker: Icebreaker | None = None
    people: int = 6
    cases: int = 1

    def outline_for(self, method: Method) -> list[OutlineItem]:
        return adapt_outline(list(self.outline), method)

    def total(self, method: Method, outline: list[OutlineItem] | None = None) -> int:
        chosen = self.outline_for(method) if outline is None else outline
        return outline_minutes(chosen, method, self.icebreaker, self.people, self.cases)

    def other_minutes(self, method: Method) -> int:
        """The agenda's minutes outside the method's own steps."""
        return self.total(method) - method.total_minutes * self.cases

    def method_minutes(self, method: Method) -> int:
        return method_minutes_left(self.available, self.other_minutes(method), self.cases)

    def fit(self, method: Method) -> Fit:
        outline = self.outline_for(method)
        left = self.method_minutes(method)
        if self.total(method, outline) <= self.available:
            return Fit(True, (), left)
        usable = [t for t in TRIMS if _applies(t, outline, self.icebreaker)]
        for size in range(1, len(usable) + 1):  # fewest changes, then the least missed
            for trims in combinations(usable, size):
                if self.total(method, trimmed(outline, trims)) <= self.available:
                    return Fit(False, trims, left)
        return Fit(False, None, left)


def _applies(trim: Trim, outline: list[OutlineItem], icebreaker: Icebreaker | None) -> bool:
    item = next((i for i in outline if i.part is trim.part and i.enabled), None)
    if item is None:
        return False
    if trim.part is Part.INTRODUCTIONS:
        return icebreaker is not None
    return item.minutes > trim.minutes


def trimmed(outline: list[OutlineItem], trims: tuple[Trim, ...]) -> list[OutlineItem]:
    """The outline with ``trims`` applied (what "make it fit" does to the agenda)."""
    by_part = {t.part: t for t in trims}

    def apply(item: OutlineItem) -> OutlineItem:
        trim = by_part.get(item.part)
        if trim is None:
            return item
        if trim.drops:
            return replace(item, enabled=False)
        return replace(item, minutes=trim.minutes)

    return [apply(item) for item in outline]
