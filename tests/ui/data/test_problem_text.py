"""Every problem code the store reports is worded, in English and in Dutch, and the
sentences name the file, the reason, where it is now and its backup."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from intervisie_desktop.store.atomic import FolderGoneError, SaveError
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.lock_errors import FolderInUseError, FolderLockedElsewhereError
from intervisie_desktop.store.lock_holder import LockHolder
from intervisie_desktop.store.problems import Backup, Code, Problem
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.i18n import install_translators
from intervisie_desktop.ui.problem_text import describe_error, describe_problem, reason_text

# parameters each code may carry, so every branch is worded
PARAMS = {
    "line": 3,
    "column": 7,
    "found": "group",
    "version": 2,
    "fields": "title (string_type)",
    "more": 2,
    "size": 300 * 1024 * 1024,
    "limit": 256 * 1024 * 1024,
    "type": "fifo",
    "owner": 1001,
    "error": "EACCES",
    "pid": 4242,
    "host": "kantoor-pc",
    "reason": "read_only_disk",
    "name": "temp",
    "minimum": 8,
    "backup": True,
    "id": "eigen",
    "suffix": ".txt",
    "file": "x.json",
}


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_code_is_worded(qapp: QApplication) -> None:
    for code in Code:
        text = reason_text(code, PARAMS)
        assert text and text != code.value, code
        assert "%1" not in text and "%2" not in text, code


def test_every_code_is_worded_in_dutch(qapp: QApplication) -> None:
    english = {code: reason_text(code, PARAMS) for code in Code}
    translators = install_translators(qapp, "nl")
    try:
        untranslated = [c for c in Code if reason_text(c, PARAMS) == english[c]]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert untranslated == []


def test_a_problem_names_the_file_the_reason_the_place_and_the_backup(qapp: QApplication) -> None:
    backup = Backup(Path("/data/backups/meetings/ab/00000002.json"), datetime(2026, 3, 12, 14, 5))
    moved = Problem(
        "meetings/ab.json", "meeting", Code.CUT_OFF, {}, Path("/data/quarantine/x"), backup
    )
    text = describe_problem(moved)
    for part in (
        "meeting",
        "meetings/ab.json",
        "cut off",
        "/data/quarantine/x",
        "2026-03-12 14:05",
    ):
        assert part in text
    alone = Problem("groups/g.json", "group", Code.LINK, {}, None, None, left_alone=True)
    text = describe_problem(alone)
    assert "left where it is" in text and "no backup" in text and "link" in text


def test_the_words_are_dutch_in_dutch(dutch: None) -> None:
    problem = Problem("meetings/ab.json", "meeting", Code.DISK_FULL, {}, None, None)
    assert "meetings/ab.json" in describe_problem(problem)
    assert "vol" in reason_text(Code.DISK_FULL, {})


def test_every_kind_of_error_is_a_sentence(qapp: QApplication) -> None:
    here = LockHolder(4242, "laptop", "intervisie-desktop")
    elsewhere = LockHolder(4242, "kantoor-pc", "intervisie-desktop")
    cases = [
        (SaveError("meetings/ab.json", Code.DISK_FULL), "disk is full"),
        (FolderGoneError("meetings/ab.json", Code.FOLDER_GONE), "USB stick"),
        (DataFileError("groups/g.json", Code.EMPTY), "groups/g.json"),
        (FolderInUseError(Path("/data"), here), "4242"),
        (FolderLockedElsewhereError(Path("/data"), elsewhere), "kantoor-pc"),
        (OSError(28, "No space left on device"), "No space left"),
    ]
    for error, expected in cases:
        text = describe_error(error)
        assert expected in text, text
        assert text.endswith(".")


def test_a_settings_save_into_a_vanished_folder_is_told_in_words(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting with the stick out: "Not saved: folder_gone: settings.json" was shown."""
    from intervisie_desktop.domain.methods import load_method_library  # noqa: PLC0415
    from intervisie_desktop.domain.settings import Settings  # noqa: PLC0415
    from intervisie_desktop.store.repository import DataFolder  # noqa: PLC0415
    from intervisie_desktop.ui.data.folder_service import FolderService  # noqa: PLC0415

    folder = FolderService(tmp_path / "data", Settings(), load_method_library())
    store = DataFolder.open(tmp_path / "data")
    folder.attach(store)

    def gone(_settings: Settings) -> None:
        raise FolderGoneError("settings.json", Code.FOLDER_GONE)

    monkeypatch.setattr(store, "save_settings", gone)
    said: list[str] = []
    folder.failed.connect(said.append)
    folder.save_settings()
    store.close()
    (text,) = said
    assert "folder_gone" not in text and "settings.json" in text
    assert text == describe_error(FolderGoneError("settings.json", Code.FOLDER_GONE))


def test_a_data_folder_of_another_account_is_told_before_anything_is_read(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Another account's folder: a plain message, no traceback, no empty app."""
    from intervisie_desktop.ui.data.open_folder import (  # noqa: PLC0415
        PassphrasePrompt,
        open_data_folder,
    )

    if os.geteuid() != 0:
        pytest.skip("needs root to give the folder to another account")
    theirs = tmp_path / "theirs"
    DataFolder.open(theirs).close()
    (theirs / "key.json").write_text("not read")  # nothing in it is looked at
    os.chown(theirs, 65534, 65534)
    told: list[str] = []

    class Prompt(PassphrasePrompt):
        def tell(self, parent: object, text: str) -> None:
            told.append(text)

    assert open_data_folder(theirs, None, Prompt()) is None
    assert told == [
        f"The data folder {theirs} cannot be opened: it cannot be written to: "
        "it belongs to another user account on this computer."
    ]


def test_a_backup_that_cannot_be_put_back_is_not_offered(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A named pipe where a meeting belongs: "Restore the backups" could not work, so it
    is not offered; the text says where the backup is kept."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from intervisie_desktop.ui.data.damaged_files import report_problems  # noqa: PLC0415

    backup = Backup(Path("/data/backups/meetings/ab/00000002.json"), datetime(2026, 3, 12, 14, 5))
    pipe = Problem(
        "meetings/ab.json", "meeting", Code.NOT_A_FILE, {"type": "fifo"}, None, backup, True
    )

    class Folder:
        def unreported_problems(self) -> list[Problem]:
            return [pipe]

    shown: list[tuple[str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    report_problems(None, Folder())  # type: ignore[arg-type]
    ((text, buttons),) = shown
    assert "&Restore the backups" not in buttons
    assert "is kept in /data/backups/meetings/ab/00000002.json" in text
    assert "can be restored" not in text
