"""Opening the data folder: the passphrase when it is encrypted, a clear message when
it is in use or cannot be written. Unlocking is slow by design, so it runs off the
UI thread while a small dialog waits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from intervisie_desktop.store import crypto
from intervisie_desktop.store.lock import FolderInUseError, FolderLockError
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.data.off_thread import run_off_ui_thread


class PassphrasePrompt:
    """Asks for the passphrase; a seam tests replace."""

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


def open_data_folder(
    root: Path, parent: QWidget | None = None, prompt: PassphrasePrompt | None = None
) -> DataFolder | None:
    """The opened folder, or None after telling the user why it could not be opened."""
    prompt = prompt or PassphrasePrompt()
    cipher: crypto.FileCipher | None = None
    if crypto.is_encrypted_folder(root):
        retry = False
        while cipher is None:
            passphrase = prompt.ask(parent, retry)
            if passphrase is None:
                return None
            try:
                cipher = _unlock(root, passphrase)
            except crypto.WrongPassphraseError:
                retry = True
            except crypto.EncryptionError as exc:
                _tell(parent, str(exc))
                return None
    try:
        return DataFolder.open(root, cipher)
    except FolderInUseError as exc:
        _tell(parent, str(exc))
    except (FolderLockError, crypto.EncryptionError, OSError) as exc:
        _tell(parent, str(exc))
    return None


def _unlock(root: Path, passphrase: str) -> crypto.FileCipher:
    def work() -> crypto.FileCipher:
        return crypto.unlock(root, passphrase)

    return run_off_ui_thread(work)


def _tell(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, "Intervisie Desktop", text)
