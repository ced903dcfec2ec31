"""Deleting a group's old meetings: a plan first, shown and confirmed, then only that.

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


@dataclass(frozen=True)
class RetentionPlan:
    requested: datetime  # the clock's time when the plan was made
    horizon: datetime  # the moment it was judged from (see the module docstring)
    meetings: tuple[RetentionEntry, ...]

    @property
    def clock_ahead(self) -> bool:
        """The clock was later than the newest meeting allows: it was not followed."""
        return self.requested > self.horizon


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


def plan(now: datetime, groups: Iterable[Group], summaries: list[MeetingSummary]) -> RetentionPlan:
    judged = horizon(now, (s.created for s in summaries))
    kept = {g.id: g for g in groups if g.retention_months}
    entries = []
    for summary in sorted(summaries, key=lambda s: s.created):
        group = kept.get(summary.group_id or "")
        if group is None or group.retention_months is None:
            continue
        limit = months_before(judged, group.retention_months)
        if summary.created < limit:
            entries.append(
                RetentionEntry(
                    summary.id, group.id, group.name, summary.title, summary.created, limit
                )
            )
    return RetentionPlan(now, judged, tuple(entries))


def still_due(entry: RetentionEntry, current: MeetingSummary | None) -> bool:
    """The meeting is still there, still of that group, still from before the limit."""
    return (
        current is not None
        and current.group_id == entry.group_id
        and current.created == entry.created
        and current.created < entry.limit
    )


def planning_limits(horizon: datetime, groups: Iterable[Group]) -> dict[str, datetime]:
    """Per group that keeps its meetings a limited time: the moment before which its
    series, pre-talks and evaluations go too (as old as the meetings that go)."""
    return {g.id: months_before(horizon, g.retention_months) for g in groups if g.retention_months}
