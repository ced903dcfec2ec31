"""One app per data folder: a second start brings the running window forward.

The running app listens on a local socket (where: :mod:`instance_address`) and
answers a second start's knock with an acknowledgement, then brings its window
forward. The data folder's lock (``store.lock``) is what actually guarantees a
single writer; this only makes a second start friendly.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from intervisie_desktop.ui.data.instance_address import RAISE, RAISED, knock, server_name


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.path: Path | None = None if os.name == "nt" else Path(self.name)  # the socket
        self._server: QLocalServer | None = None

    def ask_running_instance(self) -> bool:
        """True only when the running app answered (and was asked to come forward)."""
        return knock(self.name)

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
