"""A group's planned and held meetings in one list, and linking the two.

The history shows what is coming and what has been, together: a planned
meeting that took place shows as held (with its meeting record), one whose
day has passed without a record as overdue, and a meeting held outside any
series simply as held.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from intervisie_desktop.domain.series.model import PlannedMeeting, Series
from intervisie_desktop.domain.series.plan import mark_held


class EntryKind(StrEnum):
    PLANNED = "planned"  # still to come
    OVERDUE = "overdue"  # its day has passed; no meeting record is linked
    HELD = "held"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class TimelineEntry:
    day: date
    kind: EntryKind
    series_id: str | None = None
    planned: PlannedMeeting | None = None
    meeting_id: str | None = None  # the held meeting's record


def planned_kind(planned: PlannedMeeting, today: date) -> EntryKind:
    if planned.cancelled:
        return EntryKind.CANCELLED
    if planned.held_meeting_id is not None:
        return EntryKind.HELD
    return EntryKind.PLANNED if planned.day >= today else EntryKind.OVERDUE


def group_timeline(
    series: Iterable[Series], held: Mapping[str, date], today: date
) -> list[TimelineEntry]:
    """Everything of one group, newest first. ``held`` maps the group's meeting
    records (id) to the day they took place."""
    entries = []
    linked = set()
    for one in series:
        for planned in one.meetings:
            kind = planned_kind(planned, today)
            day = planned.day
            if planned.held_meeting_id is not None:
                linked.add(planned.held_meeting_id)
                day = held.get(planned.held_meeting_id, planned.day)
            entries.append(TimelineEntry(day, kind, one.id, planned, planned.held_meeting_id))
    for meeting_id, day in held.items():
        if meeting_id not in linked:
            entries.append(TimelineEntry(day, EntryKind.HELD, meeting_id=meeting_id))
    return sorted(entries, key=lambda e: (e.day, e.kind is EntryKind.HELD), reverse=True)


def link_held_by_day(series: Series, held: Mapping[str, date]) -> Series:
    """Link each open planned meeting to a not yet linked meeting record of its day
    (the prepare screen usually links them; this catches the ones it did not)."""
    taken = {m.held_meeting_id for m in series.meetings if m.held_meeting_id}
    for planned in series.meetings:
        if not planned.is_open:
            continue
        match = next(
            (mid for mid, day in sorted(held.items()) if day == planned.day and mid not in taken),
            None,
        )
        if match is not None:
            series = mark_held(series, planned.id, match)
            taken.add(match)
    return series
