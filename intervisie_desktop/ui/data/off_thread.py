"""Slow, rare work (unlocking an encrypted folder) on a worker thread while the UI
keeps painting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, QRunnable, Qt, QThreadPool

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
