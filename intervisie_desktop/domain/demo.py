"""A fictional group and a meeting in progress, so anyone can try every feature.

All names and the case are made up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from intervisie_desktop.domain.agenda import build_agenda, method_blocks
from intervisie_desktop.domain.board import Board, BoardItem, EvaluationTopic, ItemKind
from intervisie_desktop.domain.clock import Clock, FakeClock
from intervisie_desktop.domain.demo_board import demo_board
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.meeting import Attendance, Meeting
from intervisie_desktop.domain.meeting_start import MeetingStart
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.rotation import PastRoles
from intervisie_desktop.domain.snapshot import take_snapshot
from intervisie_desktop.domain.text import LocalizedText

DEMO_GROUP = LocalizedText(nl="Intervisiegroep Wijkteam Oost", en="Intervisie group Wijkteam Oost")
DEMO_MEMBERS = ("Anna", "Bram", "Chris", "Dewi", "Eva", "Farid")
DEMO_CASE_PRESENTER = "Dewi"
DEMO_CASE_QUESTION = LocalizedText(
    nl="Hoe kan ik vaker nee zeggen tegen extra taken, zonder dat de samenwerking met "
    "mijn teamleider eronder lijdt?",
    en="How can I say no to extra tasks more often without harming the working "
    "relationship with my team leader?",
)
DEMO_METHOD = "tienstappen"
DEMO_GROUP_ID = "demo-wijkteam-oost"
DEMO_ICEBREAKER = "geluksmomentje"

# Seconds spent on each block so far; the meeting is now in the last entry's block.
_REPLAY = (
    ("icebreaker", [9 * 60 + 40, 4 * 60 + 10]),
    ("rules", [5 * 60 + 30]),
    ("steps", [6 * 60 + 5, 9 * 60 + 50, 3 * 60 + 25]),
)


class AdvancingClock(Clock, Protocol):
    def advance(self, seconds: float) -> None: ...


@dataclass
class DemoMeeting:
    engine: SessionEngine
    title: str
    reminder_rules: list[LocalizedText]
    case_question: LocalizedText
    board: Board
    language: str = "nl"

    def record(self, group_id: str, created: datetime) -> Meeting:
        """The meeting as it is saved (the autosave keeps it up to date)."""
        return Meeting(
            group_id=group_id,
            title=self.title,
            method_id=DEMO_METHOD,
            icebreaker_id=DEMO_ICEBREAKER,
            created=created,
            case_question=self.case_question.get(self.language),
            attendance=Attendance(
                present=list(DEMO_MEMBERS), case_presenter=DEMO_CASE_PRESENTER, facilitator=None
            ),
            blocks=self.engine.blocks,
            board=self.board,
        )

    def start(self, group_id: str, created: datetime) -> MeetingStart:
        """The demo as a meeting to run."""
        return MeetingStart(self.engine, self.record(group_id, created), self.reminder_rules)


def replay_seconds() -> float:
    """How far in the past the demo meeting began."""
    return float(sum(sum(durations) for _, durations in _REPLAY))


def build_demo_meeting(
    library: MethodLibrary, icebreakers: list[Icebreaker], clock: AdvancingClock, language: str
) -> DemoMeeting:
    """The demo meeting, replayed on ``clock`` up to the middle of step 3."""
    method = library.get(DEMO_METHOD)
    icebreaker = next(i for i in icebreakers if i.id == DEMO_ICEBREAKER)
    rules = library.rules_for(method)
    blocks = build_agenda(method, rules, icebreaker, people=len(DEMO_MEMBERS))
    engine = SessionEngine(
        blocks, clock, Participants(DEMO_MEMBERS, case_presenter=DEMO_CASE_PRESENTER)
    )
    engine.set_end_by(
        (clock.wall() + timedelta(hours=2)).replace(second=0, microsecond=0) + timedelta(minutes=15)
    )
    engine.start()
    durations = [d for _, ds in _REPLAY for d in ds]
    for index, seconds in enumerate(durations):
        if index == 0:
            for _ in DEMO_MEMBERS[:-1]:  # the happy-moment round, one by one
                clock.advance(seconds / len(DEMO_MEMBERS))
                engine.next_turn()
            clock.advance(seconds / len(DEMO_MEMBERS))
        else:
            clock.advance(seconds)
        if index < len(durations) - 1:
            engine.next()
    return DemoMeeting(
        engine,
        method.name.get(language),
        [r.text for r in rules],
        DEMO_CASE_QUESTION,
        demo_board(language),
        language,
    )


def demo_group() -> Group:
    """The fictional group, with a fixed id so the demo's history belongs to it."""
    return Group(
        id=DEMO_GROUP_ID,
        name=DEMO_GROUP.nl,
        members=[Member(name=name) for name in DEMO_MEMBERS],
    )


def demo_history(today: datetime) -> list[PastRoles]:
    """Three earlier meetings, a month apart: who brought a case, who facilitated."""
    return [
        PastRoles(today - timedelta(days=91), ("Anna",), "Bram"),
        PastRoles(today - timedelta(days=63), ("Chris",), "Bram"),
        PastRoles(today - timedelta(days=28), ("Eva", "Farid"), "Anna"),
    ]


def demo_past_meetings(library: MethodLibrary, today: datetime, language: str) -> list[Meeting]:
    """The group's three earlier meetings, finished, with action plans and evaluations."""
    past = []
    plans = (
        (
            "Anna",
            "vijfstappen",
            "Ik plan elke vrijdag een half uur om mijn week te ordenen.",
            "Every Friday I plan half an hour to sort out my week.",
            True,
        ),
        (
            "Chris",
            "incident",
            "Ik bespreek het incident met mijn leidinggevende.",
            "I discuss the incident with my manager.",
            True,
        ),
        (
            "Eva",
            "roddel",
            "Ik vraag twee collega's om feedback op mijn presentatie.",
            "I ask two colleagues for feedback on my presentation.",
            False,
        ),
    )
    for roles, plan in zip(demo_history(today), plans, strict=True):
        presenter, method_id, action_nl, action_en, followed = plan
        method = library.get(method_id)
        board = Board()
        board.add(
            BoardItem(
                kind=ItemKind.ACTION,
                author=presenter,
                text=action_en if language == "en" else action_nl,
            )
        )
        board.add(
            BoardItem(
                kind=ItemKind.EVALUATION,
                author=presenter,
                topic=EvaluationTopic.METHOD,
                text="Fijne, rustige werkvorm." if language != "en" else "A calm, pleasant method.",
            )
        )
        blocks = method_blocks(method)
        clock = FakeClock(roles.date)
        engine = SessionEngine(blocks, clock)
        engine.start()
        for block in blocks:
            clock.advance(block.planned_seconds)
            engine.next()
        engine.finish()  # "next" on the last block only asks to finish
        past.append(
            Meeting(
                group_id=DEMO_GROUP_ID,
                title=method.name.get(language),
                method_id=method_id,
                created=roles.date,
                attendance=Attendance(
                    present=list(DEMO_MEMBERS),
                    case_presenter=presenter,
                    facilitator=roles.facilitator,
                ),
                blocks=blocks,
                board=board,
                clock=take_snapshot(engine),
                followed_up=followed,
            )
        )
    return past
