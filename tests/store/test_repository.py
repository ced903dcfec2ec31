"""The data folder: groups, meetings, custom methods, settings, retention, the index."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.domain.snapshot import take_snapshot
from intervisie_desktop.store.atomic import SaveError
from intervisie_desktop.store.envelope import DataFileError, MissingFileError
from intervisie_desktop.store.files import FileStore
from intervisie_desktop.store.meeting_index import INDEX_FILE
from intervisie_desktop.store.method_files import MethodImportError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

from .conftest import SAMPLES, make_meeting


def test_open_creates_the_folders(folder: DataFolder) -> None:
    for name in ("meetings", "groups", "methods", "backups", "quarantine", "temp"):
        assert (folder.root / name).is_dir()
    assert folder.list_meetings() == []
    assert folder.list_groups() == []
    assert folder.problems == []


def test_groups_save_load_list_delete(folder: DataFolder) -> None:
    team = Group(name="Wijkteam", members=[Member(name="Anna"), Member(name="Bram")])
    other = Group(name="anderen", retention_months=6)
    folder.save_group(team)
    folder.save_group(other)
    assert folder.load_group(team.id) == team
    assert [g.name for g in folder.list_groups()] == ["anderen", "Wijkteam"]
    folder.delete_group(other.id)
    assert folder.list_groups() == [team]
    with pytest.raises(MissingFileError):
        folder.load_group(other.id)


def test_meetings_one_file_each_with_summaries(folder: DataFolder, library: MethodLibrary) -> None:
    first = make_meeting(library, group_id="g1")
    second = make_meeting(library)
    second.created += timedelta(days=7)
    folder.save_meeting(first)
    folder.save_meeting(second)
    assert sorted(p.name for p in (folder.root / "meetings").iterdir()) == sorted(
        [f"{first.id}.json", f"{second.id}.json"]
    )
    assert [s.id for s in folder.list_meetings()] == [second.id, first.id]  # newest first
    assert folder.load_meeting(first.id) == first
    folder.delete_meeting(first.id)
    assert [s.id for s in folder.list_meetings()] == [second.id]


def test_deleting_a_meeting_removes_its_backups(folder: DataFolder, library: MethodLibrary) -> None:
    meeting = make_meeting(library)
    for _ in range(3):
        folder.save_meeting(meeting)
    name = f"meetings/{meeting.id}.json"
    assert len(folder.backups(name)) == 2
    folder.delete_meeting(meeting.id)
    assert folder.backups(name) == []
    assert not (folder.root / "backups" / "meetings" / meeting.id).exists()
    assert not (folder.root / name).exists()


def test_ids_that_are_not_safe_file_names_are_refused(folder: DataFolder) -> None:
    for bad in ("../escape", "a/b", "", ".hidden", "x" * 65):
        with pytest.raises(ValueError, match="not a valid id"):
            folder.load_meeting(bad)


def test_a_file_whose_id_does_not_match_its_name_is_quarantined(
    folder: DataFolder, library: MethodLibrary
) -> None:
    meeting = make_meeting(library)
    folder.save_meeting(meeting)
    moved = folder.root / "meetings" / "0000aaaa0000aaaa.json"
    (folder.root / "meetings" / f"{meeting.id}.json").rename(moved)
    with pytest.raises(DataFileError) as caught:
        folder.load_meeting("0000aaaa0000aaaa")
    assert caught.value.reason is Code.ID_MISMATCH
    assert not moved.exists()
    assert folder.problems[0].name == "meetings/0000aaaa0000aaaa.json"


def test_unfinished_meetings_are_offered_for_resuming(
    folder: DataFolder, library: MethodLibrary
) -> None:
    from intervisie_desktop.domain.clock import FakeClock  # noqa: PLC0415
    from intervisie_desktop.domain.engine import SessionEngine  # noqa: PLC0415

    running, done, fresh = (make_meeting(library) for _ in range(3))
    clock = FakeClock()
    engine = SessionEngine(running.blocks, clock)
    engine.start()
    clock.advance(90)
    running.clock = take_snapshot(engine)
    engine.finish()
    done.clock = take_snapshot(engine)
    for meeting in (running, done, fresh):
        folder.save_meeting(meeting)
    (resumable,) = folder.unfinished_meetings()
    assert resumable.id == running.id
    assert resumable.state is RunState.RUNNING


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    original = FileStore.read

    def counting(self: FileStore, kind: Any, name: str) -> Any:
        reads.append(name)
        return original(self, kind, name)

    monkeypatch.setattr(FileStore, "read", counting)
    return reads


def test_opening_and_listing_reads_the_index_not_every_meeting(
    data_dir: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings = [make_meeting(library, items=2) for _ in range(30)]
    with DataFolder.open(data_dir) as folder:
        for meeting in meetings:
            folder.save_meeting(meeting)
    reads = count_reads(monkeypatch)
    with DataFolder.open(data_dir) as folder:
        assert reads == []  # opening reads no meeting
        assert len(folder.list_meetings()) == 30
        assert reads == []  # listing reads the index only
        changed = meetings[3]
        changed.title = "Een andere titel"
        folder.save_meeting(changed)
        assert {s.title for s in folder.list_meetings()} == {"Tienstappenmethode", changed.title}
    assert reads == []


def test_the_index_is_repaired_from_the_files(
    data_dir: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings = [make_meeting(library) for _ in range(4)]
    with DataFolder.open(data_dir) as folder:
        for meeting in meetings:
            folder.save_meeting(meeting)
        folder.list_meetings()
    # behind the app's back: one file changed, one removed, one added; then a broken index
    target = data_dir / "meetings" / f"{meetings[0].id}.json"
    wrapper = json.loads(target.read_text(encoding="utf-8"))
    wrapper["data"]["title"] = "Gewijzigd"
    target.write_text(json.dumps(wrapper), encoding="utf-8")
    (data_dir / "meetings" / f"{meetings[1].id}.json").unlink()
    wrapper["data"]["id"] = "0123456789abcdef"
    (data_dir / "meetings" / "0123456789abcdef.json").write_text(json.dumps(wrapper))
    reads = count_reads(monkeypatch)
    with DataFolder.open(data_dir) as folder:
        summaries = {s.id: s for s in folder.list_meetings()}
    assert set(summaries) == {meetings[0].id, meetings[2].id, meetings[3].id, "0123456789abcdef"}
    assert summaries[meetings[0].id].title == "Gewijzigd"
    assert sorted(reads) == sorted(  # only the two files changed by hand
        [f"meetings/{meetings[0].id}.json", "meetings/0123456789abcdef.json"]
    )

    (data_dir / INDEX_FILE).write_bytes(b"{broken")
    with DataFolder.open(data_dir) as folder:
        assert len(folder.list_meetings()) == 4
        assert folder.problems == []  # the index is a cache: rebuilt, not reported


def test_settings_round_trip_and_a_bad_file_gives_defaults(data_dir: Path) -> None:
    with DataFolder.open(data_dir) as folder:
        assert folder.load_settings() == Settings()
        folder.save_settings(Settings(language="en", warning_seconds=30))
        folder.save_settings(Settings(language="en", warning_seconds=45))
        assert folder.load_settings().language == "en"
    (data_dir / "settings.json").write_bytes(b'{"format": "intervisie-desktop/settings"')
    with DataFolder.open(data_dir) as folder:
        assert folder.load_settings() == Settings()
        (problem,) = folder.problems
        assert problem.name == "settings.json"
        assert problem.reason is Code.CUT_OFF
        assert problem.backup is not None  # the first save was kept
        restored = folder.restore_backup("settings.json")
        assert restored == Settings(language="en", warning_seconds=30)
        assert folder.problems == []


def test_retention_deletes_old_meetings_of_that_group_only(
    folder: DataFolder, library: MethodLibrary
) -> None:
    keep_all = Group(name="Alles bewaren")
    short = Group(name="Kort", retention_months=3)
    folder.save_group(keep_all)
    folder.save_group(short)
    now = datetime(2026, 6, 30, 12, 0).astimezone()

    def meeting_of(group: Group, days_ago: int) -> str:
        meeting = make_meeting(library, group_id=group.id)
        meeting.created = now - timedelta(days=days_ago)
        folder.save_meeting(meeting)
        folder.save_meeting(meeting)  # so it has a backup too
        return meeting.id

    old_short = meeting_of(short, 100)
    recent_short = meeting_of(short, 80)
    old_kept = meeting_of(keep_all, 400)
    no_group = make_meeting(library)
    no_group.created = now - timedelta(days=999)
    folder.save_meeting(no_group)
    today = make_meeting(library)  # retention is never judged from later than this one
    today.created = now
    folder.save_meeting(today)

    plan = folder.retention.plan(now)
    assert [e.meeting_id for e in plan.meetings] == [old_short]
    assert folder.retention.apply(plan) == [old_short]
    assert {s.id for s in folder.list_meetings()} == {recent_short, old_kept, no_group.id, today.id}
    assert folder.backups(f"meetings/{old_short}.json") == []
    assert folder.backups(f"meetings/{recent_short}.json") != []
    assert folder.retention.apply(folder.retention.plan(now)) == []


def test_custom_methods_export_and_import(
    data_dir: Path, tmp_path: Path, library: MethodLibrary
) -> None:
    own = library.get("tienstappen").model_copy(update={"id": "mijn-tienstappen"})
    exported = tmp_path / "shared" / "mijn-tienstappen.json"
    with DataFolder.open(data_dir) as folder:
        folder.methods.save(own)
        assert folder.methods.all() == [own]
        folder.methods.export(own.id, exported)
        with pytest.raises(MethodImportError) as exists:
            folder.methods.import_file(exported)
        assert exists.value.reason is Code.ID_EXISTS
        folder.methods.delete(own.id)
        assert folder.methods.all() == []
        assert folder.methods.import_file(exported) == own
        assert folder.methods.import_file(exported, replace=True) == own
        with pytest.raises(MethodImportError) as built_in:
            folder.methods.import_file(exported, replace=True, reserved_ids={own.id})
        assert built_in.value.reason is Code.BUILT_IN_ID
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == "intervisie-desktop/method"


def test_a_bare_definition_file_can_be_imported(folder: DataFolder, tmp_path: Path) -> None:
    data = json.loads((SAMPLES / "method-v1.json").read_text(encoding="utf-8"))["data"]
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(data), encoding="utf-8")
    assert folder.methods.import_file(bare).id == "eigen-roddel"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.pop("steps"), "steps"),
        (lambda d: d["steps"][0].update(minutes=0), "steps[0].minutes (greater_than)"),
        (lambda d: d["steps"][0].update(minutes=10**12), "steps[0].minutes (less_than_equal)"),
        (lambda d: d.update(id="Not A Slug"), "id"),
        (lambda d: d.update(unknown=1), "unknown"),
    ],
)
def test_a_bad_method_file_is_refused_and_nothing_is_imported(
    folder: DataFolder, tmp_path: Path, change: Any, reason: str
) -> None:
    data = json.loads((SAMPLES / "method-v1.json").read_text(encoding="utf-8"))
    change(data["data"])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MethodImportError) as caught:
        folder.methods.import_file(bad)
    assert caught.value.params["file"] == "bad.json"
    assert reason in str(caught.value.params["fields"])
    assert list((folder.root / "methods").iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"not json", b"\x00\xff" * 10, b"[]", b"{}"])
def test_garbage_method_files_are_refused(
    folder: DataFolder, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "garbage.json"
    bad.write_bytes(content)
    with pytest.raises(MethodImportError):
        folder.methods.import_file(bad)
    assert list((folder.root / "methods").iterdir()) == []


def test_a_meeting_that_could_not_be_read_back_is_not_saved(
    folder: DataFolder, library: MethodLibrary
) -> None:
    meeting = make_meeting(library)
    folder.save_meeting(meeting)
    live = folder.root / "meetings" / f"{meeting.id}.json"
    before = live.read_bytes()
    meeting.board.items.append({"kind": "note", "text": "a dict, not an item"})  # type: ignore[arg-type]
    with pytest.raises(SaveError) as caught:
        folder.save_meeting(meeting)
    assert caught.value.reason is Code.WRONG_TYPE
    assert live.read_bytes() == before


def test_a_meeting_file_dated_before_1970_is_still_listed(
    data_dir: Path, library: MethodLibrary
) -> None:
    """File times are not the user's data: an odd one (a copy from an old stick) counts
    for nothing but finding out whether the index still matches the file."""
    import os  # noqa: PLC0415

    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library)
        folder.save_meeting(meeting)
    os.utime(data_dir / "meetings" / f"{meeting.id}.json", (-(10**9), -(10**9)))
    (data_dir / INDEX_FILE).unlink()
    with DataFolder.open(data_dir) as folder:
        assert [s.id for s in folder.list_meetings()] == [meeting.id]
        assert folder.problems == []
