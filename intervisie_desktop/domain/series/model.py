"""The stored shape of a series: its planned meetings, where, when and who.

Immutable models; :mod:`.plan` makes and edits them. ``sequence`` is the
iCalendar SEQUENCE of a meeting: every edit a calendar would show raises it.
"""

from __future__ import annotations

import uuid
import zoneinfo
from datetime import date, datetime, time, timedelta
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

MAX_MEETINGS = 52
ZoneName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*$")]


def new_series_id() -> str:
    return uuid.uuid4().hex[:12]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Venue(_Frozen):
    """Where the group meets: a place, or online (``place`` then holds the call's link
    or name, if any)."""

    online: bool = False
    place: str = ""


class PlannedMeeting(_Frozen):
    id: str = Field(default_factory=new_series_id)
    day: date
    start_time: time
    minutes: int = Field(ge=15, le=600)
    venue: Venue = Venue()
    case_presenter: str | None = None
    facilitator: str | None = None
    roles_by_hand: bool = False  # set by the facilitator: kept when the rotation refills
    method_id: str | None = None  # when known
    cancelled: bool = False
    held_meeting_id: str | None = None  # the meeting record once it has taken place
    sequence: int = Field(default=0, ge=0)  # iCalendar SEQUENCE

    @property
    def is_open(self) -> bool:
        """Still to come: neither held nor cancelled."""
        return not self.cancelled and self.held_meeting_id is None

    def starts(self, zone: zoneinfo.ZoneInfo) -> datetime:
        return datetime.combine(self.day, self.start_time, tzinfo=zone)

    def ends(self, zone: zoneinfo.ZoneInfo) -> datetime:
        return self.starts(zone) + timedelta(minutes=self.minutes)


class Series(_Frozen):
    id: str = Field(default_factory=new_series_id)
    group_id: str
    title: str = ""  # optional; calendars show "Intervisie <group>" without one
    time_zone: ZoneName
    every_weeks: int = Field(ge=1, le=12)
    rotate_facilitator: bool = True
    facilitator: str | None = None  # the fixed facilitator when the role does not rotate
    created: datetime
    meetings: list[PlannedMeeting] = Field(min_length=1, max_length=MAX_MEETINGS)

    @model_validator(mode="after")
    def _unique_meeting_ids(self) -> Self:
        ids = [m.id for m in self.meetings]
        if len(set(ids)) != len(ids):
            raise ValueError("planned meeting ids must be unique within a series")
        return self

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def meeting(self, meeting_id: str) -> PlannedMeeting:
        for planned in self.meetings:
            if planned.id == meeting_id:
                return planned
        raise KeyError(meeting_id)

    def number_of(self, meeting_id: str) -> int:
        """1 for the first meeting that is not cancelled, and so on (0: cancelled)."""
        going_ahead = [m.id for m in self.meetings if not m.cancelled]
        return going_ahead.index(meeting_id) + 1 if meeting_id in going_ahead else 0

    @property
    def count(self) -> int:
        """Meetings that are not cancelled."""
        return sum(1 for m in self.meetings if not m.cancelled)

    def next_open(self, today: date) -> PlannedMeeting | None:
        """The first meeting still to come on or after ``today``."""
        return next((m for m in self.meetings if m.is_open and m.day >= today), None)
