"""The session engine: runs a meeting's agenda against an injected clock.

Remaining time is always *planned − elapsed*, where elapsed is the sum of the
closed running segments plus ``now − start`` of the open one (:mod:`run_log`).
That is the same as counting down to a deadline, and nothing depends on how often
anyone asks: a timer that fires late only repaints late, the time itself is never
wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.bounds import MAX_BLOCK_SECONDS
from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.methods import TurnTaking
from intervisie_desktop.domain.replan import ReplanProposal, minutes_to_move, propose_replan
from intervisie_desktop.domain.run_log import RunLog, Segment
from intervisie_desktop.domain.turns import BlockTurns, TurnTracker

MINUTE = 60


class RunState(StrEnum):
    READY = "ready"  # not started yet
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class Participants:
    """Who is present: the members and which of them presents the case."""

    members: tuple[str, ...] = ()
    case_presenter: str | None = None

    def taking_turns(self, turns: TurnTaking, case_presenter: str | None = None) -> list[str]:
        """Who goes round; ``case_presenter`` overrides the meeting's (the second case)."""
        presenter = case_presenter or self.case_presenter
        if turns is TurnTaking.EVERYONE:
            return list(self.members)
        if turns is TurnTaking.MEMBERS:
            return [m for m in self.members if m != presenter]
        return []


class StaleProposalError(RuntimeError):
    """The meeting changed after the re-plan proposal was made."""


class SessionEngine:
    """Start, pause, move between blocks, adjust time, take turns, re-plan."""

    def __init__(
        self, blocks: list[Block], clock: Clock, participants: Participants | None = None
    ) -> None:
        if not blocks:
            raise ValueError("an agenda needs at least one block")
        self.blocks = blocks
        self.clock = clock
        self.participants = participants or Participants()
        self.state = RunState.READY
        self.current = 0
        self.log = RunLog(clock, len(blocks))  # what the clock actually did, per block
        self.end_by: datetime | None = None
        self.revision = 0  # bumps on every change, so views and proposals can tell
        # "Next" was pressed on the last block: the meeting asks "finish?" before it ends
        self.closing_asked = False
        self._turns = BlockTurns(
            blocks, lambda block: self.participants.taking_turns(block.turns, block.case_presenter)
        )
        self._replan: tuple[tuple[int, int, bool, int], ReplanProposal | None] | None = None

    # ----- queries -------------------------------------------------------------------

    @property
    def block(self) -> Block:
        return self.blocks[self.current]

    def elapsed(self, index: int | None = None) -> float:
        """Seconds counted against a block's countdown (since its last restart)."""
        return self.log.elapsed(self.current if index is None else index)

    @property
    def in_progress(self) -> bool:
        """Started and not finished: leaving now would interrupt the meeting."""
        return self.state in (RunState.RUNNING, RunState.PAUSED)

    def remaining(self) -> float:
        """Seconds left on the current block; negative once it runs over."""
        return self.block.planned_seconds - self.elapsed()

    def overrun(self) -> float:
        return max(0.0, -self.remaining())

    def progress(self) -> float:
        return min(1.0, self.elapsed() / self.block.planned_seconds)

    def projected_end(self) -> datetime:
        """When the meeting ends if every block from now on takes its planned time."""
        if self.state is RunState.FINISHED and self.log.segments:
            last = self.log.segments[-1].wall_end
            assert last is not None
            return last
        left = max(0.0, self.remaining())
        left += sum(b.planned_seconds for b in self.blocks[self.current + 1 :])
        return self.clock.wall() + timedelta(seconds=left)

    def budget_difference(self) -> float | None:
        """Seconds to spare before the time budget (negative: running late)."""
        if self.end_by is None:
            return None
        return (self.end_by - self.projected_end()).total_seconds()

    # ----- restoring (see snapshot.py) ---------------------------------------------------

    def turn_trackers(self) -> dict[int, TurnTracker]:
        return self._turns.trackers()

    def load_state(
        self,
        *,
        state: RunState,
        current: int,
        counted: list[float],
        segments: list[Segment],
        open_segment: Segment | None,
        end_by: datetime | None,
        turns: dict[int, TurnTracker],
    ) -> None:
        """Put the engine back into a saved state (used by :mod:`snapshot`)."""
        if len(counted) != len(self.blocks) or not 0 <= current < len(self.blocks):
            raise ValueError("the saved state does not fit this agenda")
        self.state = state
        self.current = current
        self.log.load(counted, segments, open_segment)
        self.end_by = end_by
        self._turns.load(turns)
        self.closing_asked = False
        self.revision += 1

    # ----- turns ---------------------------------------------------------------------

    def turns(self) -> TurnTracker | None:
        """The turn order of the current block, if it runs in turns."""
        return self._turns.of(self.current)

    def next_turn(self) -> None:
        self._with_turns(lambda t: t.advance(self.elapsed()))

    def skip_turn(self) -> None:
        self._with_turns(lambda t: t.skip(self.elapsed()))

    def previous_turn(self) -> None:
        self._with_turns(lambda t: t.back(self.elapsed()))

    def mark_turn_done(self, person: str) -> None:
        self._with_turns(lambda t: t.mark_done(person, self.elapsed()))

    def _with_turns(self, action: Callable[[TurnTracker], None]) -> None:
        tracker = self.turns()
        if tracker is None:
            return
        action(tracker)
        self.revision += 1

    # ----- running -------------------------------------------------------------------

    def _changed(self) -> None:
        self.revision += 1

    def start(self) -> None:
        """Start the meeting (or resume it when paused)."""
        if self.state in (RunState.READY, RunState.PAUSED):
            self.state = RunState.RUNNING
            self.log.open(self.current)
            self._changed()

    def pause(self) -> None:
        if self.state is RunState.RUNNING:
            self.log.close()
            self.state = RunState.PAUSED
            self._changed()

    def toggle_pause(self) -> None:
        if self.state is RunState.RUNNING:
            self.pause()
        else:
            self.start()

    def jump(self, index: int) -> None:
        """Go to any block. Moving on always runs the new block's clock, except
        before the meeting has started."""
        if not 0 <= index < len(self.blocks):
            raise IndexError(index)
        self.log.close()
        self.current = index
        self.closing_asked = False
        if self.state is not RunState.READY:
            self.state = RunState.RUNNING
            self.log.open(self.current)
        self._changed()

    def next(self) -> None:
        """The next block. On the last block the first press only asks to finish
        (:attr:`closing_asked`, the clock runs on); the second press finishes, so a
        meeting never ends by one stray press of a clicker."""
        if self.state is RunState.FINISHED:
            return
        if self.current + 1 < len(self.blocks):
            self.jump(self.current + 1)
        elif self.state is RunState.READY:
            return
        elif self.closing_asked:
            self.finish()
        else:
            self.closing_asked = True
            self._changed()

    def previous(self) -> None:
        """The previous block, its clock where it was left. While asking to finish,
        this only takes the question back; after finishing, it reopens the last block."""
        if self.closing_asked:
            self.closing_asked = False
            self._changed()
        elif self.state is RunState.FINISHED:
            self.state = RunState.PAUSED
            self.jump(self.current)
        elif self.current > 0:
            self.jump(self.current - 1)

    def add_minutes(self, minutes: int) -> None:
        """A minute more (or less, with a negative number) on the current block;
        a block never gets shorter than one minute, nor longer than a day."""
        block = self.block
        longer = block.planned_seconds + minutes * MINUTE
        block.planned_seconds = min(MAX_BLOCK_SECONDS, max(MINUTE, longer))
        self._changed()

    def restart_block(self) -> None:
        """Start the current block's countdown again (its time so far stays recorded)."""
        running = self.state is RunState.RUNNING
        self.log.close()
        self.log.restart(self.current)
        self._turns.restart(self.current)
        if running:
            self.log.open(self.current)
        self._changed()

    def finish(self) -> None:
        self.closing_asked = False
        if self.state is not RunState.FINISHED:
            self.log.close()
            self.state = RunState.FINISHED
            self._changed()

    # ----- time budget ---------------------------------------------------------------

    def set_end_by(self, end_by: datetime | None) -> None:
        self.end_by = end_by
        self._changed()

    def replan_proposal(self) -> ReplanProposal | None:
        """How to fit the rest of the meeting into the budget, or None if it fits
        within a minute either way (or no budget is set). Asked every second (the
        re-plan button): worked out again only when the meeting or the whole minutes
        to move change."""
        difference = self.budget_difference()
        if difference is None or abs(difference) < MINUTE:
            return None
        key = (self.revision, self.current, difference < 0, minutes_to_move(difference))
        if self._replan is None or self._replan[0] != key:
            proposal = propose_replan(self.blocks, self.current + 1, difference, self.revision)
            useful = proposal.changes or proposal.shortfall_seconds
            self._replan = (key, proposal if useful else None)
        return self._replan[1]

    def accept_replan(self, proposal: ReplanProposal) -> None:
        if proposal.revision != self.revision:
            raise StaleProposalError("the meeting changed since this proposal was made")
        for change in proposal.changes:
            seconds = min(MAX_BLOCK_SECONDS, max(MINUTE, change.new_seconds))
            self.blocks[change.index].planned_seconds = seconds
        self._changed()
