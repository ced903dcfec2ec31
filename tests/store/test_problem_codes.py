"""Problems travel as data: a code and its parameters, never an English sentence made
in the store. The UI words them (``ui/problem_text.py``) in the user's language."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store import atomic, crypto
from intervisie_desktop.store.atomic import SaveError
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.lock_errors import FolderInUseError
from intervisie_desktop.store.method_files import MethodImportError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

from .conftest import make_meeting

PLAIN = (str, int, bool, type(None))


def plain_params(params: object) -> bool:
    return isinstance(params, dict) and all(isinstance(v, PLAIN) for v in params.values())


def test_a_damaged_file_is_a_code_with_the_file_and_its_backup(
    folder: DataFolder, library: MethodLibrary
) -> None:
    meeting = make_meeting(library)
    folder.save_meeting(meeting)
    folder.save_meeting(meeting)
    live = folder.root / "meetings" / f"{meeting.id}.json"
    live.write_bytes(live.read_bytes()[:-30])
    assert folder.list_meetings() == []
    (problem,) = folder.problems
    assert problem.reason is Code.CUT_OFF
    assert problem.what == "meeting"
    assert problem.name == f"meetings/{meeting.id}.json"
    assert problem.backup is not None
    assert problem.quarantined_as is not None
    assert plain_params(problem.params)
    assert not hasattr(problem, "message")  # the UI words it


def test_an_invalid_file_names_its_fields(folder: DataFolder) -> None:
    group = Group(name="Wijkteam")
    folder.save_group(group)
    path = folder.root / "groups" / f"{group.id}.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"Wijkteam"', '""'))
    with pytest.raises(DataFileError) as caught:
        folder.load_group(group.id)
    assert caught.value.reason is Code.INVALID
    assert "name" in str(caught.value.params["fields"])
    assert plain_params(caught.value.params)


def test_a_failed_save_is_a_code(
    folder: DataFolder, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full)
    with pytest.raises(SaveError) as caught:
        folder.save_meeting(make_meeting(library))
    assert caught.value.reason is Code.DISK_FULL
    assert plain_params(caught.value.params)


def test_folder_and_encryption_errors_are_codes(tmp_path: Path) -> None:
    with DataFolder.open(tmp_path / "data"):
        with pytest.raises(FolderInUseError) as busy:
            DataFolder.open(tmp_path / "data")
        assert busy.value.code is Code.IN_USE
        assert busy.value.params["pid"] == os.getpid()
        assert plain_params(busy.value.params)
    assert crypto.WrongPassphraseError().code is Code.WRONG_PASSPHRASE
    weak = crypto.WeakPassphraseError()
    assert weak.code is Code.WEAK_PASSPHRASE
    assert weak.params["minimum"] == crypto.MIN_PASSPHRASE_LENGTH


def test_a_refused_method_file_is_a_code(folder: DataFolder, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"not json at all")
    with pytest.raises(MethodImportError) as caught:
        folder.methods.import_file(bad)
    assert caught.value.reason is Code.DAMAGED
    assert caught.value.params["file"] == "bad.json"
