"""Autosave of the running meeting: a few seconds after each change, at once at every
step transition, and never on the UI thread.

The meeting record (agenda, board, clock snapshot) is copied on the UI thread,
which is quick, and written by a worker thread. One save runs at a time; a
change during a save schedules one more. A failed save keeps the meeting marked
unsaved and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QEventLoop,
    QMetaObject,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.snapshot import take_snapshot
from intervisie_desktop.store.files import ReadOnlyFileError, item_name
from intervisie_desktop.store.meetings import MEETINGS
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.board_controller import BoardController
from intervisie_desktop.ui.problem_text import describe_error
from intervisie_desktop.ui.session_controller import SessionController

T = TypeVar("T")
AUTOSAVE_DELAY_MS = 3000


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


class _SaveJob(QRunnable):
    def __init__(self, save: Callable[[], None], done: Callable[[Exception | None], None]) -> None:
        super().__init__()
        self._save = save
        self._done = done

    def run(self) -> None:
        try:
            self._save()
        except Exception as exc:
            self._done(exc)  # worded on the UI thread (see MeetingKeeper._after_save)
        else:
            self._done(None)


class MeetingKeeper(QObject):
    saved = Signal()
    failed = Signal(str)  # the reason, in plain words
    _finished = Signal(object)  # from the worker: None or the exception

    def __init__(
        self,
        store: DataFolder,
        meeting: Meeting,
        session: SessionController,
        board: BoardController,
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting = meeting
        self._session = session
        self._board = board
        self._pool = pool or QThreadPool.globalInstance()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._saving = False
        self._again = False
        self.unsaved = False
        self.read_only = store.meeting_is_read_only(meeting.id) if self._exists() else False
        self._revision = session.engine.revision
        self._finished.connect(self._after_save)
        board.changed.connect(self.schedule)
        session.changed.connect(self._session_changed)

    def _exists(self) -> bool:
        return any(s.id == self.meeting.id for s in self.store.list_meetings())

    def _session_changed(self) -> None:
        """Ticks change nothing worth saving; a move, pause or new plan does, at once."""
        revision = self._session.engine.revision
        if revision != self._revision:
            self._revision = revision
            self.save_now()

    def schedule(self) -> None:
        self.unsaved = True
        self._timer.start()

    def record(self) -> Meeting:
        """The meeting as it is now, detached from the live objects."""
        engine = self._session.engine
        return self.meeting.model_copy(
            update={
                "blocks": [b.model_copy() for b in engine.blocks],
                "board": self._board.board.model_copy(deep=True),
                "clock": take_snapshot(engine),
            }
        )

    @Slot()
    def save_now(self) -> None:
        self._timer.stop()
        if self.read_only:
            name = item_name(MEETINGS, self.meeting.id)
            self.failed.emit(describe_error(ReadOnlyFileError(name, Code.NEWER_VERSION)))
            return
        if self._saving:
            self._again = True
            return
        self.unsaved = True
        self._saving = True
        record = self.record()
        self._pool.start(_SaveJob(lambda: self.store.save_meeting(record), self._finished.emit))

    def _after_save(self, error: object) -> None:
        self._saving = False
        if error is None:
            self.unsaved = self._again or self._timer.isActive()
            self.saved.emit()
        else:
            self.unsaved = True
            self.failed.emit(describe_error(error) if isinstance(error, BaseException) else "")
        if self._again:
            self._again = False
            self.save_now()

    def flush(self) -> None:
        """Save now and wait for it (when the app closes)."""
        self.save_now()
        self._pool.waitForDone(10_000)
