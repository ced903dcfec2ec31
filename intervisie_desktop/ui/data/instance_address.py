"""Where a running app listens for a second start, and the second start's knock.

A local socket (a Unix domain socket or a Windows named pipe, never the
network), in a place only this user can create it: the user's runtime folder
(``$XDG_RUNTIME_DIR``) when it exists and is private, else inside the private
data folder, else a private folder of this user's own in the temporary folder.
On Windows the pipe's name holds a random token kept in the private data folder,
so no other user can know it in advance.

The knock happens before the first window is painted, so on POSIX it uses the
standard library's socket rather than Qt's network module (which the first paint
would otherwise have to load). Only the acknowledgement counts: a silent or a
wrong answer (someone else's program listening there) means "no app running", so
a start never ends without a window or a message. The listening side is
:mod:`single_instance`.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import secrets
import socket
import stat
import tempfile
from pathlib import Path

from intervisie_desktop.store.atomic import ensure_private_dir, write_atomic

RAISE = b"raise\n"
RAISED = b"raised\n"
CONNECT_TIMEOUT_MS = 400
MAX_SOCKET_PATH = 100  # bytes: sun_path holds 104 (macOS) or 108 (Linux) with its end
TOKEN_FILE = "instance-token"


def _key(data_dir: Path) -> str:
    text = f"{getpass.getuser()}:{data_dir.resolve()}".encode()
    return hashlib.sha256(text).hexdigest()[:16]


def _private_folder(folder: Path) -> bool:
    """A folder of this user that nobody else may enter (not a link)."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o077


def socket_path(data_dir: Path) -> Path:
    """Where this data folder's socket lives (POSIX; see the module docstring)."""
    name = f"intervisie-desktop-{_key(data_dir)}.sock"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private_folder(Path(runtime)):
        candidate = Path(runtime) / name
        if len(os.fsencode(candidate)) <= MAX_SOCKET_PATH:
            return candidate
    in_data = data_dir / "instance.sock"
    if len(os.fsencode(in_data)) <= MAX_SOCKET_PATH:
        with contextlib.suppress(OSError):
            ensure_private_dir(data_dir)  # made now, or opened a moment later anyway
        if _private_folder(data_dir):
            return in_data
    return _own_temp_folder() / name


def _own_temp_folder() -> Path:
    """``<temp>/intervisie-desktop-<uid>``, made private; if someone else made it, a new
    private folder (never one another user can reach)."""
    folder = Path(tempfile.gettempdir()) / f"intervisie-desktop-{os.geteuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    if _private_folder(folder):
        return folder
    return Path(tempfile.mkdtemp(prefix="intervisie-desktop-"))


def pipe_name(data_dir: Path) -> str:
    """Windows: a name with a random token from the private data folder."""
    ensure_private_dir(data_dir)
    token_file = data_dir / TOKEN_FILE
    try:
        token = token_file.read_text(encoding="ascii").strip()
    except OSError:
        token = ""
    if len(token) != 32 or not token.isalnum():
        token = secrets.token_hex(16)
        write_atomic(token_file, token.encode("ascii"), name=TOKEN_FILE)
    return f"intervisie-desktop-{_key(data_dir)}-{token}"


def server_name(data_dir: Path) -> str:
    """The name Qt's local server listens on: the socket's full path, or the pipe's name."""
    return pipe_name(data_dir) if os.name == "nt" else str(socket_path(data_dir))


def knock(name: str) -> bool:
    """Ask the app listening at ``name`` to come forward. True only when it answered."""
    if os.name == "nt":
        return _knock_on_pipe(name)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as door:
        door.settimeout(CONNECT_TIMEOUT_MS / 1000)
        answer = b""
        try:
            door.connect(name)
            door.sendall(RAISE)
            while len(answer) < len(RAISED) and (part := door.recv(len(RAISED))):
                answer += part
        except OSError:  # nobody there, or no answer in time
            return False
    return answer == RAISED


def _knock_on_pipe(name: str) -> bool:
    """Windows: a named pipe, opened with Qt (the standard library cannot wait on one
    with a time limit)."""
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 (Windows only)

    door = QLocalSocket()
    door.connectToServer(name)
    if not door.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    door.write(RAISE)
    door.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    answer = b""
    while len(answer) < len(RAISED) and door.waitForReadyRead(CONNECT_TIMEOUT_MS):
        answer += bytes(door.readAll().data())
    door.disconnectFromServer()
    return answer == RAISED
