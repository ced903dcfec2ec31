"""What a lock file says of who holds the folder: the lines ``QLockFile`` writes
(process id, program, computer, machine id, boot id), and whether that was
another computer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSysInfo

from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.safe_read import read_regular

MAX_LOCK_BYTES = 4096


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app_name: str
    machine_id: str = ""
    boot_id: str = ""

    @property
    def elsewhere(self) -> bool:
        """Written on another computer (its name or its machine id differs)."""
        here_machine = bytes(QSysInfo.machineUniqueId().data()).decode(errors="replace")
        if self.hostname != QSysInfo.machineHostName():
            return True
        return bool(self.machine_id and here_machine and self.machine_id != here_machine)


def read_holder(path: Path) -> LockHolder | None:
    """The lock file's lines as ``QLockFile`` writes them (process id, program, computer,
    machine id, boot id); None if it is not such a file."""
    try:
        raw = read_regular(
            path, path.name, limit=MAX_LOCK_BYTES, make_private=False, own_only=False
        )
        lines = raw.decode("utf-8").split("\n")
        pid = int(lines[0])
    except (DataFileError, UnicodeDecodeError, ValueError, IndexError):
        return None
    if pid <= 0 or len(lines) < 3 or not lines[2]:
        return None
    extra = [*lines[3:5], "", ""]
    return LockHolder(pid, lines[2], lines[1], extra[0], extra[1])
