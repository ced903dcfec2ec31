"""When the data folder goes away mid-meeting (a USB stick pulled, a share lost):
taking it back when it returns, but only the very folder that was opened (our own
lock is still in it), or a copy of the meeting in a place the user picks."""

from __future__ import annotations

import os
from pathlib import Path

from intervisie_desktop.store.atomic import FolderGoneError, write_atomic
from intervisie_desktop.store.lock import FolderLock
from intervisie_desktop.store.lock_holder import read_holder
from intervisie_desktop.store.meeting_index import INDEX_FILE
from intervisie_desktop.store.problems import Code

MAX_COPIES = 1000


def take_back(root: Path, lock: FolderLock) -> FolderLock:
    """The folder is back: the lock taken again. Raises :class:`FolderGoneError` when it
    is still gone or another folder is there."""
    if not root.is_dir():
        raise FolderGoneError(INDEX_FILE, Code.FOLDER_GONE)
    holder = read_holder(lock.path)
    if holder is None or holder.elsewhere or holder.pid != os.getpid():
        raise FolderGoneError(INDEX_FILE, Code.FOLDER_REPLACED)
    lock.release()
    again = FolderLock(root)
    again.acquire()
    return again


def save_copy(content: bytes, folder: Path, stem: str) -> Path:
    """``content`` as a new file ``<stem>.json`` (or ``<stem>-2.json``...) in ``folder``,
    private from its first byte, never replacing a file; returns its path."""
    for number in range(1, MAX_COPIES):
        target = folder / (f"{stem}.json" if number == 1 else f"{stem}-{number}.json")
        try:
            write_atomic(target, content, private_folder=False, new_file=True)
        except FileExistsError:
            continue
        return target
    raise FileExistsError(str(folder))
