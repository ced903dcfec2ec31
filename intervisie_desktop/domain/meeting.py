"""A meeting as it is stored: who, what case, which agenda, the board, and the clock.

One meeting is one file. Everything needed to show, resume or report on it is
inside, so a meeting stays readable even if its method is later changed. The
line being typed on the flap (the draft) is kept too, so a crash costs no
half-typed question, and a meeting the facilitator closed for good is no
longer offered for resuming.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.board import Board, ItemKind
from intervisie_desktop.domain.bounds import (
    MAX_BLOCKS,
    MAX_ITEMS,
    MAX_PEOPLE,
    FileId,
    Line,
    Moment,
    Reference,
    Text,
)
from intervisie_desktop.domain.engine import Participants, RunState
from intervisie_desktop.domain.online.presence import Presence
from intervisie_desktop.domain.projection import MeetingRole, RoleHolder
from intervisie_desktop.domain.snapshot import EngineSnapshot


def new_meeting_id() -> str:
    return uuid.uuid4().hex[:16]


class Attendance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    present: Annotated[list[Line], Field(max_length=MAX_PEOPLE)] = []
    case_presenter: Line | None = None
    second_case_presenter: Line | None = None  # a second case in the same meeting
    facilitator: Line | None = None
    scribe: Line | None = None
    online: Annotated[list[Line], Field(max_length=MAX_PEOPLE)] = []  # in a hybrid meeting

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


class Draft(BaseModel):
    """Text typed into the flap's entry line but not entered yet, with what it would be."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: Text
    kind: ItemKind
    block_id: Reference | None = None  # the block it was typed in
    author: Line | None = None


class DismissedHint(BaseModel):
    """A coach's hint the facilitator set aside for one item (it stays aside)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item_id: Reference
    code: Reference


class Meeting(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: FileId = Field(default_factory=new_meeting_id)
    group_id: FileId | None = None
    title: Line = ""  # the method's name, as shown
    method_id: Reference | None = None
    icebreaker_id: Reference | None = None
    created: Moment
    case_question: Text = ""
    second_case_question: Text = ""
    attendance: Attendance = Attendance()
    blocks: Annotated[list[Block], Field(min_length=1, max_length=MAX_BLOCKS)]
    board: Board = Board()
    clock: EngineSnapshot | None = None  # None until the meeting has started
    followed_up: bool = False  # its action plan was discussed at a later meeting
    draft: Draft | None = None  # the entry line's text when it was saved
    closed: bool = False  # closed for good unfinished: never offered for resuming again
    online: bool = False  # held in a video call (everyone), see also attendance.online
    coach_dismissed: Annotated[list[DismissedHint], Field(max_length=MAX_ITEMS)] = []

    @model_validator(mode="after")
    def _clock_fits_the_agenda(self) -> Self:
        if self.clock is not None and len(self.clock.counted) != len(self.blocks):
            raise ValueError("the clock does not fit the agenda (another number of blocks)")
        return self

    @property
    def unfinished(self) -> bool:
        """Started, not finished and not closed for good: the app offers to resume it."""
        return (
            self.clock is not None
            and self.clock.state in (RunState.RUNNING, RunState.PAUSED)
            and not self.closed
        )

    def presence(self) -> Presence:
        """Who was in the room and who in a video call."""
        return Presence.of(self.online, self.attendance.online)

    def action_plan(self) -> list[str]:
        return [item.text for item in self.board.of_kind(ItemKind.ACTION)]
