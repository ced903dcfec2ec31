"""Autosave of the running meeting: soon after each change, at once at every step
transition, and never on the UI thread.

A change is saved once typing pauses (the quiet delay), but never later than the
maximum delay after the first unsaved change: a scribe who keeps typing cannot
postpone the save forever.

The meeting record (agenda, board, clock snapshot) is copied on the UI thread,
which is quick, and written by a worker thread. One save runs at a time; a
change during a save schedules one more. A failed save keeps the meeting marked
unsaved and says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.snapshot import snapshot_at_quit, take_snapshot
from intervisie_desktop.store.atomic import FolderGoneError
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.data.off_thread import OffThreadJob
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.meeting.board_copy import BoardCopy
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.problem_text import describe_error
from intervisie_desktop.ui.timers import TimerFactory, qt_timer

QUIET_DELAY_MS = 1500  # save when the scribe pauses this long...
MAX_DELAY_MS = 4000  # ...but at the latest this long after the first unsaved change


class Autosave(QObject):
    saved = Signal(object)  # the Meeting as written
    failed = Signal(str)  # the reason, in plain words
    copied = Signal(object)  # the Meeting now saved as a copy (its file was a newer version's)
    folder_gone = Signal()  # the data folder went away: the meeting is kept in memory
    _finished = Signal(object)  # from the worker: None or the exception

    def __init__(
        self,
        store: DataFolder,
        meeting: Meeting,
        session: SessionController,
        board: BoardController,
        *,
        timers: TimerFactory = qt_timer,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting = meeting
        self._session = session
        self._board = BoardCopy(board, self)
        if pool is None:  # one save at a time, in order, on a thread of its own
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._quiet = timers(self)
        self._quiet.timeout.connect(self.save_now)
        self._deadline = timers(self)
        self._deadline.timeout.connect(self.save_now)
        self._saving = False
        self._again = False
        self._in_flight: Meeting | None = None
        # what the views hold that the record keeps too (the draft, the coach's set-asides)
        self.live_parts: Callable[[], dict[str, object]] = dict
        self.unsaved = False
        self.gone = False  # the folder went away: saves wait for it, or for another place
        self.failing: str | None = None  # why the last save failed, until one succeeds
        self.copied_as: Meeting | None = None  # the copy a newer version's file went into
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
        self._quiet.start(QUIET_DELAY_MS)
        if not self._deadline.isActive():
            self._deadline.start(MAX_DELAY_MS)

    def record(self, *, quitting: bool = False) -> Meeting:
        """The meeting as it is now, detached from the live objects. On a deliberate
        quit the clock is recorded as paused, so the time away is not meeting time."""
        engine = self._session.engine
        return self.meeting.model_copy(
            update={
                "blocks": [b.model_copy() for b in engine.blocks],
                "board": self._board.board(),
                "clock": snapshot_at_quit(engine) if quitting else take_snapshot(engine),
                **self.live_parts(),
            }
        )

    @Slot()
    def save_now(self) -> None:
        self._quiet.stop()
        self._deadline.stop()
        if self.read_only:
            self._save_as_copy()
            return
        if self._saving:
            self._again = True
            return
        if self.gone:  # the folder went away: go on only once it is back
            try:
                self.store.reconnect()
            except FolderGoneError as exc:
                self._failed(exc)
                return
        self.unsaved = True
        self._saving = True
        record = self._in_flight = self.record()
        self._pool.start(OffThreadJob(lambda: self.store.save_meeting(record), self._finished.emit))

    def _save_as_copy(self) -> None:
        """The file belongs to a newer version and stays as it is: what is typed now is
        kept in a copy of this version's format, under a new id, from here on."""
        try:
            copy = self.store.save_as_new_meeting(self.record())
        except OSError as exc:
            self._failed(exc)
            return
        self.meeting = self.copied_as = copy
        self.read_only = False
        self.unsaved = False
        self.failing = None
        self.copied.emit(copy)

    def _failed(self, error: BaseException) -> None:
        self.unsaved = True
        if isinstance(error, FolderGoneError):
            self.gone = True
            self.folder_gone.emit()
        self.failing = describe_error(error)
        self.failed.emit(self.failing)

    def _after_save(self, error: object) -> None:
        self._saving = False
        if error is None:
            self.gone = False
            self.failing = None
            self.unsaved = self._again or self._quiet.isActive()
            self.saved.emit(self._in_flight)
        elif isinstance(error, BaseException):
            self._failed(error)
        if self._again:
            self._again = False
            self.save_now()

    def flush(self, *, quitting: bool = False) -> None:
        """Save the meeting as it is now and wait for it (when the meeting closes):
        the save in flight finishes first, then the last state is written here."""
        self._quiet.stop()
        self._deadline.stop()
        self._pool.waitForDone(-1)
        self._again = False
        if self.read_only:
            self._save_as_copy()
            return
        record = self.record(quitting=quitting)
        try:
            self.store.save_meeting(record)
        except (OSError, ValueError) as exc:
            self._failed(exc)
        else:
            self.gone = False
            self.failing = None
            self.unsaved = False
            self.saved.emit(record)
