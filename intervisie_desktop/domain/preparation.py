"""A prepared meeting: what the preparation screen hands to the session engine."""

from __future__ import annotations

from dataclasses import dataclass, field

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.meeting import Attendance
from intervisie_desktop.domain.methods import Method, MethodLibrary
from intervisie_desktop.domain.online.presence import Presence
from intervisie_desktop.domain.outline import OutlineItem, build_meeting_agenda

GROUP_MIN, GROUP_MAX = 4, 8  # participants besides the facilitator


def group_size_warning(present: int) -> str | None:
    """'small' or 'large' when the group is outside 4-8; never blocks."""
    if present < GROUP_MIN:
        return "small"
    if present > GROUP_MAX:
        return "large"
    return None


@dataclass(frozen=True)
class PreparedMeeting:
    group: Group | None
    attendance: Attendance
    case_question: str
    method: Method
    icebreaker: Icebreaker | None
    outline: tuple[OutlineItem, ...]
    second_case_question: str = ""
    presence: Presence = field(default_factory=Presence)  # who joins by video call

    def blocks(self, library: MethodLibrary) -> list[Block]:
        people = len(self.attendance.present)
        return build_meeting_agenda(
            list(self.outline),
            self.method,
            library.rules_for(self.method, call=self.presence.anyone_in_call),
            self.icebreaker,
            people,
            second_case_presenter=self.attendance.second_case_presenter,
        )
