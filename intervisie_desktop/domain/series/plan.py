"""A group's series of meetings: when and where, and who brings a case and facilitates.

A series is planned from a start date, a rhythm (every N weeks), a time, a
duration, a place (or online) and a number of meetings. Each planned meeting
gets a case presenter and a facilitator from the rotation (who waited longest;
nobody twice before everyone once). The facilitator changes anything by hand;
choices made by hand are kept when the rest is filled in again.

Models are immutable: every edit returns a new :class:`Series`. An edit that
changes what a calendar shows raises the meeting's ``sequence``, so a calendar
that imported the earlier file takes the new one as an update.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from intervisie_desktop.domain.meeting import Attendance
from intervisie_desktop.domain.rotation import (
    PastRoles,
    Slot,
    case_suggestions,
    facilitator_suggestions,
    rotate,
)
from intervisie_desktop.domain.series.model import (
    MAX_MEETINGS,
    PlannedMeeting,
    Series,
    Venue,
)

# what a calendar shows of a planned meeting: changing one raises its sequence
CALENDAR_FIELDS = frozenset(
    {
        "day",
        "start_time",
        "minutes",
        "venue",
        "case_presenter",
        "facilitator",
        "method_id",
        "cancelled",
    }
)


@dataclass(frozen=True)
class SeriesPlan:
    """What the facilitator fills in to plan a series."""

    start: date
    every_weeks: int
    start_time: time
    minutes: int
    venue: Venue
    count: int
    time_zone: str
    title: str = ""
    rotate_facilitator: bool = True
    facilitator: str | None = None  # fixed facilitator (e.g. from outside the group)


@dataclass(frozen=True)
class Rotation:
    """Who can take a turn, and who took which turn before."""

    members: list[str]
    history: list[PastRoles]


class SeriesError(ValueError):
    """A plan that cannot be made; ``code`` is worded by the UI."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def plan_series(group_id: str, plan: SeriesPlan, rotation: Rotation, now: datetime) -> Series:
    """A new series with its meetings dated and their roles filled in.

    Raises :class:`SeriesError` (``unknown_time_zone``, ``too_many_meetings``,
    ``no_meetings``, ``bad_rhythm``).
    """
    try:
        zoneinfo.ZoneInfo(plan.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise SeriesError("unknown_time_zone") from None
    if plan.count < 1:
        raise SeriesError("no_meetings")
    if plan.count > MAX_MEETINGS:
        raise SeriesError("too_many_meetings")
    if not 1 <= plan.every_weeks <= 12:
        raise SeriesError("bad_rhythm")
    meetings = [
        PlannedMeeting(
            day=plan.start + timedelta(weeks=plan.every_weeks * number),
            start_time=plan.start_time,
            minutes=plan.minutes,
            venue=plan.venue,
        )
        for number in range(plan.count)
    ]
    series = Series(
        group_id=group_id,
        title=plan.title,
        time_zone=plan.time_zone,
        every_weeks=plan.every_weeks,
        rotate_facilitator=plan.rotate_facilitator,
        facilitator=plan.facilitator,
        created=now,
        meetings=meetings,
    )
    filled = fill_roles(series, rotation)  # never exported yet: every sequence starts at 0
    return _replace_meetings(
        filled, [m.model_copy(update={"sequence": 0}) for m in filled.meetings]
    )


def fill_roles(series: Series, rotation: Rotation) -> Series:
    """Fill the roles of every meeting still to come from the rotation; roles chosen by
    hand stay, and count as turns. Held meetings count through ``rotation.history``."""
    open_meetings = [m for m in series.meetings if m.is_open]
    presenters = rotate(
        case_suggestions(rotation.members, rotation.history),
        [Slot(fixed=m.case_presenter if m.roles_by_hand else None) for m in open_meetings],
    )
    if series.rotate_facilitator:
        facilitators = rotate(
            facilitator_suggestions(rotation.members, rotation.history),
            [
                Slot(
                    fixed=m.facilitator if m.roles_by_hand else None,
                    excluded=frozenset(p for p in (presenter,) if p),
                )
                for m, presenter in zip(open_meetings, presenters, strict=True)
            ],
        )
    else:
        facilitators = [
            m.facilitator if m.roles_by_hand else series.facilitator for m in open_meetings
        ]
    filled = {
        m.id: (presenter, facilitator)
        for m, presenter, facilitator in zip(open_meetings, presenters, facilitators, strict=True)
    }
    return _replace_meetings(
        series,
        [
            _changed(m, case_presenter=filled[m.id][0], facilitator=filled[m.id][1])
            if m.id in filled
            else m
            for m in series.meetings
        ],
    )


def _changed(meeting: PlannedMeeting, **changes: Any) -> PlannedMeeting:
    """A copy with ``changes``; its sequence goes up when a calendar would show it."""
    shown = any(
        getattr(meeting, name) != value
        for name, value in changes.items()
        if name in CALENDAR_FIELDS
    )
    if shown:
        changes["sequence"] = meeting.sequence + 1
    return meeting.model_copy(update=changes)


def _replace_meetings(series: Series, meetings: Sequence[PlannedMeeting]) -> Series:
    """The series with these meetings, in date order (validated again)."""
    ordered = sorted(meetings, key=lambda m: (m.day, m.start_time))
    return Series.model_validate({**series.model_dump(), "meetings": ordered})


def _edit(series: Series, meeting_id: str, **changes: Any) -> Series:
    series.meeting(meeting_id)  # KeyError for an unknown id
    return _replace_meetings(
        series, [_changed(m, **changes) if m.id == meeting_id else m for m in series.meetings]
    )


def set_roles(
    series: Series,
    meeting_id: str,
    case_presenter: str | None,
    facilitator: str | None,
    rotation: Rotation,
) -> Series:
    """Choose the roles of one meeting by hand; the other open meetings are filled in
    again around that choice."""
    edited = _edit(
        series,
        meeting_id,
        case_presenter=case_presenter,
        facilitator=facilitator,
        roles_by_hand=True,
    )
    return fill_roles(edited, rotation)


def release_roles(series: Series, meeting_id: str, rotation: Rotation) -> Series:
    """Let the rotation choose this meeting's roles again."""
    return fill_roles(_edit(series, meeting_id, roles_by_hand=False), rotation)


def move_meeting(
    series: Series, meeting_id: str, day: date, start_time: time, minutes: int
) -> Series:
    """Another date, time or length for one meeting (e.g. around a holiday)."""
    return _edit(series, meeting_id, day=day, start_time=start_time, minutes=minutes)


def set_venue(series: Series, meeting_id: str, venue: Venue) -> Series:
    return _edit(series, meeting_id, venue=venue)


def set_method(series: Series, meeting_id: str, method_id: str | None) -> Series:
    return _edit(series, meeting_id, method_id=method_id)


def cancel_meeting(series: Series, meeting_id: str, rotation: Rotation) -> Series:
    """Cancel one meeting (a calendar that has it marks it cancelled); its turns pass on."""
    return fill_roles(_edit(series, meeting_id, cancelled=True), rotation)


def restore_meeting(series: Series, meeting_id: str, rotation: Rotation) -> Series:
    return fill_roles(_edit(series, meeting_id, cancelled=False), rotation)


def add_meeting(series: Series, rotation: Rotation) -> Series:
    """One more meeting, the rhythm's interval after the last one, like the last one."""
    if len(series.meetings) >= MAX_MEETINGS:
        raise SeriesError("too_many_meetings")
    last = series.meetings[-1]
    extra = PlannedMeeting(
        day=last.day + timedelta(weeks=series.every_weeks),
        start_time=last.start_time,
        minutes=last.minutes,
        venue=last.venue,
    )
    return fill_roles(_replace_meetings(series, [*series.meetings, extra]), rotation)


def mark_held(series: Series, meeting_id: str, held_meeting_id: str) -> Series:
    """Link a planned meeting to the meeting record it became."""
    return _edit(series, meeting_id, held_meeting_id=held_meeting_id)


def attendance_for(planned: PlannedMeeting, members: list[str]) -> Attendance:
    """What the prepare screen starts from: everyone present, the planned roles."""
    return Attendance(
        present=list(members),
        case_presenter=planned.case_presenter,
        facilitator=planned.facilitator,
    )
