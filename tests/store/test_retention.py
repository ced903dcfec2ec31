"""Retention never deletes on the strength of the clock alone: a plan first (which
meetings, from when), judged from no later than the newest meeting on disk,
and nothing goes until the plan is confirmed. Meetings that stay keep their
backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store.meeting_index import to_microseconds
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.store.retention import MARGIN

from .conftest import make_meeting
from .index_edit import forge_index

NOW = datetime(2026, 6, 30, 12, 0).astimezone()


@pytest.fixture
def history(folder: DataFolder, library: MethodLibrary) -> dict[int, str]:
    """A group keeping three months, with a meeting every 20 days for 300 days."""
    group = Group(id="a1b2c3d4e5f6", name="Kort", retention_months=3)
    folder.save_group(group)
    ids = {}
    for days_ago in range(0, 300, 20):
        meeting = make_meeting(library, group_id=group.id)
        meeting.created = NOW - timedelta(days=days_ago)
        folder.save_meeting(meeting)
        folder.save_meeting(meeting)  # with a backup
        ids[days_ago] = meeting.id
    return ids


def test_a_clock_years_ahead_deletes_nothing_recent(
    folder: DataFolder, history: dict[int, str]
) -> None:
    plan = folder.retention.plan(NOW + timedelta(days=3650))
    assert plan.clock_ahead
    assert plan.horizon == NOW + MARGIN  # not the clock: the newest meeting, plus the margin
    planned = {entry.meeting_id for entry in plan.meetings}
    limit = plan.horizon - timedelta(days=92)
    expected = {i for days, i in history.items() if NOW - timedelta(days=days) < limit}
    assert planned == expected
    assert history[0] not in planned and history[60] not in planned


def test_nothing_is_deleted_until_the_plan_is_applied(
    folder: DataFolder, history: dict[int, str]
) -> None:
    plan = folder.retention.plan(NOW)
    assert plan.meetings  # 100 days and older would go
    assert {s.id for s in folder.list_meetings()} == set(history.values())
    deleted = folder.retention.apply(plan)
    assert sorted(deleted) == sorted(e.meeting_id for e in plan.meetings)
    left = {s.id for s in folder.list_meetings()}
    assert left == set(history.values()) - set(deleted)
    for meeting_id in left:  # the meetings that stay keep their backups
        assert folder.backups(f"meetings/{meeting_id}.json")
    assert folder.retention.plan(NOW).meetings == ()


def test_a_plan_only_deletes_what_it_showed(
    folder: DataFolder, history: dict[int, str], library: MethodLibrary
) -> None:
    plan = folder.retention.plan(NOW)
    kept = plan.meetings[0].meeting_id
    changed = folder.load_meeting(kept)
    changed.created = NOW  # changed since the plan was shown: no longer old
    folder.save_meeting(changed)
    late = make_meeting(library, group_id="a1b2c3d4e5f6")
    late.created = NOW - timedelta(days=400)  # added after the plan: not in it
    folder.save_meeting(late)
    deleted = folder.retention.apply(plan)
    assert kept not in deleted and late.id not in deleted
    assert {kept, late.id} <= {s.id for s in folder.list_meetings()}


def test_a_meeting_dated_in_the_future_does_not_move_the_horizon(
    folder: DataFolder, history: dict[int, str], library: MethodLibrary
) -> None:
    planted = make_meeting(library, group_id="a1b2c3d4e5f6")
    planted.created = NOW + timedelta(days=3000)
    folder.save_meeting(planted)
    plan = folder.retention.plan(NOW + timedelta(days=100))  # the clock is ahead as well
    assert plan.horizon == NOW + MARGIN
    assert history[0] not in {e.meeting_id for e in plan.meetings}


def test_an_index_that_lies_about_a_date_deletes_nothing_recent(
    data_dir: Path, library: MethodLibrary
) -> None:
    """The index is a cache: a forged "2020" on today's meeting must not get it (and its
    backups) deleted; what goes is judged from the meetings' own files."""
    with DataFolder.open(data_dir) as folder:
        folder.save_group(Group(id="a1b2c3d4e5f6", name="Kort", retention_months=3))
        meeting = make_meeting(library, group_id="a1b2c3d4e5f6")
        meeting.created = NOW
        folder.save_meeting(meeting)
        folder.save_meeting(meeting)  # with a backup
        honest = make_meeting(library, group_id="a1b2c3d4e5f6")
        honest.created = NOW - timedelta(days=1)  # the clock is judged from this one
        folder.save_meeting(honest)
    in_2020 = to_microseconds(datetime(2020, 1, 1, 10, tzinfo=UTC))
    forge_index(data_dir, lambda s: s._replace(created_us=in_2020) if s.id == meeting.id else s)
    with DataFolder.open(data_dir) as folder:
        years = {s.id: s.created.year for s in folder.list_meetings()}
        assert years[meeting.id] == 2020  # the index is believed for the list
        plan = folder.retention.plan(NOW)
        assert plan.meetings == ()
        folder.retention.apply(plan)
        assert folder.load_meeting(meeting.id).created == NOW
        assert folder.backups(f"meetings/{meeting.id}.json")


def test_an_index_that_dates_a_meeting_to_a_wrong_clock_cannot_make_recent_ones_due(
    data_dir: Path, library: MethodLibrary
) -> None:
    """The clock runs five years ahead and the index dates one meeting to that clock: the
    newest date is confirmed from the meeting's own file, so nothing recent is due."""
    with DataFolder.open(data_dir) as folder:
        folder.save_group(Group(id="a1b2c3d4e5f6", name="Kort", retention_months=12))
        ids = []
        for days_ago in (0, 10, 20):
            meeting = make_meeting(library, group_id="a1b2c3d4e5f6")
            meeting.created = NOW - timedelta(days=days_ago)
            folder.save_meeting(meeting)
            ids.append(meeting.id)
    ahead = NOW + timedelta(days=5 * 365)
    forged = to_microseconds(ahead - timedelta(days=1))
    forge_index(data_dir, lambda s: s._replace(created_us=forged) if s.id == ids[0] else s)
    with DataFolder.open(data_dir) as folder:
        plan = folder.retention.plan(ahead)
        assert plan.clock_ahead and plan.meetings == ()
        assert folder.retention.apply(plan) == []
        assert {s.id for s in folder.list_meetings()} == set(ids)
