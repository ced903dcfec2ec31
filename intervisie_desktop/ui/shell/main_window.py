"""The facilitator's main window: the method library, and the running meeting.

The meeting's modules are imported when the first meeting starts, so that
opening the app stays quick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QStackedWidget

from intervisie_desktop import __version__
from intervisie_desktop.domain.clock import Clock, SystemClock
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.ui.data.window_archive import ArchiveMixin
from intervisie_desktop.ui.library.library_page import LibraryPage
from intervisie_desktop.ui.library.own_methods import OwnMethods
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.meeting.wake_lock import WakeLock
from intervisie_desktop.ui.reports.window_reports import ReportsMixin
from intervisie_desktop.ui.shell.meeting_actions import MeetingActions

if TYPE_CHECKING:
    from intervisie_desktop.domain.board import Board
    from intervisie_desktop.domain.engine import SessionEngine
    from intervisie_desktop.domain.history import FollowUp
    from intervisie_desktop.domain.meeting import Meeting
    from intervisie_desktop.domain.preparation import PreparedMeeting
    from intervisie_desktop.domain.text import LocalizedText
    from intervisie_desktop.store.repository import DataFolder
    from intervisie_desktop.ui.flap.board_controller import BoardController
    from intervisie_desktop.ui.meeting.autosave import MeetingKeeper
    from intervisie_desktop.ui.meeting.meeting_page import MeetingPage
    from intervisie_desktop.ui.meeting.session_controller import SessionController
    from intervisie_desktop.ui.prepare.prepare_page import PreparePage
    from intervisie_desktop.ui.projector.presenter_window import PresenterWindow


class MainWindow(ArchiveMixin, ReportsMixin):
    def __init__(
        self,
        library: MethodLibrary,
        language: str,
        *,
        settings: Settings | None = None,
        data_dir: Path | None = None,
        clock: Clock | None = None,
        chime: Chime | None = None,
        wake_lock: WakeLock | None = None,
        groups: list[Group] | None = None,
        store: DataFolder | None = None,
    ) -> None:
        super().__init__()
        self._library = library
        self._language = language
        self.settings = settings or Settings()
        self._data_dir = data_dir
        self._clock = clock or SystemClock()
        self._chime = chime or Chime(self.settings.sound)
        self._wake_lock = wake_lock or WakeLock()
        self.groups: list[Group] = groups if groups is not None else []
        self.store = store
        self.keeper: MeetingKeeper | None = None
        self.follow_up: FollowUp | None = None
        self.prepare_page: PreparePage | None = None
        self.controller: SessionController | None = None
        self.board: BoardController | None = None
        self.undo_group = QUndoGroup(self)
        self.meeting_page: MeetingPage | None = None
        self.presenter: PresenterWindow | None = None
        self.setWindowTitle(self.tr("Intervisie Desktop"))
        self.resize(1280, 800)

        self.library = LibraryPage(library, language)
        self.library.start_requested.connect(self._prepare_with)
        self.own_methods = OwnMethods(lambda: self._library, lambda: self.store, language, self)
        self.own_methods.library_changed.connect(self.set_library)
        self.library.duplicate_requested.connect(self.own_methods.duplicate)
        self.library.new_requested.connect(self.own_methods.new)
        self.library.edit_requested.connect(self.own_methods.edit)
        self.library.delete_requested.connect(self.own_methods.delete)
        self.library.export_requested.connect(self.own_methods.export)
        self.library.import_requested.connect(self.own_methods.import_file)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library)
        self.setCentralWidget(self.pages)
        self.actions_ = MeetingActions(self)
        self._build_menus()
        self._wire_actions()
        self._update_enabled()
        self.privacy_note = QLabel(
            self.tr("Everything you enter stays on this computer. No network is used.")
        )
        self.statusBar().addPermanentWidget(self.privacy_note)  # stays while messages come
        self.library.method_list.setFocus()

    # ----- menus ---------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.prepare_action = QAction(self.tr("&Prepare a meeting…"), self)
        self.prepare_action.setShortcut(QKeySequence.StandardKey.New)
        self.prepare_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.prepare_action.triggered.connect(self.show_prepare)
        file_menu.addAction(self.prepare_action)
        self.addAction(self.prepare_action)  # keys work even while no menu is open
        self.show_library = QAction(self.tr("&Methods"), self)
        self.show_library.setShortcut(QKeySequence("Ctrl+L"))
        self.show_library.triggered.connect(lambda: self.pages.setCurrentWidget(self.library))
        file_menu.addAction(self.show_library)
        self.show_meeting = QAction(self.tr("&Running meeting"), self)
        self.show_meeting.setShortcut(QKeySequence("Ctrl+M"))
        self.show_meeting.triggered.connect(self._show_meeting_page)
        file_menu.addAction(self.show_meeting)
        file_menu.addSeparator()
        self.export_takeaway = QAction(self.tr("Export &take-away for the case presenter…"), self)
        self.export_takeaway.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_takeaway.triggered.connect(self.ask_export_takeaway)
        file_menu.addAction(self.export_takeaway)
        self.export_report = QAction(self.tr("Export meeting &report…"), self)
        self.export_report.triggered.connect(self.ask_export_meeting_report)
        file_menu.addAction(self.export_report)
        file_menu.addSeparator()
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.show_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(quit_action)
        self._build_other_menus()

    def _build_other_menus(self) -> None:
        a = self.actions_
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)

        meeting = self.menuBar().addMenu(self.tr("&Meeting"))
        for action in (
            a.start_pause,
            a.next,
            a.previous,
            a.add_minute,
            a.remove_minute,
            a.restart_block,
        ):
            meeting.addAction(action)
        meeting.addSeparator()
        for action in (a.next_turn, a.previous_turn, a.skip_turn):
            meeting.addAction(action)
        meeting.addSeparator()
        for action in (a.end_time, a.replan, a.finish):
            meeting.addAction(action)

        projector = self.menuBar().addMenu(self.tr("&Projector"))
        for action in (a.present, a.leave_full_screen, a.blackout, a.swap_screen):
            projector.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a.help)
        about = QAction(self.tr("&About Intervisie Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    def _wire_actions(self) -> None:
        a = self.actions_
        bind = a.bind
        bind(a.start_pause, lambda: self._on_controller(lambda c: c.toggle_pause()))
        bind(a.next, lambda: self._on_controller(lambda c: c.next()))
        bind(a.previous, lambda: self._on_controller(lambda c: c.previous()))
        bind(a.add_minute, lambda: self._on_controller(lambda c: c.add_minute()))
        bind(a.remove_minute, lambda: self._on_controller(lambda c: c.remove_minute()))
        bind(a.restart_block, lambda: self._on_controller(lambda c: c.restart_block()))
        bind(a.finish, self.finish_meeting)
        bind(a.next_turn, lambda: self._on_controller(lambda c: c.next_turn()))
        bind(a.previous_turn, lambda: self._on_controller(lambda c: c.previous_turn()))
        bind(a.skip_turn, lambda: self._on_controller(lambda c: c.skip_turn()))
        bind(a.end_time, lambda: self._on_page(lambda p: p.budget.ask_end_time()))
        bind(a.replan, lambda: self._on_page(lambda p: p.budget.offer_replan()))
        bind(a.present, self.present)
        bind(a.leave_full_screen, lambda: self._on_presenter(lambda p: p.leave_full_screen()))
        bind(a.blackout, lambda: self._on_controller(lambda c: c.toggle_blackout()))
        bind(a.swap_screen, lambda: self._on_presenter(lambda p: p.swap_screen()))
        bind(a.help, self.show_shortcuts)

    def _on_controller(self, action: Callable[[SessionController], None]) -> None:
        if self.controller is not None:
            action(self.controller)

    def _on_page(self, action: Callable[[MeetingPage], None]) -> None:
        if self.meeting_page is not None:
            action(self.meeting_page)

    def _on_presenter(self, action: Callable[[PresenterWindow], None]) -> None:
        if self.presenter is not None:
            action(self.presenter)

    def _update_enabled(self) -> None:
        has_meeting = self.controller is not None
        for action in self.actions_.all():
            if action is not self.actions_.help:
                action.setEnabled(has_meeting)
        self.show_meeting.setEnabled(has_meeting)
        self.export_takeaway.setEnabled(has_meeting)
        self.export_report.setEnabled(has_meeting)

    # ----- the meeting ---------------------------------------------------------------

    def attach_store(self, store: DataFolder) -> None:
        """The data folder is open: its groups and own methods join the window."""
        self.store = store
        self.groups[:] = store.list_groups()
        self.set_library(self._library.with_custom(store.list_methods()))

    def set_library(self, library: MethodLibrary, select: str | None = None) -> None:
        """Show a changed library (a custom method added, edited or removed)."""
        self._library = library
        self.library.reload(library, select)
        if self.prepare_page is not None:
            self.prepare_page.set_library(library)

    def _prepare_with(self, method_id: str) -> None:
        page = self.show_prepare()
        page.methods.choose(method_id)

    def show_prepare(self) -> PreparePage:
        """The preparation screen (built on first use), with the library's method chosen."""
        from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers  # noqa: PLC0415
        from intervisie_desktop.ui.prepare.prepare_page import PreparePage  # noqa: PLC0415

        if self.prepare_page is None:
            self.prepare_page = PreparePage(
                self._library,
                icebreakers=load_builtin_icebreakers(),
                groups=self.groups,
                history=self.history,
                meetings_for=self.group_meetings,
                language=self._language,
            )
            self.prepare_page.start_requested.connect(self.start_prepared)
            self.prepare_page.groups_changed.connect(self.groups_changed)
            self.pages.addWidget(self.prepare_page)
        self.pages.setCurrentWidget(self.prepare_page)
        self.prepare_page.tabs.setCurrentIndex(0)
        self.prepare_page.people.group.currentIndexChanged.connect(self._group_chosen)
        self._group_chosen()
        return self.prepare_page

    def _group_chosen(self) -> None:
        """The icebreaker picker avoids what the chosen group did in its last meetings."""
        if self.prepare_page is None:
            return
        group = self.prepare_page.people.current_group()
        meetings = self.group_meetings(group.id) if group else []
        recent = [m.icebreaker_id for m in meetings[-3:] if m.icebreaker_id]
        self.prepare_page.set_recent_icebreakers(recent)

    def start_prepared(self, prepared: PreparedMeeting) -> None:
        from intervisie_desktop.domain.engine import SessionEngine  # noqa: PLC0415

        if self.controller is not None and not self._confirm_replace():
            return
        method = prepared.method
        engine = SessionEngine(
            prepared.blocks(self._library), self._clock, prepared.attendance.participants()
        )
        from intervisie_desktop.domain.history import latest_follow_up  # noqa: PLC0415
        from intervisie_desktop.domain.meeting import Meeting  # noqa: PLC0415

        rules = [r.text for r in self._library.rules_for(method)]
        title = method.name.get(self._language)
        group_id = prepared.group.id if prepared.group else None
        record = Meeting(
            group_id=group_id,
            title=title,
            method_id=method.id,
            icebreaker_id=prepared.icebreaker.id if prepared.icebreaker else None,
            created=self._clock.wall(),
            case_question=prepared.case_question,
            second_case_question=prepared.second_case_question,
            attendance=prepared.attendance,
            blocks=engine.blocks,
        )
        past = self.group_meetings(group_id) if group_id else []
        self.start_meeting(
            engine, title, rules, case_question=prepared.case_question, record=record
        )
        self.show_follow_up(latest_follow_up(past, record.created))

    def _confirm_replace(self) -> bool:
        from intervisie_desktop.domain.engine import RunState  # noqa: PLC0415

        assert self.controller is not None
        if self.controller.engine.state is RunState.READY:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Start a new meeting?"),
            self.tr("A meeting is running. Stop it and start a new one?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_meeting(
        self,
        engine: SessionEngine,
        title: str,
        reminder_rules: list[LocalizedText],
        *,
        board: Board | None = None,
        case_question: str = "",
        record: Meeting | None = None,
    ) -> None:
        """Run ``engine``'s agenda; with a data folder, ``record`` is autosaved as it goes."""
        from intervisie_desktop.domain.board import Board  # noqa: PLC0415
        from intervisie_desktop.domain.meeting import Attendance, Meeting  # noqa: PLC0415
        from intervisie_desktop.ui.flap.board_controller import BoardController  # noqa: PLC0415
        from intervisie_desktop.ui.meeting.autosave import MeetingKeeper  # noqa: PLC0415
        from intervisie_desktop.ui.meeting.meeting_page import MeetingPage  # noqa: PLC0415
        from intervisie_desktop.ui.meeting.session_controller import SessionController  # noqa: PLC0415
        from intervisie_desktop.ui.projector.presenter_window import PresenterWindow  # noqa: PLC0415

        self._close_meeting()
        controller = SessionController(
            engine,
            self._language,
            meeting_title=title,
            reminder_rules=reminder_rules,
            warning_seconds=self.settings.warning_seconds,
            parent=self,
        )
        self.controller = controller
        controller.reached_zero.connect(self._chime.play)
        controller.blackout_changed.connect(self.actions_.blackout.setChecked)
        self.meeting_title = title
        self.case_question = case_question
        self.second_case_question = record.second_case_question if record else ""
        self.board = BoardController(board or Board(), self._language, parent=self)
        self.board.shared_changed.connect(controller.set_shared)
        controller.set_shared(self.board.shared_lists())
        self.undo_group.addStack(self.board.undo_stack)
        self.undo_group.setActiveStack(self.board.undo_stack)
        self.meeting_page = MeetingPage(controller, self.board, self.actions_)
        self.meeting_page.follow_up.discussed.connect(self.mark_followed_up)
        self.pages.addWidget(self.meeting_page)
        self.presenter = PresenterWindow(
            controller, self.screen, self.settings.presenter_screen, parent=None
        )
        self.apply_presenter_settings()
        self.presenter.screen_chosen.connect(self._remember_screen)
        self.presenter.closed.connect(self._wake_lock.release)
        if self.store is not None:
            participants = engine.participants
            record = record or Meeting(
                title=title,
                created=self._clock.wall(),
                case_question=case_question,
                attendance=Attendance(
                    present=list(participants.members),
                    case_presenter=participants.case_presenter,
                ),
                blocks=engine.blocks,
            )
            self.keeper = MeetingKeeper(self.store, record, controller, self.board, parent=self)
            self.keeper.failed.connect(self._save_failed)
            self.keeper.saved.connect(self._saved)
            self.keeper.save_now()
        self._update_enabled()
        self._show_meeting_page()

    def apply_presenter_settings(self) -> None:
        """Colour theme, blackout colour and text size, on the projector and its preview."""
        s = self.settings
        views = [self.presenter.view] if self.presenter else []
        views += [self.meeting_page.preview] if self.meeting_page else []
        for view in views:
            view.set_looks(s.presenter_theme, s.blackout_colour, s.presenter_font_scale)
        self._chime.enabled = s.sound
        if self.controller is not None:
            self.controller.warning_seconds = s.warning_seconds
            self.controller.refresh()

    def _show_meeting_page(self) -> None:
        if self.meeting_page is not None:
            self.pages.setCurrentWidget(self.meeting_page)
            self.meeting_page.timeline.setFocus()

    def _close_meeting(self) -> None:
        if self.keeper is not None:
            self.keeper.flush()
            self.keeper.deleteLater()
            self.keeper = None
        if self.presenter is not None:
            self.presenter.stop_presenting()
            self.presenter.deleteLater()
            self.presenter = None
        self._wake_lock.release()
        if self.meeting_page is not None:
            self.pages.removeWidget(self.meeting_page)
            self.meeting_page.deleteLater()
            self.meeting_page = None
        if self.board is not None:
            self.undo_group.removeStack(self.board.undo_stack)
            self.board.deleteLater()
            self.board = None
        if self.controller is not None:
            self.controller.deleteLater()
            self.controller = None

    def finish_meeting(self) -> None:
        if self.controller is not None:
            self.controller.finish()
            self._wake_lock.release()

    def present(self) -> None:
        """F5: show the projector view and keep the screen awake."""
        if self.presenter is None:
            return
        self.presenter.present()
        self._wake_lock.hold()
        self.activateWindow()

    def show_settings(self) -> None:
        from intervisie_desktop.ui.dialogs.settings_dialog import SettingsDialog  # noqa: PLC0415

        on_passphrase = self.ask_passphrase if self.store is not None else None
        changed = SettingsDialog.launch(self.settings, self._data_dir, self, on_passphrase)
        if changed is None:
            return
        self.settings = changed
        if self.presenter is not None:
            self.presenter.preferred_screen = changed.presenter_screen
        self.apply_presenter_settings()
        self.save_settings()

    def ask_passphrase(self) -> None:
        from intervisie_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog  # noqa: PLC0415

        if self.store is not None and PassphraseDialog.launch(self.store, self):
            self.statusBar().showMessage(self.tr("The data folder is encrypted."))

    def welcome(self) -> None:
        """First run: explain, then offer the demo or creating a group."""
        from intervisie_desktop.ui.dialogs.welcome import WelcomeChoice, WelcomeDialog  # noqa: PLC0415

        choice = WelcomeDialog.launch(self._data_dir, self)
        self.settings.welcomed = True
        self.save_settings()
        if choice is WelcomeChoice.DEMO:
            start_demo_process()
        elif choice is WelcomeChoice.CREATE_GROUP:
            self.show_prepare().people.create_group()

    def _remember_screen(self, name: str) -> None:
        self.settings.presenter_screen = name
        self.save_settings()

    # ----- help ----------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from intervisie_desktop.ui.dialogs.help_overlay import ShortcutHelp  # noqa: PLC0415

        ShortcutHelp(self.shortcut_actions(), self, board_keys=True).exec()

    def shortcut_actions(self) -> list[QAction]:
        actions: list[QAction] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                actions += [a for a in menu.actions() if not a.isSeparator()]
        return actions

    def about_text(self) -> str:
        return self.tr(
            "<h3>Intervisie Desktop %1</h3>"
            "<p>For the facilitator of an intervisie meeting: methods, a timer for the "
            "projector and private notes.</p>"
            "<p>What is said in intervisie stays in the group: this app keeps everything "
            "in local files on this computer and never uses the network.</p>"
            "<p>Licence: GNU GPL version 3 or later.</p>"
        ).replace("%1", __version__)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Intervisie Desktop"), self.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.may_quit():  # the window's close button
            event.ignore()
            return
        self._close_meeting()
        super().closeEvent(event)

    def quit_requested(self) -> None:
        """File → Quit (Ctrl+Q)."""
        if self.may_quit():
            self.close()

    def may_quit(self) -> bool:
        """Quitting during a meeting: it is saved and can be resumed, but ask first."""
        from intervisie_desktop.domain.engine import RunState  # noqa: PLC0415

        running = self.controller is not None and self.controller.engine.state in (
            RunState.RUNNING,
            RunState.PAUSED,
        )
        if not running:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Quit during the meeting?"),
            self.tr(
                "The meeting is still running. It is saved; next time you can go on "
                "where you are. Quit now?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


def start_demo_process() -> None:
    """The demo runs as its own app, in a throw-away folder: real data stays untouched."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    frozen = getattr(sys, "frozen", False)  # a bundle: the executable is the app itself
    command = [sys.executable] if frozen else [sys.executable, "-m", "intervisie_desktop"]
    subprocess.Popen([*command, "--demo"], start_new_session=True)
