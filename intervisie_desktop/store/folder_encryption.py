"""Turning encryption on for a data folder that already has files, and changing its
passphrase.

The switch is marked in the folder before the first file changes, so a switch that
was interrupted is finished the next time the folder is opened. Both are slow (the
key derivation, every file rewritten): the UI runs them off its own thread.
"""

from __future__ import annotations

from pathlib import Path

from intervisie_desktop.store import crypto
from intervisie_desktop.store.file_kinds import kind_for
from intervisie_desktop.store.files import FileStore
from intervisie_desktop.store.folder_upkeep import encrypt_all, tighten_all
from intervisie_desktop.store.key_file import ENCRYPTING_MARKER
from intervisie_desktop.store.problems import Code


def enable(root: Path, files: FileStore, passphrase: str) -> None:
    """Encrypt from now on, and what is there already (backups and quarantined files too)."""
    if files.cipher is not None:
        raise crypto.EncryptionError(Code.ALREADY_ENCRYPTED)
    if len(passphrase) < crypto.MIN_PASSPHRASE_LENGTH:
        raise crypto.WeakPassphraseError()
    files.check_root(crypto.KEY_FILE)
    (root / ENCRYPTING_MARKER).touch(mode=0o600)
    files.cipher = crypto.create_key(root, passphrase)
    finish(root, files)


def change_passphrase(root: Path, files: FileStore, old: str, new: str) -> None:
    """Re-wrap the data key (and its backup); no other file changes. A wrong ``old``
    raises :class:`WrongPassphraseError` and writes nothing."""
    if files.cipher is None:
        raise crypto.EncryptionError(Code.NOT_ENCRYPTED)
    files.check_root(crypto.KEY_FILE)
    crypto.change_passphrase(root, old, new)


def finish_if_begun(root: Path, files: FileStore) -> None:
    """On opening: finish a switch that was interrupted."""
    if (root / ENCRYPTING_MARKER).exists():
        finish(root, files)


def finish(root: Path, files: FileStore) -> None:
    if files.cipher is not None:
        encrypt_all(files, kind_for)
        tighten_all(root)
    (root / ENCRYPTING_MARKER).unlink(missing_ok=True)
