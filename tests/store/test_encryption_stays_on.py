"""An encrypted folder stays encrypted: it is recognised from more than its key file,
a missing or damaged key file is its own problem (never "wrong passphrase", never a
silent switch to plain text), the key has a backup, and plain files found in the
folder are never trusted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store import crypto
from intervisie_desktop.store.atomic import ReadOnlyFileError
from intervisie_desktop.store.envelope import ENCRYPTED_MAGIC, DataFileError
from intervisie_desktop.store.files import FileStore
from intervisie_desktop.store.formats import MEETING
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

from .conftest import PASSPHRASE, SAMPLES, SECRET, leaks, make_meeting


def test_a_missing_key_file_is_its_own_problem_and_nothing_opens_plain(encrypted: Path) -> None:
    (encrypted / "key.json").unlink()
    assert crypto.is_encrypted_folder(encrypted)  # the encrypted files say so
    with pytest.raises(crypto.KeyFileError) as caught:
        DataFolder.open(encrypted)
    assert caught.value.code is Code.KEY_MISSING
    assert caught.value.params["backup"] is True
    with pytest.raises(crypto.KeyFileError) as unlocking:
        crypto.unlock(encrypted, PASSPHRASE)
    assert unlocking.value.code is Code.KEY_MISSING


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda p: p.write_bytes(b"\x00garbage"), id="garbage"),
        pytest.param(lambda p: (p.unlink(), p.mkdir()), id="a-folder"),
        pytest.param(lambda p: p.write_text("{}", encoding="utf-8"), id="not-a-key"),
    ],
)
def test_a_damaged_key_file_is_restored_from_its_backup(encrypted: Path, spoil: object) -> None:
    key = encrypted / "key.json"
    spoil(key)  # type: ignore[operator]
    assert crypto.is_encrypted_folder(encrypted)
    with pytest.raises(crypto.KeyFileError) as caught:
        crypto.unlock(encrypted, PASSPHRASE)
    assert caught.value.code is Code.KEY_DAMAGED
    assert caught.value.params["backup"] is True
    with pytest.raises(crypto.EncryptionError) as opening:
        DataFolder.open(encrypted)
    assert opening.value.code in (Code.PASSPHRASE_REQUIRED, Code.KEY_DAMAGED)
    crypto.restore_key_from_backup(encrypted)
    with DataFolder.open(encrypted, crypto.unlock(encrypted, PASSPHRASE)) as folder:
        (summary,) = folder.list_meetings()
        assert folder.load_meeting(summary.id).board.items[-1].text == SECRET


def test_without_any_key_the_encrypted_files_still_say_so(encrypted: Path) -> None:
    (encrypted / "key.json").unlink()
    for backup in (encrypted / "backups").glob("key*.json"):
        backup.unlink()
    assert crypto.is_encrypted_folder(encrypted)
    with pytest.raises(crypto.KeyFileError) as caught:
        DataFolder.open(encrypted)
    assert caught.value.code is Code.KEY_MISSING
    assert caught.value.params["backup"] is False


def test_a_wrong_passphrase_is_not_a_damaged_key(encrypted: Path) -> None:
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(encrypted, "not the passphrase")


def test_a_plain_meeting_dropped_into_an_encrypted_folder_is_not_trusted(
    encrypted: Path,
) -> None:
    planted = encrypted / "meetings" / "5a0c9e1f2b3d4c6e.json"
    shutil.copyfile(SAMPLES / "meeting-v2.json", planted)
    with DataFolder.open(encrypted, crypto.unlock(encrypted, PASSPHRASE)) as folder:
        ids = {s.id for s in folder.list_meetings()}
        assert "5a0c9e1f2b3d4c6e" not in ids
        with pytest.raises(DataFileError):
            folder.load_meeting("5a0c9e1f2b3d4c6e")
        problem = next(p for p in folder.problems if p.name.endswith("5a0c9e1f2b3d4c6e.json"))
        assert problem.reason is Code.PLAIN_IN_ENCRYPTED
    plain_words = json.loads((SAMPLES / "meeting-v2.json").read_text())["data"]["case_question"]
    assert not [
        p for p in encrypted.rglob("*") if p.is_file() and plain_words.encode() in p.read_bytes()
    ]


def test_old_quarantined_files_are_encrypted_when_encryption_is_switched_on(
    data_dir: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library, note=SECRET)
        folder.save_meeting(meeting)
        live = data_dir / "meetings" / f"{meeting.id}.json"
        live.write_bytes(live.read_bytes()[:-10])  # damaged: quarantined as it is
        assert folder.list_meetings() == []
        assert leaks(data_dir)
        folder.enable_encryption(PASSPHRASE)
    assert leaks(data_dir) == []


def test_plain_text_is_never_written_over_an_encrypted_file(
    encrypted: Path, library: MethodLibrary
) -> None:
    target = next((encrypted / "meetings").glob("*.json"))
    before = target.read_bytes()
    meeting = make_meeting(library, note=SECRET)
    meeting.id = target.stem
    with pytest.raises(ReadOnlyFileError) as caught:
        FileStore(encrypted).write(MEETING, f"meetings/{target.stem}.json", meeting)
    assert caught.value.reason is Code.NO_KEY
    assert target.read_bytes() == before
    assert before.startswith(ENCRYPTED_MAGIC)


def test_the_key_has_a_backup_that_follows_a_new_passphrase(encrypted: Path) -> None:
    (backup,) = (encrypted / "backups").glob("key*.json")
    with DataFolder.open(encrypted, crypto.unlock(encrypted, PASSPHRASE)) as folder:
        folder.change_passphrase(PASSPHRASE, "een nieuwe wachtzin")
    (after,) = (encrypted / "backups").glob("key*.json")
    assert after.read_bytes() == (encrypted / "key.json").read_bytes()
    assert backup == after
    (encrypted / "key.json").unlink()
    crypto.restore_key_from_backup(encrypted)
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(encrypted, PASSPHRASE)  # the old passphrase opens no copy
    crypto.unlock(encrypted, "een nieuwe wachtzin")


def test_a_folder_without_a_key_backup_gets_one_when_opened(encrypted: Path) -> None:
    """Folders encrypted by an earlier version had no copy of their key."""
    for backup in (encrypted / "backups").glob("key*.json"):
        backup.unlink()
    with DataFolder.open(encrypted, crypto.unlock(encrypted, PASSPHRASE)):
        pass
    (copy,) = (encrypted / "backups").glob("key*.json")
    assert copy.read_bytes() == (encrypted / "key.json").read_bytes()
