"""One app per data folder, without trusting strangers: the single-instance socket lives
where only this user can make it, and a listener that does not answer as the app
does (someone else's program) never makes a second start quit silently."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from intervisie_desktop.ui.data.single_instance import SingleInstance

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="local sockets")
NOBODY = 65534
ROOT = Path(__file__).resolve().parents[3]


def where(instance: SingleInstance) -> Path:
    """The socket's full path (older versions: a bare name in the shared temp folder)."""
    path = getattr(instance, "path", None)
    return Path(path) if path else Path(tempfile.gettempdir()) / instance.name


class Stranger:
    """Someone else's program listening where the app's socket belongs."""

    def __init__(self, path: Path, reply: bytes) -> None:
        path.unlink(missing_ok=True)
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(4)
        self.path = path
        self._reply = reply
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(64)
                    if self._reply:
                        conn.sendall(self._reply)
                except OSError:
                    pass

    def close(self) -> None:
        self.server.close()
        self.path.unlink(missing_ok=True)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    yield folder


@pytest.mark.parametrize("reply", [b"", b"ok\n", b"raised"], ids=["silent", "garbage", "half"])
def test_a_stranger_listening_never_makes_the_app_quit(
    qtbot: QtBot, data_dir: Path, reply: bytes
) -> None:
    instance = SingleInstance(data_dir)
    stranger = Stranger(where(instance), reply)
    try:
        assert not instance.ask_running_instance()  # so the app goes on and opens a window
    finally:
        stranger.close()


def test_the_socket_is_where_only_this_user_can_make_it(qtbot: QtBot, data_dir: Path) -> None:
    instance = SingleInstance(data_dir)
    assert instance.listen()
    try:
        folder = where(instance).parent
        info = folder.stat()
        assert info.st_uid == os.geteuid()
        assert stat.S_IMODE(info.st_mode) & 0o077 == 0, f"{folder} is open to others"
    finally:
        instance.close()


SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from intervisie_desktop.ui.data.single_instance import SingleInstance
app = QCoreApplication([])
print(SingleInstance(Path(sys.argv[1])).ask_running_instance())
"""


def second_start(data_dir: Path) -> subprocess.Popen[str]:
    """The app started a second time: another process."""
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_START, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_the_real_app_answers(qtbot: QtBot, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    assert first.listen()
    with qtbot.waitSignal(first.raise_requested, timeout=30_000):
        second = second_start(data_dir)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)  # answered meanwhile
    out, _ = second.communicate(timeout=30)
    assert out.strip() == "True"
    first.close()
    assert not SingleInstance(data_dir).ask_running_instance()


SQUATTER = """
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    s.bind(sys.argv[1])
except OSError as exc:
    print("refused", exc.errno)
else:
    print("listening")
"""


@pytest.mark.slow
def test_another_user_cannot_take_the_sockets_place(data_dir: Path) -> None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as a second user")
    path = where(SingleInstance(data_dir))
    done = subprocess.run(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            sys.executable,
            "-c",
            SQUATTER,
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    try:
        assert done.stdout.startswith("refused"), done.stdout + done.stderr
    finally:
        if done.stdout.startswith("listening"):
            path.unlink(missing_ok=True)


def test_the_path_fits_a_local_socket(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 8)
    deep.mkdir(parents=True)
    path = where(SingleInstance(deep))
    assert len(os.fsencode(path)) < 104  # sun_path: 104 bytes on macOS, 108 on Linux
