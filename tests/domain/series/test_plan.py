"""Planning a series: dates in the rhythm, roles from the rotation, edits by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from intervisie_desktop.domain.rotation import PastRoles
from intervisie_desktop.domain.series.model import Series, Venue
from intervisie_desktop.domain.series.plan import (
    Rotation,
    SeriesError,
    add_meeting,
    attendance_for,
    cancel_meeting,
    fill_roles,
    mark_held,
    move_meeting,
    plan_series,
    release_roles,
    restore_meeting,
    set_method,
    set_roles,
    set_venue,
)

from .plans import MEMBERS, NOW, PLAN


def test_six_meetings_every_four_weeks_at_the_same_time_and_place(series: Series) -> None:
    assert [m.day for m in series.meetings] == [
        date(2026, 3, 10) + timedelta(weeks=4 * n) for n in range(6)
    ]
    assert {(m.start_time, m.minutes, m.venue) for m in series.meetings} == {
        (time(14, 0), 120, PLAN.venue)
    }
    assert series.count == 6
    assert [series.number_of(m.id) for m in series.meetings] == [1, 2, 3, 4, 5, 6]
    assert all(m.sequence == 0 for m in series.meetings)  # nothing exported yet


def test_everyone_brings_a_case_before_anyone_does_twice(series: Series) -> None:
    presenters = [m.case_presenter for m in series.meetings]
    assert sorted(presenters[:5]) == sorted(MEMBERS)
    assert presenters[5] == presenters[0]
    facilitators = [m.facilitator for m in series.meetings]
    assert sorted(facilitators[:5]) == sorted(MEMBERS)
    assert all(m.facilitator != m.case_presenter for m in series.meetings)


def test_the_rotation_continues_from_the_groups_history() -> None:
    history = [
        PastRoles(datetime(2025, 11, 4, 14), ("Anna",), "Bram"),
        PastRoles(datetime(2025, 12, 2, 14), ("Bram",), "Chris"),
    ]
    series = plan_series("wijkteam", PLAN, Rotation(MEMBERS, history), NOW)
    presenters = [m.case_presenter for m in series.meetings]
    assert presenters[:3] == ["Chris", "Dewi", "Eva"]  # never brought one: first
    assert presenters[3:5] == ["Anna", "Bram"]  # then the longest ago


def test_roles_chosen_by_hand_stay_and_the_rest_rotates_around_them(
    series: Series, rotation: Rotation
) -> None:
    second = series.meetings[1]
    edited = set_roles(series, second.id, "Eva", "Anna", rotation)
    assert (edited.meetings[1].case_presenter, edited.meetings[1].facilitator) == ("Eva", "Anna")
    assert edited.meetings[1].roles_by_hand
    presenters = [m.case_presenter for m in edited.meetings]
    assert sorted(presenters[:5]) == sorted(MEMBERS)  # Eva's turn is used up
    refilled = fill_roles(edited, rotation)
    assert refilled.meetings[1].case_presenter == "Eva"  # a refill keeps the hand's choice
    released = release_roles(edited, second.id, rotation)
    assert not released.meetings[1].roles_by_hand
    assert [m.case_presenter for m in released.meetings] == [
        m.case_presenter for m in series.meetings
    ]


def test_a_fixed_facilitator_from_outside_the_group(rotation: Rotation) -> None:
    plan = replace(PLAN, rotate_facilitator=False, facilitator="Lisa (extern)")
    series = plan_series("wijkteam", plan, rotation, NOW)
    assert {m.facilitator for m in series.meetings} == {"Lisa (extern)"}


def test_a_change_a_calendar_shows_raises_that_meetings_sequence(
    series: Series, rotation: Rotation
) -> None:
    third = series.meetings[2]
    moved = move_meeting(series, third.id, date(2026, 5, 7), time(9, 30), 150)
    assert moved.meeting(third.id).sequence == 1
    assert [m.sequence for m in moved.meetings if m.id != third.id] == [0] * 5
    online = set_venue(moved, third.id, Venue(online=True, place="https://meet.example/abc"))
    assert online.meeting(third.id).sequence == 2
    with_method = set_method(online, third.id, "incident")
    assert with_method.meeting(third.id).sequence == 3
    unchanged = set_method(with_method, third.id, "incident")
    assert unchanged.meeting(third.id).sequence == 3
    held = mark_held(unchanged, third.id, "meeting-1")
    assert held.meeting(third.id).sequence == 3  # a calendar shows nothing new
    assert held.meeting(third.id).held_meeting_id == "meeting-1"


def test_moving_a_meeting_keeps_the_meetings_in_date_order(series: Series) -> None:
    first = series.meetings[0]
    moved = move_meeting(series, first.id, date(2026, 4, 14), time(14, 0), 120)
    assert [m.day for m in moved.meetings] == sorted(m.day for m in moved.meetings)
    assert moved.meetings[1].id == first.id


def test_a_cancelled_meeting_passes_its_turns_on(series: Series, rotation: Rotation) -> None:
    second = series.meetings[1]
    cancelled = cancel_meeting(series, second.id, rotation)
    assert cancelled.count == 5
    assert cancelled.number_of(second.id) == 0
    assert cancelled.meeting(second.id).sequence == 1  # calendars must hear about it
    assert cancelled.meetings[2].case_presenter == second.case_presenter
    restored = restore_meeting(cancelled, second.id, rotation)
    assert restored.count == 6
    assert restored.meeting(second.id).case_presenter == second.case_presenter


def test_one_more_meeting_follows_the_rhythm(series: Series, rotation: Rotation) -> None:
    longer = add_meeting(series, rotation)
    assert len(longer.meetings) == 7
    assert longer.meetings[-1].day == series.meetings[-1].day + timedelta(weeks=4)
    assert longer.meetings[-1].case_presenter is not None


def test_held_meetings_keep_their_roles_when_the_rest_is_refilled(
    series: Series, rotation: Rotation
) -> None:
    first = series.meetings[0]
    held = mark_held(series, first.id, "m1")
    history = [PastRoles(datetime(2026, 3, 10, 14), (first.case_presenter or "",), None)]
    refilled = fill_roles(held, Rotation(MEMBERS, history))
    assert refilled.meetings[0].case_presenter == first.case_presenter
    assert first.case_presenter not in [m.case_presenter for m in refilled.meetings[1:5]]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"time_zone": "Mars/Olympus"}, "unknown_time_zone"),
        ({"count": 0}, "no_meetings"),
        ({"count": 53}, "too_many_meetings"),
        ({"every_weeks": 0}, "bad_rhythm"),
    ],
)
def test_a_plan_that_cannot_be_made_says_why(
    rotation: Rotation, change: dict[str, object], code: str
) -> None:
    with pytest.raises(SeriesError) as caught:
        plan_series("wijkteam", replace(PLAN, **change), rotation, NOW)  # type: ignore[arg-type]
    assert caught.value.code == code


def test_the_prepare_screen_starts_from_the_planned_roles(series: Series) -> None:
    planned = series.meetings[0]
    attendance = attendance_for(planned, MEMBERS)
    assert attendance.present == MEMBERS
    assert attendance.case_presenter == planned.case_presenter
    assert attendance.facilitator == planned.facilitator


def test_the_next_meeting_to_come(series: Series) -> None:
    assert series.next_open(date(2026, 3, 11)) == series.meetings[1]
    held = mark_held(series, series.meetings[1].id, "m2")
    assert held.next_open(date(2026, 3, 11)) == held.meetings[2]
    assert series.next_open(date(2027, 1, 1)) is None
