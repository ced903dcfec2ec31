"""The main window's place for one running meeting.

It puts a meeting in the window (its page among the pages, its undo stack behind
Edit → Undo, its saves told by the :class:`SaveNotice` and the bar that says when the
data folder went away) and takes it out again, and
it answers the window's commands about the meeting: starting a prepared one, the
follow-up talked about, the projector's screen remembered, the exports. Like the
window, it loads the heavy parts on first use (:mod:`on_demand`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout

from intervisie_desktop.ui.shell import on_demand
from intervisie_desktop.ui.shell.meeting_questions import may_replace
from intervisie_desktop.ui.shell.save_notice import SaveNotice

if TYPE_CHECKING:
    from intervisie_desktop.domain.meeting_start import MeetingStart
    from intervisie_desktop.domain.preparation import PreparedMeeting
    from intervisie_desktop.ui.app_context import AppContext
    from intervisie_desktop.ui.data.folder_gone_bar import FolderGoneBar
    from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting
    from intervisie_desktop.ui.shell.leaving import SleepWatch
    from intervisie_desktop.ui.shell.meeting_actions import MeetingActions

ANNOUNCED_FOR_MS = 5000


class MeetingSlot(QObject):
    changed = Signal()  # a meeting came or went

    def __init__(
        self,
        window: QMainWindow,
        *,
        column: QVBoxLayout,
        pages: QStackedWidget,
        undo_group: QUndoGroup,
        context: AppContext,
        actions: MeetingActions,
        notice: SaveNotice,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._column = column
        self._pages = pages
        self._undo_group = undo_group
        self._context = context
        self._actions = actions
        self._notice = notice
        self.meeting: RunningMeeting | None = None
        self._folder_gone: FolderGoneBar | None = None
        self._sleep_watch: SleepWatch | None = None  # made with the first meeting

    def _save_before_sleep(self) -> None:
        """From the first meeting on, the meeting is written when the laptop goes to sleep
        (a window that only shows the methods needs no D-Bus connection)."""
        if self._sleep_watch is None:
            self._sleep_watch = on_demand.sleep_watch(self._window)
            self._sleep_watch.about_to_sleep.connect(self.save_now)

    def rescue(self) -> Path | None:
        """The app must stop while the data folder is gone: keep a copy of the meeting
        where this computer keeps it (encrypted if the folder is), said at the next
        start. None when there was nothing to rescue or it could not be written."""
        if self.meeting is None or not self.meeting.autosave.gone:
            return None
        record = self.meeting.autosave.record()
        return on_demand.rescue_meeting(self._context.folder.store, record)

    def save_now(self) -> None:
        if self.meeting is not None:
            self.meeting.autosave.flush()

    @property
    def folder_gone(self) -> FolderGoneBar:
        """The bar that says the data folder went away (made when a meeting first runs)."""
        if self._folder_gone is None:
            self._folder_gone = on_demand.folder_gone_bar(self._context.folder)
            self._column.insertWidget(0, self._folder_gone)
        return self._folder_gone

    def start_prepared(self, prepared: PreparedMeeting) -> None:
        """Run a meeting from the preparation, with last time's action plan to talk about."""
        if self.meeting is not None and not may_replace(self._window, self.meeting):
            return
        self.run_for_group(on_demand.meeting_start(prepared, self._context))

    def run_for_group(self, start: MeetingStart) -> RunningMeeting:
        """Run a meeting of a group with last time's action plan to talk about (a new
        one, or one resumed after a crash: the question is still open then)."""
        group_id = start.record.group_id
        past = self._context.folder.meetings_of(group_id) if group_id else []
        meeting = self.run(start)
        meeting.show_follow_up(on_demand.latest_follow_up(past, start.record.created))
        return meeting

    def run(self, start: MeetingStart) -> RunningMeeting:
        """Run a meeting (it replaces the one that was running, if any)."""
        self.close()
        window = self._window
        meeting = on_demand.running_meeting(
            start, self._context, self._actions, window.screen, window
        )
        self.meeting = meeting
        self._save_before_sleep()
        meeting.presenter.screen_chosen.connect(self._remember_screen)
        meeting.autosave.failed.connect(self._notice.not_saved)
        meeting.autosave.saved.connect(lambda _record: self._notice.saved())
        meeting.autosave.copied.connect(self._notice.saved_as_copy)
        if meeting.autosave.copied_as is not None:  # the copy was made as it opened
            self._notice.saved_as_copy(meeting.autosave.copied_as)
        self.folder_gone.watch(meeting.autosave)
        meeting.page.follow_up.discussed.connect(self._followed_up)
        meeting.page.step_panel.announced.connect(
            lambda text: window.statusBar().showMessage(text, ANNOUNCED_FOR_MS)
        )
        self._undo_group.addStack(meeting.board.undo_stack)
        self._undo_group.setActiveStack(meeting.board.undo_stack)
        self._pages.addWidget(meeting.page)
        self.changed.emit()
        self.show_page()
        return meeting

    def close(self) -> None:
        if self.meeting is None:
            return
        meeting, self.meeting = self.meeting, None
        self._undo_group.removeStack(meeting.board.undo_stack)
        self._pages.removeWidget(meeting.page)
        meeting.close()
        self.changed.emit()

    def show_page(self) -> None:
        if self.meeting is not None:
            self._pages.setCurrentWidget(self.meeting.page)
            self.meeting.page.timeline.setFocus()

    def _followed_up(self) -> None:
        assert self.meeting is not None
        follow_up, self.meeting.follow_up = self.meeting.follow_up, None
        if follow_up is not None:
            self._context.folder.mark_followed_up(follow_up.meeting_id)

    def _remember_screen(self, name: str) -> None:
        self._context.folder.settings.presenter_screen = name
        self._context.folder.save_settings()

    # ----- exports -------------------------------------------------------------------

    def export_takeaway(self) -> None:
        if self.meeting is not None:
            tell = self._window.statusBar().showMessage
            on_demand.export_takeaway(self._window, self.meeting, tell)

    def export_report(self) -> None:
        if self.meeting is not None:
            tell = self._window.statusBar().showMessage
            on_demand.export_meeting_report(self._window, self.meeting, tell)

    def export_flip_sheet(self) -> None:
        if self.meeting is not None:
            board, record = self.meeting.board.board, self.meeting.record
            day = record.created.date()
            on_demand.export_flip_sheet(self._window, board, self._context.language, day)
