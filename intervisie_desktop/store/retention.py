"""Deleting a group's old meetings: a plan first, shown and confirmed, then only that.

The plan holds the group's pre-talk records and evaluations of the same age too:
they go with the meetings, and are shown with them.

The moment retention is judged from (the *horizon*) is the clock's time, but
never later than the newest meeting on disk plus :data:`MARGIN`: a clock that
is years ahead cannot make recent meetings look old. Meetings dated after the
clock's time (a file from a computer whose clock was ahead) do not move the
horizon either. Applying a plan deletes only the meetings it listed, and only if
they are still as they were when it was made; meetings that stay keep their
backups.

Why a month: retention is set in whole months, so a month's margin lets a
deletion that fell due in a quiet month (no meeting held) still happen, while a
clock that is wrong by any amount can delete nothing newer than the retention
period before the newest meeting, plus one month. And the plan is shown before
anything goes.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from intervisie_desktop.domain.group import Group
from intervisie_desktop.store.meeting_index import MeetingSummary

MARGIN = timedelta(days=31)


@dataclass(frozen=True)
class RetentionEntry:
    """One meeting the plan would delete, with what the user needs to recognise it."""

    meeting_id: str
    group_id: str
    group_name: str
    title: str
    created: datetime
    limit: datetime  # the group's meetings from before this moment go


class RecordKind(StrEnum):
    PRETALK = "pretalk"
    EVALUATION = "evaluation"


@dataclass(frozen=True)
class DatedRecord:
    """A pre-talk record or an evaluation as retention judges it: whose, and from when
    (a pre-talk: when it was last written; an evaluation: the day of its meeting)."""

    kind: RecordKind
    record_id: str
    group_id: str | None
    moment: datetime
    person: str | None = None  # a pre-talk's case presenter, to recognise it by


@dataclass(frozen=True)
class RetentionRecord:
    """One pre-talk record or evaluation the plan would delete."""

    record: DatedRecord
    group_name: str
    limit: datetime


@dataclass(frozen=True)
class RetentionPlan:
    requested: datetime  # the clock's time when the plan was made
    horizon: datetime  # the moment it was judged from (see the module docstring)
    meetings: tuple[RetentionEntry, ...]
    records: tuple[RetentionRecord, ...] = ()

    @property
    def clock_ahead(self) -> bool:
        """The clock was later than the newest meeting allows: it was not followed."""
        return self.requested > self.horizon

    @property
    def is_empty(self) -> bool:
        return not self.meetings and not self.records


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (the 31st becomes the
    month's last day). A moment without a time zone is taken as local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def horizon(now: datetime, created: Iterable[datetime]) -> datetime:
    """``now``, but no later than the newest meeting not dated after ``now``, plus the
    margin."""
    past = [moment for moment in created if moment <= now]
    if not past:
        return now
    return min(now, max(past) + MARGIN)


def plan(
    now: datetime,
    groups: Iterable[Group],
    summaries: list[MeetingSummary],
    records: Iterable[DatedRecord] = (),
) -> RetentionPlan:
    records = list(records)
    judged = horizon(now, [*(s.created for s in summaries), *(r.moment for r in records)])
    kept = {g.id: g for g in groups if g.retention_months}

    def due(group_id: str | None, moment: datetime) -> tuple[Group, datetime] | None:
        """The group and its limit, when a record of that moment is older than it."""
        group = kept.get(group_id or "")
        if group is None or group.retention_months is None:
            return None
        limit = months_before(judged, group.retention_months)
        return (group, limit) if moment < limit else None

    entries = []
    for summary in sorted(summaries, key=lambda s: s.created):
        if found := due(summary.group_id, summary.created):
            group, limit = found
            entries.append(
                RetentionEntry(
                    summary.id, group.id, group.name, summary.title, summary.created, limit
                )
            )
    old_records = []
    for record in sorted(records, key=lambda r: r.moment):
        if found := due(record.group_id, record.moment):
            old_records.append(RetentionRecord(record, found[0].name, found[1]))
    return RetentionPlan(now, judged, tuple(entries), tuple(old_records))


def still_due(entry: RetentionEntry, current: MeetingSummary | None) -> bool:
    """The meeting is still there, still of that group, still from before the limit."""
    return (
        current is not None
        and current.group_id == entry.group_id
        and current.created == entry.created
        and current.created < entry.limit
    )


def record_still_due(entry: RetentionRecord, current: DatedRecord | None) -> bool:
    """The record is still there and as the plan showed it (not written since)."""
    return current == entry.record and current.moment < entry.limit
