"""A private desktop for one app, as a screen reader user has it: an X server
(Xvfb on a free display), a D-Bus session with the accessibility bus
(``at-spi-bus-launcher``), and the app on the xcb platform with Qt's AT-SPI
bridge switched on. ``tests/a11y/atspi_walk.py`` reads it with pyatspi, in
Debian's python3, as a separate process.

Every process is started in its own process group and ended with it; closing
checks that none is left. Readiness is always something the process tells
(Xvfb's ``-displayfd``, dbus-daemon's ``--print-address``, the accessibility
bus's name on the session bus), waited for with a deadline.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WALKER = HERE / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
TOOLS = ("Xvfb", "dbus-daemon", "xdotool")
PACKAGES = "xvfb dbus at-spi2-core python3-pyatspi xdotool"
DEADLINE = 30.0
SCREEN = "1920x1080x24"


class SessionError(RuntimeError):
    """Something in the private desktop did not start or did not answer."""


def missing_tools() -> list[str]:
    """What is not installed (``make test`` installs it: TEST_DEBS in the Makefile)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append(BUS_LAUNCHER)
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode:
        missing.append("pyatspi for /usr/bin/python3")
    return missing


def _read_line(fd: int, what: str) -> str:
    """One line a starting process writes to ``fd`` when it is ready."""
    deadline = time.monotonic() + DEADLINE
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(0.0, left))
        if not ready:
            raise SessionError(f"{what} did not say it was ready within {DEADLINE:.0f} s")
        chunk = os.read(fd, 256)
        if not chunk:
            raise SessionError(f"{what} stopped before it was ready")
        data += chunk
    return data.decode().strip()


class AppSession:
    """Xvfb + D-Bus + accessibility bus + the app. Use as a context manager."""

    def __init__(self, workdir: Path, app: list[str]) -> None:
        self.workdir = workdir
        self.app_command = app
        self.env: dict[str, str] = {}
        self._processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.app: subprocess.Popen[bytes] | None = None

    # ----- starting ----------------------------------------------------------------

    def __enter__(self) -> AppSession:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _private_dir(self, name: str) -> Path:
        path = self.workdir / name
        path.mkdir(mode=0o700, exist_ok=True)
        path.chmod(0o700)
        return path

    def _spawn(
        self, name: str, command: list[str], pass_fds: tuple[int, ...] = ()
    ) -> subprocess.Popen[bytes]:
        log = (self.workdir / f"{name}.log").open("wb")
        with log:
            process = subprocess.Popen(
                command,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=pass_fds,
                start_new_session=True,  # its own process group, ended as a whole
                cwd=self.workdir,
            )
        self._processes.append((name, process))
        return process

    def _start(self) -> None:
        home = self._private_dir("home")
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(self._private_dir("run")),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "LANG": "C.UTF-8",
        }
        read, write = os.pipe()
        try:
            self._spawn(
                "xvfb",
                ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                pass_fds=(write,),
            )
            os.close(write)
            self.env["DISPLAY"] = ":" + _read_line(read, "Xvfb")
        finally:
            os.close(read)

        bus_dir = self._private_dir("bus")
        read, write = os.pipe()
        try:
            self._spawn(
                "dbus",
                [
                    "dbus-daemon",
                    "--session",
                    "--nofork",
                    "--nopidfile",
                    f"--address=unix:dir={bus_dir}",
                    f"--print-address={write}",
                ],
                pass_fds=(write,),
            )
            os.close(write)
            self.env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(read, "dbus-daemon")
        finally:
            os.close(read)

        self._spawn("atspi-bus", [BUS_LAUNCHER, "--launch-immediately"])
        self.walk("bus-ready")  # the app asks for the bus only once it is there

        app_env = {
            **self.env,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "PYTHONPATH": str(ROOT),
        }
        saved, self.env = self.env, app_env
        try:
            self.app = self._spawn("app", self.app_command)
        finally:
            self.env = saved

    # ----- asking ------------------------------------------------------------------

    def walk(self, *args: str, timeout: float = 120) -> Any:
        """Run the AT-SPI reader with ``args``; its JSON answer."""
        pid = [] if self.app is None else ["--pid", str(self.app.pid)]
        result = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), *pid, *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode:
            raise SessionError(
                f"atspi_walk.py {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}\n--- app log ---\n{self.app_log()}"
            )
        return json.loads(result.stdout)

    def app_log(self) -> str:
        log = self.workdir / "app.log"
        return log.read_text(errors="replace") if log.exists() else ""

    # ----- ending ------------------------------------------------------------------

    def close(self) -> None:
        """End every process group this session started, newest first; check none is left."""
        groups = [process.pid for _name, process in reversed(self._processes)]
        for group in groups:
            _end_group(group)
        for _name, process in self._processes:
            process.wait(timeout=DEADLINE)  # reap our own children
        self._processes.clear()
        left = _members(groups)
        if left:
            raise SessionError(f"processes left behind: {left}")


def _end_group(group: int) -> None:
    """SIGTERM to the group, then SIGKILL to whatever did not end within the deadline."""
    for sig, seconds in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
        try:
            os.killpg(group, sig)
        except ProcessLookupError:
            return
        if _wait_gone(_members([group]), seconds):
            return


def _wait_gone(pids: list[int], seconds: float) -> bool:
    """Wait (on pidfds, no polling) until every process in ``pids`` has ended."""
    fds = []
    for pid in pids:
        try:
            fds.append(os.pidfd_open(pid))
        except ProcessLookupError:
            continue
    try:
        deadline = time.monotonic() + seconds
        waiting = list(fds)
        while waiting:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            ended, _, _ = select.select(waiting, [], [], left)
            waiting = [fd for fd in waiting if fd not in ended]
        return True
    finally:
        for fd in fds:
            os.close(fd)


def _members(groups: list[int]) -> list[int]:
    """Live processes (not zombies) in any of ``groups``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, pgrp = fields[0], int(fields[2])
        if pgrp in groups and state != "Z":
            found.append(int(entry.name))
    return found
