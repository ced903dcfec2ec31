"""After a full meeting, every file under the data folder is 0600 and every folder 0700,
also when the folder existed before with looser permissions."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.domain.snapshot import take_snapshot
from intervisie_desktop.store import crypto
from intervisie_desktop.store.atomic import write_atomic
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.repository import DataFolder

from .conftest import SAMPLES, make_meeting

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The most common umask: new files would be world-readable if we did nothing."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def loose_modes(root: Path) -> list[str]:
    wrong = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        if mode != expected:
            wrong.append(f"{path.relative_to(root)}: {mode:o}")
    return wrong


def run_full_meeting(folder: DataFolder, library: MethodLibrary) -> None:
    group = Group(name="Wijkteam", members=[Member(name=n) for n in ("Anna", "Bram", "Dewi")])
    folder.save_group(group)
    folder.save_settings(Settings(language="nl"))
    folder.methods.save(library.get("roddel").model_copy(update={"id": "eigen-roddel"}))
    meeting = make_meeting(library, items=20, group_id=group.id)
    clock = FakeClock()
    engine = SessionEngine(meeting.blocks, clock)
    engine.start()
    for _ in range(len(meeting.blocks)):  # every step, an autosave at each transition
        clock.advance(120)
        meeting.clock = take_snapshot(engine)
        folder.save_meeting(meeting)
        engine.next()
    meeting.clock = take_snapshot(engine)
    folder.save_meeting(meeting)
    folder.list_meetings()
    # a damaged group file on the way: quarantined, and restored from its backup
    folder.save_group(group)
    (folder.root / f"groups/{group.id}.json").write_bytes(b"{")
    with pytest.raises(DataFileError):
        folder.load_group(group.id)
    folder.restore_backup(f"groups/{group.id}.json")


def test_everything_is_private_after_a_full_meeting(data_dir: Path, library: MethodLibrary) -> None:
    with DataFolder.open(data_dir) as folder:
        run_full_meeting(folder, library)
        assert loose_modes(data_dir) == []
    assert loose_modes(data_dir) == []
    assert list((data_dir / "quarantine").iterdir())  # the run did quarantine a file


def test_everything_is_private_in_an_encrypted_folder(
    data_dir: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        folder.enable_encryption("a long passphrase")
        run_full_meeting(folder, library)
    assert loose_modes(data_dir) == []


def test_an_existing_folder_with_loose_permissions_is_tightened(
    data_dir: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        run_full_meeting(folder, library)
    old = data_dir / "meetings" / "5a0c9e1f2b3d4c6e.json"
    shutil.copyfile(SAMPLES / "meeting-v1.json", old)  # copied in by hand
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    with DataFolder.open(data_dir) as folder:
        folder.load_settings()
        folder.list_groups()
        folder.methods.all()
        assert len(folder.list_meetings()) == 2
        # what the app touched at start is private at once; backups' own folders (inside
        # the private backups/ folder) are made private on request or when next used
        outside_backups = [m for m in loose_modes(data_dir) if not m.startswith("backups/")]
        assert outside_backups == []
        assert folder.tighten_all() > 0
        assert loose_modes(data_dir) == []


def test_a_read_only_choice_of_the_owner_is_kept(data_dir: Path, library: MethodLibrary) -> None:
    with DataFolder.open(data_dir) as folder:
        folder.save_meeting(make_meeting(library))
    (data_dir / "meetings").chmod(0o555)
    try:
        with DataFolder.open(data_dir):
            pass
        assert stat.S_IMODE((data_dir / "meetings").stat().st_mode) == 0o500
    finally:
        (data_dir / "meetings").chmod(0o700)


def test_the_key_file_is_private(data_dir: Path) -> None:
    with DataFolder.open(data_dir) as folder:
        folder.enable_encryption("a long passphrase")
    key = data_dir / crypto.KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_an_export_is_private_but_leaves_the_users_folder_as_it_was(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents.chmod(0o755)
    target = documents / "serie.ics"
    write_atomic(target, b"BEGIN:VCALENDAR\r\n", private_folder=False)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755  # the user's folder stays theirs
    assert [p.name for p in documents.iterdir()] == ["serie.ics"]  # no temp file left
    write_atomic(documents / "new" / "x.ics", b"x", private_folder=False)
    assert stat.S_IMODE((documents / "new").stat().st_mode) == 0o700  # made by us: private
