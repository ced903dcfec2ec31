"""A meeting as it is stored: who, what case, which agenda, the board, and the clock.

One meeting is one file. Everything needed to show, resume or report on it is
inside, so a meeting stays readable even if its method is later changed.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.board import Board, ItemKind
from intervisie_desktop.domain.engine import Participants
from intervisie_desktop.domain.projection import MeetingRole, RoleHolder
from intervisie_desktop.domain.snapshot import EngineSnapshot


def new_meeting_id() -> str:
    return uuid.uuid4().hex[:16]


class Attendance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    present: list[str] = []
    case_presenter: str | None = None
    second_case_presenter: str | None = None  # a second case in the same meeting
    facilitator: str | None = None
    scribe: str | None = None

    def participants(self) -> Participants:
        return Participants(tuple(self.present), self.case_presenter)

    def roles_today(self) -> tuple[RoleHolder, ...]:
        """Who has which role in this meeting, for the room (unnamed roles left out)."""
        named = (
            (MeetingRole.CASE_PRESENTER, self.case_presenter),
            (MeetingRole.SECOND_CASE_PRESENTER, self.second_case_presenter),
            (MeetingRole.FACILITATOR, self.facilitator),
            (MeetingRole.SCRIBE, self.scribe),
        )
        return tuple(
            RoleHolder(role, name.strip()) for role, name in named if name and name.strip()
        )


class Meeting(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=new_meeting_id)
    group_id: str | None = None
    title: str = ""  # the method's name, as shown
    method_id: str | None = None
    icebreaker_id: str | None = None
    created: datetime
    case_question: str = ""
    second_case_question: str = ""
    attendance: Attendance = Attendance()
    blocks: list[Block]
    board: Board = Board()
    clock: EngineSnapshot | None = None  # None until the meeting has started
    followed_up: bool = False  # its action plan was discussed at a later meeting

    def action_plan(self) -> list[str]:
        return [item.text for item in self.board.of_kind(ItemKind.ACTION)]
