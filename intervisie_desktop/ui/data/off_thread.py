"""Slow work on a worker thread while the UI keeps painting: waited for (unlocking an
encrypted folder), or handed back when done (saving a meeting, checking the meetings
of a folder just opened)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, QObject, QRunnable, Qt, QThreadPool, Signal

T = TypeVar("T")


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.value: T | None = None
        self.error: BaseException | None = None
        self.done = False


def run_off_ui_thread(work: Callable[[], T]) -> T:
    """Run ``work`` on a worker thread while the UI keeps painting; return its result
    or raise its exception (for slow, rare work such as unlocking a folder)."""
    outcome: _Outcome[T] = _Outcome()
    loop = QEventLoop()

    class _Job(QRunnable):
        def run(self) -> None:
            try:
                outcome.value = work()
            except BaseException as exc:  # handed back to the caller below
                outcome.error = exc
            outcome.done = True
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    QThreadPool.globalInstance().start(_Job())
    if not outcome.done:
        loop.exec()
    if outcome.error is not None:
        raise outcome.error
    return outcome.value  # type: ignore[return-value]


class OffThreadJob(QRunnable):
    """Runs ``work`` on a pool's thread and hands its result, or the exception it
    raised, to ``done``: give it a signal's ``emit``, so the answer arrives on the UI
    thread."""

    def __init__(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        super().__init__()
        self._work = work
        self._done = done

    def run(self) -> None:
        try:
            outcome = self._work()
        except Exception as exc:  # handed over, to be worded on the UI thread
            outcome = exc
        with contextlib.suppress(RuntimeError):  # the receiver is gone: no one to tell
            self._done(outcome)


class _Handover(QObject):
    """Lives on the UI thread: what a worker emits on it arrives there, queued."""

    arrived = Signal(object)

    def __init__(self, then: Callable[[object], None], owner: QObject) -> None:
        super().__init__(owner)
        self._then = then
        self.arrived.connect(self._deliver)

    def _deliver(self, outcome: object) -> None:
        self.deleteLater()
        self._then(outcome)


def hand_back(work: Callable[[], object], then: Callable[[object], None], owner: QObject) -> None:
    """Run ``work`` on a pool's thread; ``then`` gets its result, or the exception it
    raised, on the UI thread, from the event loop (no nested loop: a window closed
    meanwhile can end the app), and not at all once ``owner`` is gone."""
    QThreadPool.globalInstance().start(OffThreadJob(work, _Handover(then, owner).arrived.emit))
