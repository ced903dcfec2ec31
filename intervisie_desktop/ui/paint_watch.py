"""Call back once a widget has really been painted, and watch how long the window
did not answer after (for --smoke and benchmarks)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer


class _FirstPaintFilter(QObject):
    def __init__(self, target: QObject, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self._callback = callback
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            self._callback()
        return False


def on_first_paint(widget: QObject, callback: Callable[[], None]) -> None:
    widget.installEventFilter(_FirstPaintFilter(widget, callback))


class LongestPause(QObject):
    """How long, at most, the event loop did not answer (no input, no painting) while
    it is watched: a precise timer that should fire every few milliseconds notes the
    longest gap between two of its firings (for --smoke and the start-up benchmark)."""

    def __init__(self, parent: QObject, interval_ms: int = 5) -> None:
        super().__init__(parent)
        self.longest_s = 0.0
        self._interval_s = interval_ms / 1000
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._answered)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _answered(self) -> None:
        now = time.perf_counter()
        self.longest_s = max(self.longest_s, now - self._last - self._interval_s)
        self._last = now

    def stop(self) -> float:
        """Stop watching; the longest pause in seconds."""
        self._answered()
        self._timer.stop()
        return self.longest_s
