"""Data folders to measure with, written through the store's own API.

A *full* folder is what a facilitator has after years of use: 30 groups and
1,000 finished meetings, each with a board of ordinary size.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.meeting import Attendance, Meeting
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.snapshot import take_snapshot
from intervisie_desktop.store.repository import DataFolder

FULL_GROUPS = 30
FULL_MEETINGS = 1000
ITEMS_PER_MEETING = 40
NAMES = ("Anna", "Bram", "Chris", "Dewi", "Eva", "Farid", "Gert", "Hanna")
METHODS = ("tienstappen", "vijfstappen", "incident", "roddel")


def board_of(items: int, kinds: tuple[ItemKind, ...] = tuple(ItemKind)) -> Board:
    """A board with ``items`` items of ``kinds`` in turn, of ordinary length."""
    board = Board()
    for number in range(items):
        board.add(
            BoardItem(
                kind=kinds[number % len(kinds)],
                text=f"Bord-item {number}: een vraag, advies of notitie van gewone lengte.",
                author=NAMES[number % 4],
            )
        )
    return board


def meeting_with(
    library: MethodLibrary,
    items: int,
    created: datetime,
    *,
    method_id: str = "tienstappen",
    group: Group | None = None,
    finished: bool = False,
) -> Meeting:
    """A meeting of ``method_id`` with ``items`` board items; run to its end if asked."""
    method = library.get(method_id)
    blocks = build_agenda(method, library.rules_for(method))
    members = group.member_names() if group else list(NAMES[:5])
    meeting = Meeting(
        group_id=group.id if group else None,
        title=method.name.nl,
        method_id=method.id,
        created=created,
        case_question="Hoe kan ik vaker nee zeggen tegen extra taken?",
        attendance=Attendance(present=members, case_presenter=members[0]),
        blocks=blocks,
        board=board_of(items),
    )
    if finished:
        clock = FakeClock(created)
        engine = SessionEngine(blocks, clock, Participants(tuple(members), members[0]))
        engine.start()
        for block in blocks:
            clock.advance(block.planned_seconds)
            engine.next()
        engine.finish()  # the last "next" only asks whether to finish
        meeting.clock = take_snapshot(engine)
    return meeting


def fill(
    root: Path,
    library: MethodLibrary,
    *,
    groups: int = FULL_GROUPS,
    meetings: int = FULL_MEETINGS,
    items: int = ITEMS_PER_MEETING,
) -> None:
    """Write ``groups`` groups and ``meetings`` finished meetings, a week apart per group."""
    now = datetime.now().astimezone().replace(microsecond=0)
    made = [
        Group(
            name=f"Intervisiegroep {number + 1}",
            members=[Member(name=NAMES[(number + k) % len(NAMES)]) for k in range(6)],
        )
        for number in range(groups)
    ]
    with DataFolder.open(root) as folder:
        for group in made:
            folder.save_group(group)
        for number in range(meetings):
            folder.save_meeting(
                meeting_with(
                    library,
                    items,
                    now - timedelta(days=7 * (number // max(groups, 1) + 1)),
                    method_id=METHODS[number % len(METHODS)],
                    group=made[number % groups] if groups else None,
                    finished=True,
                )
            )
        folder.list_meetings()  # the index, as the app leaves it


def empty(root: Path) -> None:
    """A data folder as the app leaves it on first use."""
    DataFolder.open(root).close()
