"""A group's history: past meetings, roles, action plans and their follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.rotation import PastRoles


@dataclass(frozen=True)
class FollowUp:
    """Last time's action plan, to ask about at the start of the next meeting."""

    meeting_id: str
    date: datetime
    case_presenter: str | None
    actions: tuple[str, ...]


def past_roles(meetings: list[Meeting]) -> list[PastRoles]:
    return [
        PastRoles(
            m.created,
            tuple(p for p in (m.attendance.case_presenter,) if p),
            m.attendance.facilitator,
        )
        for m in meetings
        if m.clock is not None
    ]


def latest_follow_up(meetings: list[Meeting], before: datetime) -> FollowUp | None:
    """The most recent earlier meeting with an action plan that was not followed up yet."""
    candidates = sorted(
        (m for m in meetings if m.created < before and m.action_plan() and not m.followed_up),
        key=lambda m: m.created,
    )
    if not candidates:
        return None
    last = candidates[-1]
    return FollowUp(
        last.id, last.created, last.attendance.case_presenter, tuple(last.action_plan())
    )


def recent_icebreakers(meetings: list[Meeting], count: int = 3) -> list[str]:
    """The icebreakers of the group's last ``count`` meetings (oldest first), so the
    picker can avoid repeating them."""
    ordered = sorted(meetings, key=lambda m: m.created)
    return [m.icebreaker_id for m in ordered[-count:] if m.icebreaker_id]


def evaluations(meeting: Meeting) -> list[str]:
    return [item.text for item in meeting.board.of_kind(ItemKind.EVALUATION)]
