"""Rotation suggestions: whose turn is it to bring a case, or to facilitate?

For one meeting the suggestions are a ranking (who waited longest first). For a
series, :func:`rotate` fills every meeting in turn with two promises: who has
waited longest goes first, and nobody goes twice before everyone has been once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PastRoles:
    """The roles of one past meeting."""

    date: datetime
    case_presenters: tuple[str, ...]
    facilitator: str | None


@dataclass(frozen=True)
class Suggestion:
    member: str
    last_time: datetime | None  # None: never yet


def _longest_ago(members: list[str], last: dict[str, datetime]) -> list[Suggestion]:
    """Never first (in member order), then the longest ago."""
    never = [Suggestion(m, None) for m in members if m not in last]
    done = sorted(
        (Suggestion(m, last[m]) for m in members if m in last),
        key=lambda s: s.last_time or datetime.min,
    )
    return never + done


def _last_turns(
    history: list[PastRoles], people: Callable[[PastRoles], Iterable[str | None]]
) -> dict[str, datetime]:
    last: dict[str, datetime] = {}
    for meeting in history:
        for person in people(meeting):
            if person and (person not in last or last[person] < meeting.date):
                last[person] = meeting.date
    return last


def first_in_line(suggestions: list[Suggestion], count: int) -> list[Suggestion]:
    """The first ``count`` in line, and everyone who has waited just as long: in a new
    group nobody has had a turn yet, so every member qualifies and all are shown."""
    top = suggestions[:count]
    if not top:
        return []
    last = top[-1].last_time
    return top + [s for s in suggestions[count:] if s.last_time == last]


def case_suggestions(members: list[str], history: list[PastRoles]) -> list[Suggestion]:
    """Who has not brought a case for the longest time."""
    return _longest_ago(members, _last_turns(history, lambda m: m.case_presenters))


def facilitator_suggestions(members: list[str], history: list[PastRoles]) -> list[Suggestion]:
    """Who has not facilitated yet, then who did it longest ago."""
    return _longest_ago(members, _last_turns(history, lambda m: (m.facilitator,)))


@dataclass(frozen=True)
class Slot:
    """One turn to fill in a series: someone chosen by hand, or anyone not excluded
    (e.g. the facilitator may not be that meeting's case presenter)."""

    fixed: str | None = None
    excluded: frozenset[str] = frozenset()


_SEARCH_BUDGET = 20_000  # tried placements before falling back to the simple rule


@dataclass
class _Search:
    members: frozenset[str]
    slots: list[Slot]
    budget: int = _SEARCH_BUDGET

    def fill(
        self, index: int, order: tuple[str, ...], done: frozenset[str]
    ) -> list[str | None] | None:
        """Fill slots[index:]; None when the promises cannot be kept from here."""
        if index == len(self.slots):
            return []
        self.budget -= 1
        if self.budget < 0:
            return None
        slot = self.slots[index]
        if slot.fixed is not None:
            candidates: list[str] = [slot.fixed]
        else:
            candidates = [m for m in order if m not in done and m not in slot.excluded]
        for person in candidates:
            next_order, next_done = order, done
            if person in self.members:
                next_order = (*(m for m in order if m != person), person)
                next_done = done | {person}
                if next_done >= self.members:
                    next_done = frozenset()  # everyone had a turn: a new round
            rest = self.fill(index + 1, next_order, next_done)
            if rest is not None:
                return [person, *rest]
        return None


def _simple_fill(order: list[str], slots: list[Slot]) -> list[str | None]:
    """Longest waiting first, ignoring rounds: for what the promises cannot cover."""
    queue = list(order)
    filled: list[str | None] = []
    for slot in slots:
        person = slot.fixed or next((m for m in queue if m not in slot.excluded), None)
        if person in queue:
            queue.remove(person)
            queue.append(person)
        filled.append(person)
    return filled


def rotate(waiting: list[Suggestion], slots: list[Slot]) -> list[str | None]:
    """One person per slot, from ``waiting`` (who waited longest first, as the
    suggestion functions give it).

    Who waited longest goes first; nobody goes twice before everyone has been once
    (a person fixed by hand counts for that round). When no choice can keep both
    promises (a group of one, or hand-made choices in the way), the longest waiting
    who is not excluded is taken; None only when nobody is left.
    """
    order = tuple(s.member for s in waiting)
    search = _Search(frozenset(order), slots)
    found = search.fill(0, order, frozenset())
    return found if found is not None else _simple_fill(list(order), slots)
