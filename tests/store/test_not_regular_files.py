"""Where a data file belongs, only a regular file of this user is read: a named pipe
does not hang the app, a link is not followed (and its target never made
"private"), a device does not balloon memory, a folder named ``x.json`` is not a
file, a file far too large is refused before it is read, and another user's file
is reported as such. All of these are reported and left exactly as they are;
the app never writes over them. And the app never writes a file larger than it
reads."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store import crypto, safe_read
from intervisie_desktop.store.atomic import ReadOnlyFileError, SaveError
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.lock_errors import ForeignLockError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.store.settings_file import load_settings

from .conftest import PASSPHRASE, SAMPLES, make_meeting
from .ordinary_user import as_an_ordinary_user, run_child

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="pipes, links and owners as on POSIX"),
    pytest.mark.timeout(60),  # a pipe that is opened would hang: fail, do not wait
]
MEETING_ID = "5a0c9e1f2b3d4c6e"
ROOT = Path(__file__).resolve().parents[2]


def outside_meeting(tmp_path: Path) -> Path:
    """A readable meeting file outside the data folder (another user's, say)."""
    target = tmp_path / "elsewhere" / "meeting.json"
    target.parent.mkdir()
    shutil.copyfile(SAMPLES / "meeting-v3.json", target)
    target.chmod(0o644)
    return target


Planter = Callable[[Path, Path], str]  # (the path where the meeting belongs, tmp) -> type


def fifo(place: Path, tmp: Path) -> str:
    os.mkfifo(place)
    return "fifo"


def folder_named_json(place: Path, tmp: Path) -> str:
    place.mkdir()
    return "folder"


def link_outside(place: Path, tmp: Path) -> str:
    place.symlink_to(outside_meeting(tmp))
    return "link"


def link_to_device(place: Path, tmp: Path) -> str:
    place.symlink_to("/dev/zero")  # endless: reading it would fill the memory
    return "link"


PLANTED: dict[str, Planter] = {
    "fifo": fifo,
    "folder": folder_named_json,
    "link-outside": link_outside,
    "link-to-device": link_to_device,
}


@pytest.mark.parametrize("planter", PLANTED.values(), ids=PLANTED.keys())
def test_something_else_where_a_meeting_belongs_is_reported_and_left_alone(
    data_dir: Path, tmp_path: Path, library: MethodLibrary, planter: Planter
) -> None:
    with DataFolder.open(data_dir) as folder:
        folder.save_meeting(make_meeting(library))
        place = data_dir / "meetings" / f"{MEETING_ID}.json"
        kind = planter(place, tmp_path)
        before = place.lstat()
        assert len(folder.list_meetings()) == 1  # the good one; nothing hangs
        problem = next(p for p in folder.problems if p.name == f"meetings/{MEETING_ID}.json")
        assert problem.reason is (Code.LINK if kind == "link" else Code.NOT_A_FILE)
        assert problem.left_alone and problem.quarantined_as is None
        with pytest.raises(DataFileError):
            folder.load_meeting(MEETING_ID)
        stand_in = make_meeting(library)
        stand_in.id = MEETING_ID
        with pytest.raises(ReadOnlyFileError) as refused:
            folder.save_meeting(stand_in)  # never written over
        assert refused.value.reason is Code.BLOCKED
        after = place.lstat()
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    outside = tmp_path / "elsewhere" / "meeting.json"
    if outside.exists():
        assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # its target never touched


def test_the_settings_the_index_and_the_lock_as_pipes_do_not_hang(
    data_dir: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        folder.save_meeting(make_meeting(library))
    (data_dir / "meeting-index.json").unlink()
    os.mkfifo(data_dir / "meeting-index.json")
    os.mkfifo(data_dir / "settings.json")
    loaded = load_settings(data_dir)
    assert loaded.settings == Settings()
    assert loaded.problem is not None and loaded.problem.reason is Code.NOT_A_FILE
    with DataFolder.open(data_dir) as folder:
        assert len(folder.list_meetings()) == 1
        with pytest.raises(ReadOnlyFileError):
            folder.save_settings(Settings(language="en"))
    assert stat.S_ISFIFO((data_dir / "settings.json").lstat().st_mode)
    os.mkfifo(data_dir / "lock")
    with pytest.raises(ForeignLockError):
        DataFolder.open(data_dir)


def test_a_file_far_too_large_is_refused_before_it_is_read(
    data_dir: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        folder.save_meeting(make_meeting(library))
        huge = data_dir / "meetings" / f"{MEETING_ID}.json"
        with huge.open("wb") as stream:  # 300 MB, sparse: costs no disk
            stream.truncate(300 * 1024 * 1024)
        with pytest.raises(DataFileError) as caught:
            folder.load_meeting(MEETING_ID)
        assert caught.value.reason is Code.TOO_LARGE
        assert caught.value.params["size"] == 300 * 1024 * 1024


def test_the_app_never_writes_a_file_it_could_not_read_again(
    folder: DataFolder, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = make_meeting(library, items=5)
    folder.save_meeting(small)
    live = folder.root / "meetings" / f"{small.id}.json"
    before = live.read_bytes()
    monkeypatch.setattr(safe_read, "MAX_FILE_BYTES", len(before) + 2000)
    grown = make_meeting(library, items=400)
    grown.id = small.id
    with pytest.raises(SaveError) as caught:
        folder.save_meeting(grown)
    assert caught.value.reason is Code.TOO_LARGE
    assert live.read_bytes() == before
    assert folder.load_meeting(small.id) == small  # what was written is read again


def test_a_key_file_that_is_a_link_is_not_followed(encrypted: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "key-elsewhere.json"
    shutil.copyfile(encrypted / "key.json", elsewhere)
    elsewhere.chmod(0o644)
    (encrypted / "key.json").unlink()
    (encrypted / "key.json").symlink_to(elsewhere)
    with pytest.raises(crypto.KeyFileError) as caught:
        crypto.unlock(encrypted, PASSPHRASE)
    assert caught.value.code is Code.KEY_DAMAGED
    assert caught.value.params["reason"] == "link"
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644


def test_a_backup_that_is_a_link_is_never_restored(folder: DataFolder, tmp_path: Path) -> None:
    group = Group(name="Wijkteam")
    folder.save_group(group)
    folder.save_group(group)
    name = f"groups/{group.id}.json"
    (backup,) = folder.backups(name)
    planted = tmp_path / "planted.json"
    text = backup.path.read_text(encoding="utf-8").replace("Wijkteam", "Planted")
    planted.write_text(text, encoding="utf-8")
    backup.path.unlink()
    backup.path.symlink_to(planted)
    (folder.root / name).write_bytes(b"damaged")
    with pytest.raises(DataFileError):
        folder.load_group(group.id)
    (problem,) = folder.problems
    assert problem.backup is None
    with pytest.raises(DataFileError):
        folder.restore_backup(name)


# ----- a file of another user account ------------------------------------------------

OTHER_OWNER_CHILD = """
import json, sys
from pathlib import Path
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.repository import DataFolder

root, group_id = Path(sys.argv[1]), sys.argv[2]
result = {}
with DataFolder.open(root) as folder:
    try:
        folder.load_group(group_id)
    except DataFileError as exc:
        result["error"] = [exc.reason, exc.params]
    result["problems"] = [[p.reason, p.left_alone] for p in folder.problems]
print(json.dumps(result))
"""


@pytest.mark.slow
def test_a_file_of_another_user_is_reported_as_such_and_left_alone(library: MethodLibrary) -> None:
    user = as_an_ordinary_user()
    if user is None:
        pytest.skip("needs root and setpriv to run as an ordinary user")
    prefix, own_uid, other_uid = user
    base = Path(tempfile.mkdtemp(prefix="intervisie-owner-"))
    try:
        base.chmod(0o755)
        root = base / "data"
        group = Group(name="Wijkteam")
        with DataFolder.open(root) as folder:
            folder.save_group(group)
        subprocess.run(["chown", "-R", f"{own_uid}:{own_uid}", str(root)], check=True)
        planted = root / "groups" / f"{group.id}.json"
        os.chown(planted, other_uid, other_uid)  # valid, but another account's
        planted.chmod(0o644)
        result = run_child(prefix, OTHER_OWNER_CHILD, str(root), group.id)
        assert result["error"] == ["other_owner", {"owner": other_uid}]
        assert result["problems"] == [["other_owner", True]]
        assert planted.exists() and planted.stat().st_uid == other_uid  # not moved, not changed
        assert stat.S_IMODE(planted.stat().st_mode) == 0o644
    finally:
        shutil.rmtree(base, ignore_errors=True)
