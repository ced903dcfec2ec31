"""Each member's share across the meeting, in the facilitator's meeting report."""

from __future__ import annotations

from datetime import datetime

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.coach.tally import MemberTally, member_tally
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import Role, TurnTaking
from intervisie_desktop.domain.report import MeetingFacts, meeting_report
from intervisie_desktop.domain.report_render import to_markdown
from intervisie_desktop.domain.text import LocalizedText

PEOPLE = Participants(("Anna", "Bram", "Chris"), case_presenter="Chris")


def block(name: str, turns: TurnTaking) -> Block:
    return Block(
        id=name,
        kind=BlockKind.STEP,
        title=LocalizedText(nl=name, en=name),
        planned_seconds=600,
        speakers=[Role.MEMBERS],
        turns=turns,
    )


def meeting() -> tuple[SessionEngine, Board]:
    clock = FakeClock()
    engine = SessionEngine(
        [block("questions", TurnTaking.NONE), block("advice", TurnTaking.MEMBERS)],
        clock,
        PEOPLE,
    )
    board = Board(
        items=[
            BoardItem(kind=ItemKind.QUESTION, text="Wat?", author="Anna", block_id="questions"),
            BoardItem(kind=ItemKind.QUESTION, text="Hoe?", author="Anna", block_id="questions"),
            BoardItem(kind=ItemKind.ADVICE, text="Als ik…", author="Bram", block_id="advice"),
            BoardItem(kind=ItemKind.NOTE, text="Let op tijd"),
            BoardItem(kind=ItemKind.QUESTION, text="Wie?", author="Guest", block_id="questions"),
        ]
    )
    engine.start()
    clock.advance(300)
    engine.next()
    clock.advance(150)
    engine.next_turn()  # Anna 2:30
    clock.advance(45)
    engine.next_turn()  # Bram 0:45
    return engine, board


def test_items_turns_and_time_spoken_per_member() -> None:
    engine, board = meeting()
    assert member_tally(engine, board) == (
        MemberTally("Anna", items=2, turns=1, seconds_spoken=150),
        MemberTally("Bram", items=1, turns=1, seconds_spoken=45),
        MemberTally("Chris", items=0, turns=0, seconds_spoken=0),
        MemberTally("Guest", items=1, turns=0, seconds_spoken=0),  # an author not on the list
    )


def test_the_meeting_report_shows_the_tally_in_both_languages() -> None:
    engine, board = meeting()
    facts = MeetingFacts("Vijf stappen", datetime(2025, 3, 4), "Hoe?", "Chris", PEOPLE.members)
    dutch = to_markdown(meeting_report(facts, engine, board, "nl"))
    assert "## Inbreng per deelnemer" in dutch
    assert "- Anna: 2 op de flap, 1 beurt, 2:30 gesproken" in dutch
    assert "- Chris: 0 op de flap, 0 beurten" in dutch
    english = to_markdown(meeting_report(facts, engine, board, "en"))
    assert "- Bram: 1 on the flip chart, 1 turn, 0:45 spoken" in english
