"""A data folder that disappears (a USB stick pulled, a network share gone) is never
silently made again on the disk that is left: saving says the folder is gone,
and the meeting can be saved again when it is back, or to another folder."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store import crypto
from intervisie_desktop.store.atomic import FolderGoneError
from intervisie_desktop.store.envelope import ENCRYPTED_MAGIC, read_kind
from intervisie_desktop.store.formats import MEETING
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

from .conftest import make_meeting


def test_a_pulled_stick_is_not_made_again_and_saving_says_so(
    data_dir: Path, tmp_path: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library)
        folder.save_meeting(meeting)
        data_dir.rename(tmp_path / "stick-elsewhere")  # the stick is pulled
        meeting.title = "typed after the stick was pulled"
        with pytest.raises(FolderGoneError) as caught:
            folder.save_meeting(meeting)
        assert caught.value.reason is Code.FOLDER_GONE
        assert not data_dir.exists()  # nothing made again on the laptop's own disk
        with pytest.raises(FolderGoneError):
            folder.reconnect()  # still gone
        (tmp_path / "stick-elsewhere").rename(data_dir)  # ... and it is back
        folder.reconnect()
        folder.save_meeting(meeting)
        assert folder.load_meeting(meeting.id).title == meeting.title


def test_another_folder_in_its_place_is_not_written_to(
    data_dir: Path, tmp_path: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library)
        folder.save_meeting(meeting)
        data_dir.rename(tmp_path / "away")
        data_dir.mkdir()  # an empty mount point, or another stick
        with pytest.raises(FolderGoneError) as caught:
            folder.save_meeting(meeting)
        assert caught.value.reason is Code.FOLDER_REPLACED
        assert list(data_dir.iterdir()) == []
        with pytest.raises(FolderGoneError):
            folder.reconnect()  # not the folder that was opened
        assert list(data_dir.iterdir()) == []
        data_dir.rmdir()
        (tmp_path / "away").rename(data_dir)
        folder.reconnect()


def test_the_meeting_can_be_saved_to_a_folder_the_user_picks(
    data_dir: Path, tmp_path: Path, library: MethodLibrary
) -> None:
    picked = tmp_path / "picked"
    picked.mkdir()
    picked.chmod(0o755)
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library, note="een privé notitie")
        data_dir.rename(tmp_path / "gone")
        first = folder.save_meeting_elsewhere(meeting, picked)
        second = folder.save_meeting_elsewhere(meeting, picked)
    assert first != second and first.parent == picked == second.parent  # never overwritten
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(picked.stat().st_mode) == 0o755  # the user's folder stays as it was
    copy = read_kind(MEETING, first, f"meetings/{meeting.id}.json").data
    assert copy == meeting


def test_a_copy_from_an_encrypted_folder_is_encrypted(
    data_dir: Path, tmp_path: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        folder.enable_encryption("a long passphrase")
    cipher = crypto.unlock(data_dir, "a long passphrase")
    with DataFolder.open(data_dir, cipher) as folder:
        meeting = make_meeting(library, note="strikt vertrouwelijk")
        saved = folder.save_meeting_elsewhere(meeting, tmp_path)
    raw = saved.read_bytes()
    assert raw.startswith(ENCRYPTED_MAGIC)
    assert b"vertrouwelijk" not in raw
    # put back into its own folder, it opens there
    (data_dir / "meetings" / f"{meeting.id}.json").write_bytes(raw)
    with DataFolder.open(data_dir, cipher) as folder:
        assert folder.load_meeting(meeting.id) == meeting


@pytest.mark.skipif(os.geteuid() != 0, reason="a bind mount needs root")
def test_a_folder_on_another_device_in_its_place_is_noticed(
    data_dir: Path, tmp_path: Path, library: MethodLibrary
) -> None:
    import shutil  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    if shutil.which("mount") is None:
        pytest.skip("no mount(8)")
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library)
        folder.save_meeting(meeting)
        other = tmp_path / "other"
        other.mkdir()
        done = subprocess.run(
            ["mount", "--bind", str(other), str(data_dir)], capture_output=True, check=False
        )
        if done.returncode != 0:
            pytest.skip("bind mounts are not permitted here")
        try:
            with pytest.raises(FolderGoneError):
                folder.save_meeting(meeting)
            assert list(other.iterdir()) == []
        finally:
            subprocess.run(["umount", str(data_dir)], check=True)
    assert json.loads((data_dir / "meetings" / f"{meeting.id}.json").read_text())["data"]
