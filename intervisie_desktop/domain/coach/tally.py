"""Each member's share of the meeting, for the facilitator's meeting report only."""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.board import Board
from intervisie_desktop.domain.engine import SessionEngine


@dataclass(frozen=True)
class MemberTally:
    name: str
    items: int  # items on the flip chart with this member as author
    turns: int  # steps in which this member's turn was finished
    seconds_spoken: float  # time of their finished turns in timed rounds


def member_tally(engine: SessionEngine, board: Board) -> tuple[MemberTally, ...]:
    """The members present in their order, then any other author on the board."""
    trackers = engine.turn_trackers().values()
    names = list(engine.participants.members)
    names += [a for a in dict.fromkeys(i.author for i in board.items) if a and a not in names]
    return tuple(
        MemberTally(
            name=name,
            items=sum(item.author == name for item in board.items),
            turns=sum(name in {t.people[i] for i in t.done} for t in trackers),
            seconds_spoken=sum(t.spoken.get(name, 0.0) for t in trackers),
        )
        for name in names
    )
