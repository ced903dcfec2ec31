"""Backups (the last five versions) and quarantine: a bad file is moved aside
untouched, reported with its code, and the newest good backup is offered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store import safe_read
from intervisie_desktop.store.atomic import ReadOnlyFileError
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.files import KEEP_BACKUPS
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

from .conftest import make_meeting


def titles(paths: list[Path]) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["data"]["title"] for p in paths]


def test_the_last_five_versions_are_kept(folder: DataFolder, library: MethodLibrary) -> None:
    meeting = make_meeting(library)
    for number in range(9):
        meeting.title = f"versie {number}"
        folder.save_meeting(meeting)
    backups = folder.backups(f"meetings/{meeting.id}.json")
    assert len(backups) == KEEP_BACKUPS
    assert titles([b.path for b in backups]) == [f"versie {n}" for n in (7, 6, 5, 4, 3)]


def test_a_bad_meeting_is_quarantined_reported_and_restored(
    folder: DataFolder, library: MethodLibrary
) -> None:
    meeting = make_meeting(library, items=3)
    name = f"meetings/{meeting.id}.json"
    for number in range(3):
        meeting.title = f"versie {number}"
        folder.save_meeting(meeting)
    live = folder.root / name
    damaged = live.read_bytes()[:-40]
    live.write_bytes(damaged)

    assert folder.list_meetings() == []  # the app goes on without it
    (problem,) = folder.problems
    assert problem.name == name
    assert problem.quarantined_as is not None
    assert problem.quarantined_as.parent == folder.root / "quarantine"
    assert problem.quarantined_as.read_bytes() == damaged  # moved untouched
    why = problem.quarantined_as.with_name(problem.quarantined_as.name + ".why.txt")
    assert json.loads(why.read_text(encoding="utf-8"))["reason"] == "cut_off"
    assert not live.exists()
    assert problem.backup is not None
    assert titles([problem.backup.path]) == ["versie 1"]
    assert problem.reason is Code.CUT_OFF
    assert problem.what == "meeting"
    assert not problem.left_alone

    restored = folder.restore_backup(problem.name)
    assert restored.model_dump()["title"] == "versie 1"
    assert folder.problems == []
    assert [s.title for s in folder.list_meetings()] == ["versie 1"]
    assert folder.load_meeting(meeting.id).title == "versie 1"
    assert problem.quarantined_as.read_bytes() == damaged  # still there, still untouched


def test_a_bad_backup_is_skipped_for_the_newest_good_one(
    folder: DataFolder, library: MethodLibrary
) -> None:
    group = Group(name="v0")
    for number in range(4):
        group.name = f"v{number}"
        folder.save_group(group)
    name = f"groups/{group.id}.json"
    newest, second = (b.path for b in folder.backups(name)[:2])
    newest.write_bytes(b"garbage")
    (folder.root / name).write_bytes(b"")
    with pytest.raises(DataFileError) as caught:
        folder.load_group(group.id)
    assert caught.value.reason is Code.EMPTY
    (problem,) = folder.problems
    assert problem.backup is not None and problem.backup.path == second
    assert folder.restore_backup(name) == Group(id=group.id, name="v1")
    assert newest.read_bytes() == b"garbage"  # a backup is never changed either


def test_without_a_backup_the_problem_says_so(folder: DataFolder, library: MethodLibrary) -> None:
    meeting = make_meeting(library)
    folder.save_meeting(meeting)
    (folder.root / f"meetings/{meeting.id}.json").write_bytes(b"\x00" * 10)
    with pytest.raises(DataFileError):
        folder.load_meeting(meeting.id)
    (problem,) = folder.problems
    assert problem.backup is None
    with pytest.raises(DataFileError) as caught:
        folder.restore_backup(problem.name)
    assert caught.value.reason is Code.NO_GOOD_BACKUP


def test_a_file_that_cannot_be_moved_aside_is_never_overwritten(
    folder: DataFolder, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = make_meeting(library)
    folder.save_meeting(meeting)
    folder.save_meeting(meeting)
    live = folder.root / f"meetings/{meeting.id}.json"
    live.write_bytes(b"{}")

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(Path, "rename", refuse)
        with pytest.raises(DataFileError):
            folder.load_meeting(meeting.id)
    (problem,) = folder.problems
    assert problem.quarantined_as is None
    with pytest.raises(ReadOnlyFileError) as caught:
        folder.save_meeting(meeting)
    assert caught.value.reason is Code.BLOCKED
    assert live.read_bytes() == b"{}"
    # once it can be moved, restoring sets it aside first
    folder.restore_backup(problem.name)
    assert folder.load_meeting(meeting.id) == meeting
    assert [p.read_bytes() for p in (folder.root / "quarantine").glob("*.json")] == [b"{}"]


def test_a_damaged_group_list_goes_on_with_the_rest(folder: DataFolder) -> None:
    good, bad = Group(name="goed"), Group(name="kapot")
    folder.save_group(good)
    folder.save_group(bad)
    (folder.root / f"groups/{bad.id}.json").write_text('{"format": 1}', encoding="utf-8")
    assert folder.list_groups() == [good]
    assert [p.name for p in folder.problems] == [f"groups/{bad.id}.json"]


def test_a_file_far_too_large_is_set_aside_without_reading_it(
    folder: DataFolder, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = make_meeting(library)
    folder.save_meeting(meeting)
    monkeypatch.setattr(safe_read, "MAX_FILE_BYTES", 1000)
    with pytest.raises(DataFileError) as caught:
        folder.load_meeting(meeting.id)
    assert caught.value.reason is Code.TOO_LARGE
    assert folder.problems[0].quarantined_as is not None


def test_a_problem_can_be_dismissed(folder: DataFolder) -> None:
    group = Group(name="weg")
    folder.save_group(group)
    (folder.root / f"groups/{group.id}.json").write_bytes(b"nonsense")
    assert folder.list_groups() == []
    (problem,) = folder.problems
    folder.dismiss_problem(problem.name)
    assert folder.problems == []
    assert problem.quarantined_as is not None and problem.quarantined_as.exists()
