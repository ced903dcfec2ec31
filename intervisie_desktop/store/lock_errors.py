"""Why a data folder cannot be opened for writing, each reason with its own code
(the UI words it): in use here, locked by another computer, a lock file that is
not ours, not writable, or a file where one of the app's folders belongs."""

from __future__ import annotations

from pathlib import Path

from intervisie_desktop.store.lock_holder import LockHolder
from intervisie_desktop.store.problems import Code, ParamValue, technical


class FolderLockError(Exception):
    """The data folder cannot be opened for writing: ``code`` and ``params`` say why."""

    def __init__(self, root: Path, code: Code, **params: ParamValue) -> None:
        super().__init__(technical(code, str(root), params))
        self.root = root
        self.code = code
        self.params: dict[str, ParamValue] = dict(params)


class FolderInUseError(FolderLockError):
    """Another Intervisie Desktop on this computer has the folder open (``pid``)."""

    def __init__(self, root: Path, holder: LockHolder | None) -> None:
        super().__init__(root, Code.IN_USE, pid=holder.pid if holder else None)
        self.holder = holder


class FolderLockedElsewhereError(FolderLockError):
    """The lock was written on another computer (``host``): ask the user whether that
    computer still uses the folder; if not, :func:`break_lock`."""

    def __init__(self, root: Path, holder: LockHolder) -> None:
        super().__init__(root, Code.OTHER_COMPUTER, host=holder.hostname, pid=holder.pid)
        self.holder = holder


class ForeignLockError(FolderLockError):
    """A lock file that is not one of ours (garbage, a folder, a link): :func:`break_lock`
    after asking."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, Code.LOCK_UNREADABLE)


class FolderNotWritableError(FolderLockError):
    """The folder cannot be written to (``reason``: a save code, e.g. read_only_disk)."""

    def __init__(self, root: Path, reason: Code = Code.NO_PERMISSION) -> None:
        super().__init__(root, Code.NOT_WRITABLE, reason=reason.value)


class FolderNameTakenError(FolderLockError):
    """Something that is not a folder (a file, a link) has the name of one of the app's
    folders (``name``); nothing was changed."""

    def __init__(self, root: Path, name: str, what: str) -> None:
        super().__init__(root, Code.NAME_TAKEN, name=name, type=what)
