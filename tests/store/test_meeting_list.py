"""Listing meetings from the index: trusted while the meetings folder did not change
behind its back, every file compared (and the changed ones read) when it did, and an
index of any other form read the careful way."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from intervisie_desktop.domain.bounds import MAX_YEAR, MIN_YEAR
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.snapshot import snapshot_at_quit
from intervisie_desktop.store.meeting_index import INDEX_FILE, read_plain_index
from intervisie_desktop.store.meetings import MeetingShelf
from intervisie_desktop.store.repository import DataFolder

from .conftest import make_meeting
from .index_edit import forge_index


def count_file_looks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the shelf compared every meeting file with the index."""
    looks: list[int] = []
    original = MeetingShelf._meeting_files

    def counting(self: MeetingShelf) -> list[tuple[str, tuple[int, int]]]:
        found = original(self)
        looks.append(len(found))
        return found

    monkeypatch.setattr(MeetingShelf, "_meeting_files", counting)
    return looks


def saved_folder(data_dir: Path, library: MethodLibrary, count: int) -> list[str]:
    meetings = [make_meeting(library, items=1) for _ in range(count)]
    with DataFolder.open(data_dir) as folder:
        for meeting in meetings:
            folder.save_meeting(meeting)
        folder.list_meetings()
    return [m.id for m in meetings]


def later_than_the_index(data_dir: Path, path: Path) -> None:
    """Give ``path`` a time after the index's (file systems count time in ticks, and a
    test is quicker than a tick)."""
    written = (data_dir / INDEX_FILE).stat().st_mtime_ns
    os.utime(path, ns=(written + 10**9, written + 10**9))


def test_a_current_index_is_trusted_without_looking_at_every_file(
    data_dir: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = saved_folder(data_dir, library, 12)
    looks = count_file_looks(monkeypatch)
    with DataFolder.open(data_dir) as folder:
        assert {s.id for s in folder.list_meetings()} == set(ids)
        assert {s.id for s in folder.list_meetings()} == set(ids)
        new = make_meeting(library)
        folder.save_meeting(new)  # the app's own save needs no second look
        assert len(folder.list_meetings()) == 13
    assert looks == []


def test_a_meeting_written_after_the_index_is_read_again(
    data_dir: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = saved_folder(data_dir, library, 3)
    # a crash between saving a meeting and its index: the file is newer than the index
    path = data_dir / "meetings" / f"{ids[0]}.json"
    wrapper = json.loads(path.read_text(encoding="utf-8"))
    wrapper["data"]["title"] = "Na de crash"
    replacement = path.with_name("replacement.tmp")
    replacement.write_text(json.dumps(wrapper), encoding="utf-8")
    replacement.replace(path)
    later_than_the_index(data_dir, path.parent)
    looks = count_file_looks(monkeypatch)
    with DataFolder.open(data_dir) as folder:
        titles = {s.id: s.title for s in folder.list_meetings()}
    assert titles[ids[0]] == "Na de crash"
    assert looks == [3]


def as_on_fat(folder: Path) -> None:
    """Give ``folder`` the time FAT would keep, in whole steps of two seconds, and keep
    it there: FAT (on Windows) does not change a folder's time when files come or go,
    and counts it coarsely where it does."""
    coarse = folder.stat().st_mtime_ns // 2_000_000_000 * 2_000_000_000
    os.utime(folder, ns=(coarse, coarse))


def test_a_file_removed_behind_the_index_is_noticed_where_folder_times_are_coarse(
    data_dir: Path, library: MethodLibrary
) -> None:
    ids = saved_folder(data_dir, library, 3)
    (data_dir / "meetings" / f"{ids[1]}.json").unlink()
    as_on_fat(data_dir / "meetings")
    with DataFolder.open(data_dir) as folder:
        assert {s.id for s in folder.list_meetings()} == {ids[0], ids[2]}


def test_where_folder_times_are_fine_a_folder_whose_time_stayed_is_not_listed(
    data_dir: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listing 1,000 names takes longer than reading the index: where the file system
    keeps times to the nanosecond, an unchanged folder time is enough."""
    ids = saved_folder(data_dir, library, 3)
    listed: list[object] = []
    real_listdir = os.listdir
    monkeypatch.setattr(os, "listdir", lambda path: listed.append(path) or real_listdir(path))
    with DataFolder.open(data_dir) as folder:
        assert {s.id for s in folder.list_meetings()} == set(ids)
        assert {s.id for s in folder.list_meetings()} == set(ids)
    assert not [path for path in listed if Path(path).name == "meetings"]


def test_a_file_copied_in_behind_the_index_is_noticed_where_folder_times_are_coarse(
    data_dir: Path, library: MethodLibrary
) -> None:
    ids = saved_folder(data_dir, library, 2)
    meetings = data_dir / "meetings"
    copied = make_meeting(library)
    with DataFolder.open(data_dir / "elsewhere") as other:
        other.save_meeting(copied)
    source = data_dir / "elsewhere" / "meetings" / f"{copied.id}.json"
    (meetings / source.name).write_bytes(source.read_bytes())
    (meetings / "notes.txt").write_text("not a meeting", encoding="utf-8")
    as_on_fat(meetings)
    with DataFolder.open(data_dir) as folder:
        assert {s.id for s in folder.list_meetings()} == {*ids, copied.id}


def test_files_that_are_not_meetings_leave_the_index_trusted(
    data_dir: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = saved_folder(data_dir, library, 2)
    meetings = data_dir / "meetings"
    (meetings / "notes.txt").write_text("not a meeting", encoding="utf-8")
    as_on_fat(meetings)
    looks = count_file_looks(monkeypatch)
    with DataFolder.open(data_dir) as folder:
        assert {s.id for s in folder.list_meetings()} == set(ids)
    assert looks == []


def test_checking_compares_every_file_also_one_changed_in_place(
    data_dir: Path, library: MethodLibrary
) -> None:
    ids = saved_folder(data_dir, library, 3)
    path = data_dir / "meetings" / f"{ids[2]}.json"
    folder_time = path.parent.stat().st_mtime_ns
    wrapper = json.loads(path.read_text(encoding="utf-8"))
    wrapper["data"]["title"] = "Met de hand veranderd"
    path.write_text(json.dumps(wrapper), encoding="utf-8")  # in place: the folder's time stays
    later_than_the_index(data_dir, path)
    os.utime(path.parent, ns=(folder_time, folder_time))
    with DataFolder.open(data_dir) as folder:
        titles = {s.id: s.title for s in folder.check_meetings()}
        assert titles[ids[2]] == "Met de hand veranderd"
        assert {s.id: s.title for s in folder.list_meetings()} == titles


@pytest.mark.parametrize(
    "change",
    ["newer version", "extra field", "not ours", "cut off"],
)
def test_an_index_of_another_form_is_read_the_careful_way(
    data_dir: Path, library: MethodLibrary, change: str
) -> None:
    ids = saved_folder(data_dir, library, 4)
    index = data_dir / INDEX_FILE
    raw = index.read_bytes()
    assert read_plain_index(raw) is not None  # as this version writes it
    wrapper = json.loads(raw)
    if change == "newer version":
        wrapper["schema_version"] = 4
    elif change == "extra field":
        wrapper["data"]["mood"] = ["good"]
    elif change == "not ours":
        wrapper["format"] = "someone-else/list"
    changed = raw[: len(raw) // 2] if change == "cut off" else json.dumps(wrapper).encode()
    assert read_plain_index(changed) is None
    index.write_bytes(changed)
    with DataFolder.open(data_dir) as folder:
        assert {s.id for s in folder.list_meetings()} == set(ids)  # rebuilt from the files
        assert folder.problems == []  # a cache: never reported
    assert read_plain_index(index.read_bytes()) is not None  # and written again as ours


def test_the_index_gives_back_every_summary_as_it_was_listed(
    data_dir: Path, library: MethodLibrary
) -> None:
    """Read back after a restart, every field of every summary is as it was: a meeting
    left running by a quit, one closed for good, one never started, one in no group."""
    clock = FakeClock()
    meetings = [make_meeting(library, group_id=f"group{n % 2}") for n in range(4)]
    meetings[3].group_id = None
    for hours, meeting in enumerate(meetings):
        meeting.created += timedelta(hours=hours)
    for meeting in meetings[:2]:
        engine = SessionEngine(meeting.blocks, clock)
        engine.start()
        clock.advance(90)
        meeting.clock = snapshot_at_quit(engine)
    meetings[1].closed = True
    with DataFolder.open(data_dir) as folder:
        for meeting in meetings:
            folder.save_meeting(meeting)
        before = folder.list_meetings()
    left = next(s for s in before if s.id == meetings[0].id)
    assert left.left_at is not None and left.quit_while_running and left.unfinished
    with DataFolder.open(data_dir) as folder:
        assert folder.list_meetings() == before


def test_a_meeting_at_the_edge_of_the_years_is_listed_after_a_restart(
    data_dir: Path, library: MethodLibrary
) -> None:
    """A moment a meeting may have (its year's first half hour east of Greenwich, the
    last year's last day) is one the list can hold: the index is written and read."""
    first = make_meeting(library)
    first.created = datetime(MIN_YEAR, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    last = make_meeting(library)
    last.created = datetime(MAX_YEAR, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-1)))
    with DataFolder.open(data_dir) as folder:
        folder.save_meeting(first)
        folder.save_meeting(last)
    assert read_plain_index((data_dir / INDEX_FILE).read_bytes()) is not None
    with DataFolder.open(data_dir) as folder:
        listed = {s.id: s.created for s in folder.list_meetings()}
    assert listed == {first.id: first.created, last.id: last.created}


def test_moments_are_listed_on_this_computers_calendar(
    data_dir: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Half past midnight in Amsterdam is still that day where the list shows a day
    (the index counts in UTC, where it is the day before)."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        meeting = make_meeting(library)
        meeting.created = datetime(2026, 4, 1, 0, 30).astimezone()
        with DataFolder.open(data_dir) as folder:
            folder.save_meeting(meeting)
        with DataFolder.open(data_dir) as folder:
            (listed,) = folder.list_meetings()
        assert listed.created.strftime("%d-%m-%Y %H:%M") == "01-04-2026 00:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_an_index_that_calls_a_meeting_newer_does_not_stop_it_being_saved(
    data_dir: Path, library: MethodLibrary
) -> None:
    """Only the meeting's own file can say it was written by a newer version."""
    meeting = make_meeting(library)
    with DataFolder.open(data_dir) as folder:
        folder.save_meeting(meeting)
    forge_index(data_dir, lambda s: s._replace(read_only=True))
    meeting.title = "Na de vervalsing"
    with DataFolder.open(data_dir) as folder:
        assert [s.read_only for s in folder.list_meetings()] == [True]  # as the app starts
        folder.save_meeting(meeting)
        assert folder.load_meeting(meeting.id).title == "Na de vervalsing"
