"""One app per data folder: a second start brings the running window forward.

A local socket (a Unix domain socket or a Windows named pipe, never the
network), in a place only this user can create it: the user's runtime folder
(``$XDG_RUNTIME_DIR``) when it exists and is private, else inside the private
data folder, else a private folder of this user's own in the temporary folder.
On Windows the pipe's name holds a random token kept in the private data folder,
so no other user can know it in advance.

The running app answers a second start with an acknowledgement; anything else
(a silent or a wrong answer: someone else's program listening there) counts as
"no app running", so a start never ends without a window or a message. The data
folder's lock (``store.lock``) is what actually guarantees a single writer; this
only makes a second start friendly.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import secrets
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if os.name == "nt":
            self.path: Path | None = None
            self.name = pipe_name(data_dir)
        else:
            self.path = socket_path(data_dir)
            self.name = str(self.path)
        self._server: QLocalServer | None = None

    def ask_running_instance(self) -> bool:
        """True only when the running app answered (and was asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        answer = b""
        while len(answer) < len(RAISED) and socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
            answer += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return answer == RAISED

    def listen(self) -> bool:
        """Become the instance that answers; removes a socket left by a crash first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        """Answer when the message has come (never waiting for it on the UI thread)."""
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() < len(RAISE):
            return
        message = bytes(socket.readAll().data())
        if message.startswith(RAISE):
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()  # after what was written has gone
        if message.startswith(RAISE):
            self.raise_requested.emit()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
