"""One running meeting, from start to close: it owns the session controller, the
flip-over, the autosave, the meeting page and the projector window.

The main window holds one of these or none; everything that needs "the
meeting" is given this object, so no view asks whether a meeting exists.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QMetaObject, QObject, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox

from intervisie_desktop.domain.coach import Coach, HintCode
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.domain.history import FollowUp
from intervisie_desktop.domain.in_view import kept_in_view
from intervisie_desktop.domain.meeting import DismissedHint, Meeting
from intervisie_desktop.domain.meeting_reports import report_for, takeaway_for
from intervisie_desktop.domain.meeting_start import MeetingStart, case_presenters
from intervisie_desktop.domain.report import Report, TakeawayOptions
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.ui.app_context import AppContext
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.coach_hints import CoachHints
from intervisie_desktop.ui.meeting.autosave import Autosave
from intervisie_desktop.ui.meeting.meeting_page import MeetingPage
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.projector.presenter_theme import Looks
from intervisie_desktop.ui.projector.presenter_window import PresenterWindow
from intervisie_desktop.ui.projector.share_window import PRESETS, PreviewFollower, ShareWindow
from intervisie_desktop.ui.shell.key_bindings import Command
from intervisie_desktop.ui.shell.meeting_actions import MeetingActions

SHARE_PRESETS = (
    Command.SHARE_WINDOW_SMALL,
    Command.SHARE_WINDOW_MEDIUM,
    Command.SHARE_WINDOW_LARGE,
)


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
            roles=start.record.attendance.roles_today(),
            case_questions=self.case_questions,
            presence=start.presence,
            timers=context.timers,
            parent=self,
        )
        self.controller.reached_zero.connect(context.chime.play)
        self.board = BoardController(start.board, context.language, parent=self)
        self.board.changed.connect(self._share)  # the controller tells the room only news
        self.controller.block_changed.connect(self._share)
        self._share()
        self.hints = CoachHints(
            Coach(folder.library.common_rules),
            self.board,
            context.language,
            enabled=settings.coach,
            dismissed={(d.item_id, HintCode(d.code)) for d in self.record.coach_dismissed},
            parent=self,
        )
        self.page = MeetingPage(self.controller, self.board, actions, self.hints)
        self.presenter = PresenterWindow(
            self.controller, facilitator_screen, settings.presenter_screen, parent=None
        )
        self.presenter.closed.connect(context.wake_lock.release)
        size = QSize(settings.share_window_width, settings.share_window_height)
        self.share = ShareWindow(self.controller, facilitator_screen, size, parent=None)
        self.share.size_chosen.connect(self._remember_share_size)
        self._preview = PreviewFollower(self.page.preview, (self.presenter, self.share), self)
        for window in (self.page, self.presenter, self.share):
            actions.attach(window)
        for room in (self.presenter, self.share):
            room.set_key_handler(actions.handle_unused_key)
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
        pane = self.page.board_pane
        self.autosave.live_parts = self._live_parts
        self.hints.changed.connect(lambda _position: self.autosave.schedule())
        pane.restore_draft(self.record.draft)
        pane.draft_changed.connect(lambda _text: self.autosave.schedule())
        pane.blackout_taken_back.connect(self.controller.toggle_blackout)
        self.autosave.save_now()

    def _live_parts(self) -> dict[str, object]:
        return {
            "draft": self.page.board_pane.draft(),
            "coach_dismissed": [
                DismissedHint(item_id=item, code=code)
                for item, code in sorted(self.hints.dismissed)
            ],
        }

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
            Command.NEXT_WALL_PAGE: c.next_wall_page,
            Command.PREVIOUS_WALL_PAGE: c.previous_wall_page,
            Command.SHOW_CASE_QUESTION: c.toggle_case_question,
            Command.SHARE_WINDOW: self.toggle_share_window,
        }
        for command, preset in zip(SHARE_PRESETS, PRESETS, strict=True):
            steering[command] = partial(self.share_window, preset)
        connections = [a.on(command, slot) for command, slot in steering.items()]
        connections.append(c.blackout_changed.connect(a[Command.BLACKOUT].setChecked))
        connections.append(c.case_question_shown.connect(a[Command.SHOW_CASE_QUESTION].setChecked))
        connections.append(self.share.closed.connect(self._share_window_closed))
        a[Command.SHOW_CASE_QUESTION].setChecked(False)
        a[Command.SHARE_WINDOW].setChecked(False)
        return connections

    # ----- what the window asks of the meeting ---------------------------------------

    @property
    def case_questions(self) -> tuple[str, str]:
        return self.record.case_question, self.record.second_case_question

    def present(self) -> None:
        """F5: show the projector view and keep the screen awake. The laptop keeps the
        keyboard (the projector window shows without taking it)."""
        self.presenter.present()
        self._context.wake_lock.hold()

    def _share(self, _changed: object = None) -> None:
        """Hand the room what the board shares, and what the current step keeps in view
        (the redefinition while advising, :func:`kept_in_view`)."""
        engine = self.controller.engine
        kept = kept_in_view(self.board.board, engine.blocks, engine.current)
        self.controller.set_shared(self.board.shared_lists(frozenset(i.id for i in kept)))

    def toggle_share_window(self) -> None:
        """Ctrl+Shift+F5: the projector in a window, for a video call to share."""
        if self.share.isVisible():
            self.share.take_down()
        else:
            self.share_window()

    def share_window(self, size: QSize | None = None) -> None:
        if size is not None:
            self.share.set_preset(size)
        self.share.open()
        self._actions[Command.SHARE_WINDOW].setChecked(True)

    def _share_window_closed(self) -> None:
        self._actions[Command.SHARE_WINDOW].setChecked(False)

    def _remember_share_size(self, size: QSize) -> None:
        folder = self._context.folder
        if (folder.settings.share_window_width, folder.settings.share_window_height) != (
            size.width(),
            size.height(),
        ):
            folder.settings = folder.settings.model_copy(
                update={"share_window_width": size.width(), "share_window_height": size.height()}
            )
            folder.save_settings()

    def finish(self) -> None:
        """Ctrl+Shift+F: ask, then stop the clock for good and say what comes next."""
        if self.controller.engine.state is RunState.FINISHED:
            return
        answer = QMessageBox.question(
            self.page,
            self.tr("Finish the meeting?"),
            self.tr(
                "The clock stops and the meeting is saved as finished. Then you can export "
                "the take-away for the case presenter (Ctrl+Shift+E) and the meeting report "
                "(File menu)."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.controller.finish()
        self._context.wake_lock.release()

    def apply_settings(self, settings: Settings) -> None:
        """Colour theme, blackout colour and text size, on the projector and its preview."""
        for view in (self.presenter.view, self.share.view, self.page.preview):
            view.set_looks(Looks.from_settings(settings))
        self.presenter.preferred_screen = settings.presenter_screen
        self._context.chime.enabled = settings.sound
        self.controller.warning_seconds = settings.warning_seconds
        if self.hints.enabled != settings.coach:
            self.hints.set_enabled(settings.coach)
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
        """Save what is left (a running clock as paused: the time away is not meeting
        time), take the projector down and let go of every connection."""
        self.autosave.flush(quitting=True)
        MeetingActions.forget(self._connections)
        for action in self._actions.meeting_actions():
            for window in (self.page, self.presenter, self.share):
                window.removeAction(action)
        self.share.take_down()
        self.share.deleteLater()
        self.presenter.stop_presenting()
        self.presenter.deleteLater()
        self._context.wake_lock.release()
        self.page.deleteLater()
        self.deleteLater()
