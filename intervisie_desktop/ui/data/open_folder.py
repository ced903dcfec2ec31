"""Opening the data folder: the passphrase when it is encrypted, a question when its key
must come back from its backup or a lock may be broken, and a message in plain words
when it cannot be opened. Unlocking is slow by design, so it runs off the UI thread
while a small dialog waits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from intervisie_desktop.store import crypto, folder_open
from intervisie_desktop.store.lock_errors import (
    FolderLockedElsewhereError,
    FolderLockError,
    ForeignLockError,
)
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.data.off_thread import run_off_ui_thread
from intervisie_desktop.ui.problem_text import describe_error


class PassphrasePrompt:
    """Asks the user (passphrase, yes or no, a message); a seam tests replace."""

    def ask(self, parent: QWidget | None, retry: bool) -> str | None:
        if retry:
            text = QCoreApplication.translate(
                "OpenFolder", "That passphrase is not right. Nothing was changed. Try again:"
            )
        else:
            text = QCoreApplication.translate(
                "OpenFolder", "This data folder is encrypted. Enter its passphrase:"
            )
        value, ok = QInputDialog.getText(
            parent, "Intervisie Desktop", text, QLineEdit.EchoMode.Password
        )
        return value if ok and value else None

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, "Intervisie Desktop", text)
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, "Intervisie Desktop", text)


def open_data_folder(
    root: Path, parent: QWidget | None = None, prompt: PassphrasePrompt | None = None
) -> DataFolder | None:
    """The opened folder, or None after telling the user why it could not be opened."""
    prompt = prompt or PassphrasePrompt()
    cipher: crypto.FileCipher | None = None
    try:
        folder_open.check_access(root)  # before anything in it is looked at
        encrypted = crypto.is_encrypted_folder(root)
    except (FolderLockError, OSError) as exc:
        prompt.tell(parent, describe_error(exc))
        return None
    if encrypted:
        cipher = _ask_and_unlock(root, parent, prompt)
        if cipher is None:
            return None
    while True:
        try:
            return DataFolder.open(root, cipher)
        except (FolderLockedElsewhereError, ForeignLockError) as exc:
            question = QCoreApplication.translate(
                "OpenFolder",
                "If no other computer is using this data folder now, its lock can be "
                "removed. Remove the lock and open the folder?",
            )
            if not prompt.confirm(parent, describe_error(exc) + "\n\n" + question):
                return None
            try:
                DataFolder.break_lock(root)
            except (FolderLockError, OSError) as broken:
                prompt.tell(parent, describe_error(broken))
                return None
        except (FolderLockError, crypto.EncryptionError, OSError) as exc:
            prompt.tell(parent, describe_error(exc))
            return None


def _ask_and_unlock(
    root: Path, parent: QWidget | None, prompt: PassphrasePrompt
) -> crypto.FileCipher | None:
    """The folder's cipher; a damaged or missing key file is put back from its backup
    when the user agrees. None when the user gives up (after being told why)."""
    retry = False
    while True:
        passphrase = prompt.ask(parent, retry)
        if passphrase is None:
            return None
        try:
            return _unlock(root, passphrase)
        except crypto.WrongPassphraseError:
            retry = True
        except crypto.KeyFileError as exc:
            if not _restore_key(root, parent, prompt, exc):
                return None
        except crypto.EncryptionError as exc:
            prompt.tell(parent, describe_error(exc))
            return None


def _restore_key(
    root: Path, parent: QWidget | None, prompt: PassphrasePrompt, error: crypto.KeyFileError
) -> bool:
    if not error.params.get("backup"):
        prompt.tell(parent, describe_error(error))
        return False
    question = QCoreApplication.translate(
        "OpenFolder", "Put the key back from its backup? The damaged file is kept aside."
    )
    if not prompt.confirm(parent, describe_error(error) + "\n\n" + question):
        return False
    try:
        crypto.restore_key_from_backup(root)
    except (crypto.EncryptionError, OSError) as exc:
        prompt.tell(parent, describe_error(exc))
        return False
    return True


def _unlock(root: Path, passphrase: str) -> crypto.FileCipher:
    def work() -> crypto.FileCipher:
        return crypto.unlock(root, passphrase)

    return run_off_ui_thread(work)
