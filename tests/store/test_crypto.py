"""Encryption at rest: no plain text anywhere, tampering detected, a wrong
passphrase writes nothing, and changing it re-wraps the data key only."""

from __future__ import annotations

import json
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store import atomic, crypto
from intervisie_desktop.store.envelope import ENCRYPTED_MAGIC, DataFileError, decode_kind
from intervisie_desktop.store.formats import GROUP, MEETING
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import (
    ENCRYPTING_MARKER,
    DataFolder,
    PassphraseRequiredError,
)

from .conftest import PASSPHRASE, SECRET, SECRET_PARTS, leaks, make_meeting


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }


def test_a_marked_note_never_appears_in_plain_text_anywhere(
    encrypted: Path, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert leaks(encrypted) == []
    written: list[bytes] = []
    real_write = atomic.os.write

    def recording_write(fd: int, data: bytes | memoryview) -> int:
        written.append(bytes(data))
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "write", recording_write)
    cipher = crypto.unlock(encrypted, PASSPHRASE)
    with DataFolder.open(encrypted, cipher) as folder:
        (summary,) = folder.list_meetings()
        meeting = folder.load_meeting(summary.id)
        assert meeting.board.items[-1].text == SECRET
        for number in range(8):  # autosaves, backups rotating
            meeting.title = f"save {number}"
            folder.save_meeting(meeting)
        second = make_meeting(library, note=SECRET)
        folder.save_meeting(second)
        folder.save_meeting(second)
        folder.restore_backup(f"meetings/{second.id}.json")
    assert written, "the saves went through write_atomic"
    assert not [w for w in written if any(p.encode() in w for p in SECRET_PARTS)]
    assert leaks(encrypted) == []
    assert not list(encrypted.rglob(f"*{atomic.TEMP_SUFFIX}"))
    for path in encrypted.rglob("*.json"):
        if path.name != "settings.json" and not path.name.startswith("key"):
            assert path.read_bytes().startswith(ENCRYPTED_MAGIC), path


def test_a_flipped_bit_in_any_encrypted_file_is_rejected(encrypted: Path) -> None:
    cipher = crypto.unlock(encrypted, PASSPHRASE)
    group_file = encrypted / "groups" / "a1b2c3d4e5f6.json"
    raw = group_file.read_bytes()
    assert decode_kind(GROUP, raw, "groups/a1b2c3d4e5f6.json", cipher).data.name == "Wijkteam"
    for bit in range(len(raw) * 8):  # every single bit of a whole file
        flipped = bytearray(raw)
        flipped[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(DataFileError):
            decode_kind(GROUP, bytes(flipped), "groups/a1b2c3d4e5f6.json", cipher)
    encrypted_files = [
        p for p in encrypted.rglob("*.json") if p.read_bytes().startswith(ENCRYPTED_MAGIC)
    ]
    assert len(encrypted_files) >= 6  # meeting, its backups, group, method, index
    chance = random.Random(5)
    for path in encrypted_files:
        content = bytearray(path.read_bytes())
        bit = chance.randrange(len(content) * 8)
        content[bit // 8] ^= 1 << (bit % 8)
        path.write_bytes(bytes(content))
    with DataFolder.open(encrypted, cipher) as folder:
        assert folder.list_meetings() == []
        assert folder.list_groups() == []
        assert folder.methods.all() == []
        reasons = {p.name: p.reason for p in folder.problems}
    assert set(reasons) == {
        n for n in reasons if n.startswith(("meetings/", "groups/", "methods/"))
    }
    assert len(reasons) == 3
    quarantined = sorted((encrypted / "quarantine").glob("*.json"))
    assert len(quarantined) == 3


def test_a_wrong_passphrase_is_refused_and_writes_nothing(encrypted: Path) -> None:
    before = snapshot(encrypted)
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(encrypted, "wrong passphrase!")
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.change_passphrase(encrypted, "wrong passphrase!", "a new passphrase")
    with pytest.raises(PassphraseRequiredError):
        DataFolder.open(encrypted)
    assert snapshot(encrypted) == before


def test_changing_the_passphrase_rewraps_the_key_only(encrypted: Path) -> None:
    cipher = crypto.unlock(encrypted, PASSPHRASE)
    before = snapshot(encrypted)
    with DataFolder.open(encrypted, cipher) as folder:
        folder.change_passphrase(PASSPHRASE, "een nieuwe wachtzin")
        after_open = snapshot(encrypted)
    changed = {n for n in after_open if after_open[n] != before.get(n)}
    key_backup = next(n for n in after_open if n.startswith("backups/key-"))
    assert changed == {"key.json", key_backup, "lock"}  # the lock is this open's own
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(encrypted, PASSPHRASE)
    new_cipher = crypto.unlock(encrypted, "een nieuwe wachtzin")
    with DataFolder.open(encrypted, new_cipher) as folder:
        (summary,) = folder.list_meetings()
        assert folder.load_meeting(summary.id).board.items[-1].text == SECRET


def test_files_cannot_be_swapped_or_opened_with_another_folders_key(
    encrypted: Path, tmp_path: Path, library: MethodLibrary
) -> None:
    cipher = crypto.unlock(encrypted, PASSPHRASE)
    with DataFolder.open(encrypted, cipher) as folder:
        other = make_meeting(library)
        folder.save_meeting(other)
        first = next(s.id for s in folder.list_meetings() if s.id != other.id)
    meetings = encrypted / "meetings"
    (meetings / f"{other.id}.json").replace(meetings / f"{first}.json")
    with DataFolder.open(encrypted, cipher) as folder, pytest.raises(DataFileError) as caught:
        folder.load_meeting(first)
    assert caught.value.reason is Code.WRONG_PLACE
    elsewhere = tmp_path / "other"
    with DataFolder.open(elsewhere) as folder:
        folder.enable_encryption("another passphrase")
    with pytest.raises(crypto.EncryptionError) as other_key:
        DataFolder.open(elsewhere, cipher)
    assert other_key.value.code is Code.KEY_OF_OTHER_FOLDER
    with pytest.raises(crypto.EncryptionError) as plain:
        DataFolder.open(tmp_path / "plain", cipher)
    assert plain.value.code is Code.NOT_ENCRYPTED


def test_an_interrupted_switch_to_encryption_is_finished_on_open(
    data_dir: Path, library: MethodLibrary
) -> None:
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library, note=SECRET)
        folder.save_meeting(meeting)
        folder.save_meeting(meeting)
    # the state a crash right after the key was made leaves behind
    (data_dir / ENCRYPTING_MARKER).touch()
    crypto.create_key(data_dir, PASSPHRASE)
    assert leaks(data_dir)
    with DataFolder.open(data_dir, crypto.unlock(data_dir, PASSPHRASE)) as folder:
        assert folder.load_meeting(meeting.id) == meeting
    assert leaks(data_dir) == []
    assert not (data_dir / ENCRYPTING_MARKER).exists()


def test_settings_stay_readable_before_unlocking(encrypted: Path) -> None:
    cipher = crypto.unlock(encrypted, PASSPHRASE)
    with DataFolder.open(encrypted, cipher) as folder:
        folder.save_settings(Settings(language="en"))
    from intervisie_desktop.store.settings_file import load_settings  # noqa: PLC0415

    assert load_settings(encrypted).settings.language == "en"


def test_unlocking_is_a_plain_function_that_runs_off_the_calling_thread(encrypted: Path) -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        cipher = pool.submit(crypto.unlock, encrypted, PASSPHRASE).result(timeout=60)
    with DataFolder.open(encrypted, cipher) as folder:
        assert len(folder.list_meetings()) == 1


def test_the_key_file_is_strong_and_checked(encrypted: Path) -> None:
    key_file = json.loads((encrypted / "key.json").read_text(encoding="utf-8"))["data"]
    assert key_file["kdf"] == "argon2id"
    assert key_file["memory_cost"] >= 65536
    assert key_file["iterations"] >= 3
    weakened = json.loads((encrypted / "key.json").read_text(encoding="utf-8"))
    weakened["data"]["memory_cost"] = 1024
    (encrypted / "key.json").write_text(json.dumps(weakened), encoding="utf-8")
    with pytest.raises(crypto.KeyFileError) as caught:
        crypto.unlock(encrypted, PASSPHRASE)
    assert caught.value.code is Code.KEY_DAMAGED
    assert caught.value.params["reason"] == "invalid"


def test_short_passphrases_are_refused(data_dir: Path) -> None:
    with DataFolder.open(data_dir) as folder:
        with pytest.raises(crypto.WeakPassphraseError) as caught:
            folder.enable_encryption("short")
        assert caught.value.params == {"minimum": 8}
        assert not folder.encrypted
    assert not (data_dir / "key.json").exists()


def test_each_save_uses_a_fresh_nonce(encrypted: Path) -> None:
    cipher = crypto.unlock(encrypted, PASSPHRASE)
    sealed = {cipher.seal({"format": "x"}, b"same text", "a.json") for _ in range(50)}
    assert len(sealed) == 50
    meeting_file = next((encrypted / "meetings").glob("*.json"))
    assert decode_kind(MEETING, meeting_file.read_bytes(), f"meetings/{meeting_file.name}", cipher)
