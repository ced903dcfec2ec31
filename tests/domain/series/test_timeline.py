"""Planned and held meetings of a group in one list."""

from __future__ import annotations

from datetime import date

from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.series.plan import Rotation, cancel_meeting, mark_held
from intervisie_desktop.domain.series.timeline import EntryKind, group_timeline, link_held_by_day


def test_planned_held_overdue_cancelled_and_unplanned_in_one_list(
    series: Series, rotation: Rotation
) -> None:
    first, _second, third = series.meetings[:3]
    series = mark_held(series, first.id, "m1")
    series = cancel_meeting(series, third.id, rotation)
    held = {"m1": date(2026, 3, 10), "extra": date(2026, 3, 24)}
    entries = group_timeline([series], held, today=date(2026, 4, 20))
    kinds = [(e.day, e.kind, e.meeting_id) for e in entries]
    assert kinds[-3:] == [
        (date(2026, 4, 7), EntryKind.OVERDUE, None),
        (date(2026, 3, 24), EntryKind.HELD, "extra"),
        (date(2026, 3, 10), EntryKind.HELD, "m1"),
    ]
    assert (date(2026, 5, 5), EntryKind.CANCELLED, None) in kinds
    assert kinds[0] == (series.meetings[-1].day, EntryKind.PLANNED, None)
    assert [e.day for e in entries] == sorted((e.day for e in entries), reverse=True)
    assert next(e for e in entries if e.meeting_id == "m1").planned == series.meetings[0]


def test_held_meetings_are_linked_to_their_planned_day(series: Series) -> None:
    held = {"m1": date(2026, 3, 10), "other": date(2026, 3, 12)}
    linked = link_held_by_day(series, held)
    assert linked.meetings[0].held_meeting_id == "m1"
    assert [m.held_meeting_id for m in linked.meetings[1:]] == [None] * 5
    assert link_held_by_day(linked, held) == linked  # nothing is linked twice
