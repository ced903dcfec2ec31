"""Ways the app is left that are not a click on Quit: SIGTERM, SIGINT or SIGHUP (a
logout, a `kill`, Ctrl+C in a terminal, the terminal it was started from closed),
the desktop session ending, the laptop going to sleep. Each one saves the meeting
first, so nothing typed is lost.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QSocketNotifier,
    Signal,
    Slot,
)

QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)  # Windows has no SIGHUP
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004


def _ignore(_number: int, _frame: FrameType | None) -> None:
    """A Python handler must be set for the wake-up descriptor to hear the signal."""


class QuitSignals(QObject):
    """Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the UI thread (Python handlers do
    not run while Qt's event loop waits, so the signal wakes it through a pipe).
    On Windows, where these signals do not end a GUI app, it does nothing."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipe: tuple[int, int] | None = None
        if sys.platform == "win32":
            return
        self._pipe = os.pipe()
        for end in self._pipe:
            os.set_blocking(end, False)
        self._previous_fd = signal.set_wakeup_fd(self._pipe[1])
        self._previous = {number: signal.signal(number, _ignore) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._pipe[0], QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _wake(self) -> None:
        assert self._pipe is not None
        with contextlib.suppress(BlockingIOError):
            for number in os.read(self._pipe[0], 64):
                if number in QUIT_SIGNALS:
                    self.received.emit(number)

    def restore(self) -> None:
        """Give the process its previous handlers back (tests, and the end of the app)."""
        if self._pipe is None:
            return
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        for end in self._pipe:
            os.close(end)
        self._pipe = None


class _PowerMessages(QAbstractNativeEventFilter):
    """Windows tells every window WM_POWERBROADCAST / PBT_APMSUSPEND before sleeping."""

    def __init__(self, on_suspend: Callable[[], None]) -> None:
        super().__init__()
        self._on_suspend = on_suspend

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG":
            from ctypes import wintypes  # noqa: PLC0415  (Windows only)

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._on_suspend()
        return False, 0


class SleepWatch(QObject):
    """Says when the computer is about to sleep: logind's PrepareForSleep on Linux (over
    the local D-Bus socket), WM_POWERBROADCAST on Windows. Elsewhere it stays silent."""

    about_to_sleep = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        self._filter: _PowerMessages | None = None
        if sys.platform.startswith("linux"):
            self.listening = self._listen_to_logind()
        elif sys.platform == "win32":
            app = QCoreApplication.instance()
            if app is not None:
                self._filter = _PowerMessages(self.about_to_sleep.emit)
                app.installNativeEventFilter(self._filter)
                self.listening = True

    def _listen_to_logind(self) -> bool:
        from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415  (Linux only)

        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        return bool(
            bus.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                b"2prepare_for_sleep(bool)",
            )
        )

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.about_to_sleep.emit()
