"""Everyone gets a turn: who has contributed in a step, and who has not yet.

A member has had their turn in a step when the turn order marks them done, or
when the flip chart holds an item of theirs from that step. In a step that goes
round the table the list follows the turn order from whoever is next; in an open
round the hint is only due once the step is past half its time.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.board import Board
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import Role, TurnTaking
from intervisie_desktop.domain.turns import TurnTracker


@dataclass(frozen=True)
class TurnOverview:
    in_turns: bool  # the step goes round in a fixed order
    expected: tuple[str, ...]  # who should get a turn here, in turn order
    contributed: tuple[str, ...]  # who has had a turn or has an item on the flip chart here
    speaking: str | None  # whose turn it is now (steps in turns)
    not_yet: tuple[str, ...]  # who has not yet had a turn, in the order they come
    hint_due: bool  # time to show "not yet had a turn: …"


def _open_round_people(block: Block, participants: Participants) -> list[str]:
    """Who is expected to speak in a step without a turn order."""
    if Role.MEMBERS not in block.speakers:
        return []
    everyone = Role.CASE_PRESENTER in block.speakers
    turns = TurnTaking.EVERYONE if everyone else TurnTaking.MEMBERS
    return participants.taking_turns(turns, block.case_presenter)


def _from_next(tracker: TurnTracker) -> list[str]:
    """The turn order starting with whoever comes after the current speaker."""
    start = 0 if tracker.current is None else tracker.current + 1
    count = len(tracker.people)
    return [tracker.people[(start + step) % count] for step in range(count)]


def turn_overview(
    block: Block,
    participants: Participants,
    board: Board,
    tracker: TurnTracker | None,
    elapsed: float,
) -> TurnOverview | None:
    """Who has had a turn in ``block``; None where members are not meant to speak."""
    if tracker is not None:
        expected = list(tracker.people)
        upcoming = _from_next(tracker)
        speaking = tracker.current_person
        done = {tracker.people[i] for i in tracker.done}
    else:
        expected = upcoming = _open_round_people(block, participants)
        speaking = None
        done = set()
    if not expected:
        return None
    authors = {item.author for item in board.items if item.block_id == block.id}
    have = done | authors
    not_yet = tuple(p for p in upcoming if p not in have and p != speaking)
    half_way = elapsed * 2 >= block.planned_seconds
    return TurnOverview(
        in_turns=tracker is not None,
        expected=tuple(expected),
        contributed=tuple(p for p in expected if p in have),
        speaking=speaking,
        not_yet=not_yet,
        hint_due=bool(not_yet) and (tracker is not None or half_way),
    )


def current_turn_overview(engine: SessionEngine, board: Board) -> TurnOverview | None:
    """The overview for the block that is running now."""
    return turn_overview(engine.block, engine.participants, board, engine.turns(), engine.elapsed())
