"""Turns inside a block: whose turn it is, and how long each person has.

Time inside a turn is measured on the block's own elapsed time, so pausing the
meeting pauses the turn too. The time of each finished turn is added to the
person's spoken seconds (for the meeting report's tally); a skipped turn adds
nothing, since the person is still to come.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intervisie_desktop.domain.agenda import Block


class TurnTracker:
    """Goes round a list of people; each has an equal share or a fixed time."""

    def __init__(self, people: list[str], seconds_per_turn: float) -> None:
        if not people:
            raise ValueError("turns need at least one person")
        self.people = list(people)
        self.seconds_per_turn = seconds_per_turn
        self.current: int | None = 0
        self.done: set[int] = set()
        self.turn_started_at = 0.0  # the block's elapsed seconds when this turn began
        self.spoken: dict[str, float] = {}  # seconds of finished turns, per person

    @property
    def current_person(self) -> str | None:
        return None if self.current is None else self.people[self.current]

    @property
    def pending(self) -> list[str]:
        """Who has not yet had (or finished) their turn, in order."""
        return [p for i, p in enumerate(self.people) if i not in self.done]

    def next_person(self) -> str | None:
        """Who comes after the current person (skipping those already done)."""
        index = self._next_pending(exclude_current=True)
        return None if index is None else self.people[index]

    def turn_remaining(self, block_elapsed: float) -> float:
        return self.seconds_per_turn - (block_elapsed - self.turn_started_at)

    def _next_pending(self, exclude_current: bool) -> int | None:
        start = -1 if self.current is None else self.current
        count = len(self.people)
        for step in range(1, count + 1):
            index = (start + step) % count
            if index not in self.done and not (exclude_current and index == self.current):
                return index
        return None

    def _begin(self, index: int | None, block_elapsed: float) -> None:
        self.current = index
        self.turn_started_at = block_elapsed

    def advance(self, block_elapsed: float) -> None:
        """The current person is done; go to the next one still pending."""
        if self.current is not None:
            self.done.add(self.current)
            person = self.people[self.current]
            turn = max(0.0, block_elapsed - self.turn_started_at)
            self.spoken[person] = self.spoken.get(person, 0.0) + turn
        self._begin(self._next_pending(exclude_current=True), block_elapsed)

    def skip(self, block_elapsed: float) -> None:
        """Pass over the current person for now; they stay pending."""
        if self.current is None:
            return
        following = self._next_pending(exclude_current=True)
        if following is not None:
            self._begin(following, block_elapsed)

    def back(self, block_elapsed: float) -> None:
        """Back to the previous person in the round, who is pending again."""
        count = len(self.people)
        start = count if self.current is None else self.current
        previous = (start - 1) % count
        self.done.discard(previous)
        self._begin(previous, block_elapsed)

    def mark_done(self, person: str, block_elapsed: float) -> None:
        index = self.people.index(person)
        if index == self.current:
            self.advance(block_elapsed)
        else:
            self.done.add(index)

    def restart(self) -> None:
        self.done.clear()
        self._begin(0, 0.0)


class BlockTurns:
    """The turn order of each block that runs in turns, made when the block is first
    asked for (who is present may change until then)."""

    def __init__(self, blocks: list[Block], taking_turns: Callable[[Block], list[str]]) -> None:
        self._blocks = blocks
        self._taking_turns = taking_turns  # who goes round in a block
        self._trackers: dict[int, TurnTracker] = {}

    def of(self, index: int) -> TurnTracker | None:
        """Block ``index``'s turns; None when it does not run in turns."""
        if index in self._trackers:
            return self._trackers[index]
        block = self._blocks[index]
        people = self._taking_turns(block)
        if not people:
            return None
        share = block.seconds_per_turn or block.planned_seconds / len(people)
        tracker = TurnTracker(people, share)
        self._trackers[index] = tracker
        return tracker

    def trackers(self) -> dict[int, TurnTracker]:
        """The turn orders made so far (see :mod:`snapshot`)."""
        return dict(self._trackers)

    def load(self, trackers: dict[int, TurnTracker]) -> None:
        self._trackers = dict(trackers)

    def restart(self, index: int) -> None:
        tracker = self._trackers.get(index)
        if tracker is not None:
            tracker.restart()
