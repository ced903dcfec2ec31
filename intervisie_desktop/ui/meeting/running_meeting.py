"""One running meeting, from start to close: it owns the session controller, the
flip-over, the autosave, the meeting page and the projector window.

The main window holds one of these or none; everything that needs "the
meeting" is given this object, so no view asks whether a meeting exists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtGui import QScreen

from intervisie_desktop.domain.history import FollowUp
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.meeting_reports import report_for, takeaway_for
from intervisie_desktop.domain.meeting_start import MeetingStart, case_presenters
from intervisie_desktop.domain.report import Report, TakeawayOptions
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.ui.app_context import AppContext
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.meeting.autosave import Autosave
from intervisie_desktop.ui.meeting.meeting_page import MeetingPage
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.projector.presenter_window import PresenterWindow
from intervisie_desktop.ui.shell.key_bindings import Command
from intervisie_desktop.ui.shell.meeting_actions import MeetingActions


class RunningMeeting(QObject):
    def __init__(
        self,
        start: MeetingStart,
        context: AppContext,
        actions: MeetingActions,
        facilitator_screen: Callable[[], QScreen | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actions = actions
        folder = context.folder
        settings = folder.settings
        self.record: Meeting = start.record
        self.title = start.title(folder.library, context.language)
        self.follow_up: FollowUp | None = None
        self.controller = SessionController(
            start.engine,
            context.language,
            meeting_title=self.title,
            reminder_rules=start.reminder_rules,
            warning_seconds=settings.warning_seconds,
            timers=context.timers,
            parent=self,
        )
        self.controller.reached_zero.connect(context.chime.play)
        self.board = BoardController(start.board, context.language, parent=self)
        self.board.shared_changed.connect(self.controller.set_shared)
        self.controller.set_shared(self.board.shared_lists())
        self.page = MeetingPage(self.controller, self.board, actions)
        self.presenter = PresenterWindow(
            self.controller, facilitator_screen, settings.presenter_screen, parent=None
        )
        self.presenter.closed.connect(context.wake_lock.release)
        actions.attach(self.page)
        actions.attach(self.presenter)
        self.presenter.set_key_handler(actions.handle_unused_key)
        self._connections = self._connect_actions()
        self.apply_settings(settings)
        self.autosave = Autosave(
            folder.store,
            self.record,
            self.controller,
            self.board,
            timers=context.timers,
            parent=self,
        )
        self.autosave.saved.connect(folder.meeting_saved)
        self.autosave.save_now()

    def _connect_actions(self) -> list[QMetaObject.Connection]:
        c, a = self.controller, self._actions
        budget = self.page.budget
        steering: dict[Command, Callable[[], object]] = {
            Command.START_PAUSE: c.toggle_pause,
            Command.NEXT: c.next,
            Command.PREVIOUS: c.previous,
            Command.ADD_MINUTE: c.add_minute,
            Command.REMOVE_MINUTE: c.remove_minute,
            Command.RESTART_BLOCK: c.restart_block,
            Command.FINISH: self.finish,
            Command.NEXT_TURN: c.next_turn,
            Command.PREVIOUS_TURN: c.previous_turn,
            Command.SKIP_TURN: c.skip_turn,
            Command.END_TIME: budget.ask_end_time,
            Command.REPLAN: budget.offer_replan,
            Command.SPEAK_TIME: self.page.step_panel.announce_time,
            Command.PRESENT: self.present,
            Command.LEAVE_FULL_SCREEN: self.presenter.leave_full_screen,
            Command.BLACKOUT: c.toggle_blackout,
            Command.SWAP_SCREEN: self.presenter.swap_screen,
        }
        connections = [a.on(command, slot) for command, slot in steering.items()]
        connections.append(c.blackout_changed.connect(a[Command.BLACKOUT].setChecked))
        return connections

    # ----- what the window asks of the meeting ---------------------------------------

    @property
    def case_questions(self) -> tuple[str, str]:
        return self.record.case_question, self.record.second_case_question

    def present(self) -> None:
        """F5: show the projector view and keep the screen awake."""
        self.presenter.present()
        self._context.wake_lock.hold()

    def finish(self) -> None:
        self.controller.finish()
        self._context.wake_lock.release()

    def apply_settings(self, settings: Settings) -> None:
        """Colour theme, blackout colour and text size, on the projector and its preview."""
        for view in (self.presenter.view, self.page.preview):
            view.set_looks(
                settings.presenter_theme, settings.blackout_colour, settings.presenter_font_scale
            )
        self.presenter.preferred_screen = settings.presenter_screen
        self._context.chime.enabled = settings.sound
        self.controller.warning_seconds = settings.warning_seconds
        self.controller.refresh()

    def show_follow_up(self, follow_up: FollowUp | None) -> None:
        """Last time's action plan, shown at the start of the group's next meeting."""
        self.follow_up = follow_up
        self.page.show_follow_up(follow_up)

    def case_presenters(self) -> list[str]:
        return case_presenters(self.controller.engine)

    def takeaway(self, options: TakeawayOptions) -> Report:
        return takeaway_for(
            self.controller.engine,
            board=self.board.board,
            title=self.title,
            case_questions=self.case_questions,
            language=self._context.language,
            options=options,
            now=self._context.clock.wall(),
        )

    def meeting_report(self) -> Report:
        return report_for(
            self.controller.engine,
            board=self.board.board,
            title=self.title,
            case_questions=self.case_questions,
            language=self._context.language,
            now=self._context.clock.wall(),
        )

    def close(self) -> None:
        """Save what is left, take the projector down and let go of every connection."""
        self.autosave.flush()
        MeetingActions.forget(self._connections)
        for action in self._actions.meeting_actions():
            self.page.removeAction(action)
            self.presenter.removeAction(action)
        self.presenter.stop_presenting()
        self.presenter.deleteLater()
        self._context.wake_lock.release()
        self.page.deleteLater()
        self.deleteLater()
