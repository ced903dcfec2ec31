"""The timer type the app's objects are given, so tests can run them on a fake clock.

Objects that wait (autosave, the countdown's repaint) take a :data:`TimerFactory`
and never construct a ``QTimer`` themselves: the app passes :func:`qt_timer`,
tests pass a scheduler that fires timers when its fake clock says so (as
qutebrowser's ``usertypes.Timer`` and its test stub do).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance


class Timer(Protocol):
    """The part of ``QTimer`` the app uses: a single-shot timer with a timeout signal."""

    @property
    def timeout(self) -> SignalInstance: ...

    def start(self, msec: int, /) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...


TimerFactory = Callable[[QObject], Timer]


def qt_timer(parent: QObject) -> Timer:
    """A real single-shot, precise ``QTimer`` owned by ``parent``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    return timer
