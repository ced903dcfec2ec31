"""The facilitator's main window: a thin shell around the pages.

It holds the method library page, the preparation page (built on first use)
and at most one :class:`RunningMeeting`; the data folder is the context's
:class:`FolderService`. Everything else lives with the feature it belongs to.

The window is built in two steps, so it can be painted before the slow parts of
the app are loaded: first the shell (menus, the method list from the light
catalogue), then :meth:`MainWindow.attach` gives it its :class:`AppContext`
(the validated library, the settings, the data folder). Commands that need the
data folder wait until it is open. Heavy features load on first use
(:mod:`on_demand`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from intervisie_desktop import __version__
from intervisie_desktop.domain.catalogue import ListedMethod, listed_methods
from intervisie_desktop.ui.library.library_page import LibraryPage
from intervisie_desktop.ui.shell import on_demand
from intervisie_desktop.ui.shell.key_bindings import Command
from intervisie_desktop.ui.shell.menus import Menus
from intervisie_desktop.ui.shell.window_place import fit, remember

if TYPE_CHECKING:
    from intervisie_desktop.domain.meeting_start import MeetingStart
    from intervisie_desktop.domain.preparation import PreparedMeeting
    from intervisie_desktop.ui.app_context import AppContext
    from intervisie_desktop.ui.data.folder_gone_bar import FolderGoneBar
    from intervisie_desktop.ui.library.own_methods import OwnMethods
    from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting
    from intervisie_desktop.ui.prepare.prepare_page import PreparePage
    from intervisie_desktop.ui.shell.leaving import SleepWatch
    from intervisie_desktop.ui.shell.meeting_actions import MeetingActions


class NotAttachedError(RuntimeError):
    """The window's context is used before :meth:`MainWindow.attach` (a programming error)."""


class MainWindow(QMainWindow):
    def __init__(self, language: str, methods: list[ListedMethod]) -> None:
        super().__init__()
        self.language = language
        self._context: AppContext | None = None
        self._own_methods: OwnMethods | None = None
        self._folder_gone: FolderGoneBar | None = None
        self.meeting: RunningMeeting | None = None
        self.prepare_page: PreparePage | None = None
        self.undo_group = QUndoGroup(self)
        self.setWindowTitle(self.tr("Intervisie Desktop"))
        fit(self)  # app.py then puts it where it was last time with these screens

        self.methods_page = LibraryPage(methods, language)
        page = self.methods_page
        page.start_requested.connect(self._prepare_with)
        # lambdas: own_methods is made on first use, so it is looked up at the click
        page.duplicate_requested.connect(lambda i: self.own_methods.duplicate(i))  # noqa: PLW0108
        page.new_requested.connect(lambda: self.own_methods.new())  # noqa: PLW0108
        page.edit_requested.connect(lambda i: self.own_methods.edit(i))  # noqa: PLW0108
        page.delete_requested.connect(lambda i: self.own_methods.delete(i))  # noqa: PLW0108
        page.export_requested.connect(lambda i: self.own_methods.export(i))  # noqa: PLW0108
        page.import_requested.connect(lambda: self.own_methods.import_file())  # noqa: PLW0108
        self.pages = QStackedWidget()
        self.pages.addWidget(self.methods_page)
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._actions: MeetingActions | None = None  # made with the context
        self._sleep_watch: SleepWatch | None = None  # made with the first meeting
        self.menus = Menus(self, self.undo_group)
        m = self.menus
        m.prepare.triggered.connect(self.show_prepare)
        m.methods.triggered.connect(lambda: self.pages.setCurrentWidget(self.methods_page))
        m.show_meeting.triggered.connect(self.show_meeting_page)
        m.export_takeaway.triggered.connect(self._export_takeaway)
        m.export_report.triggered.connect(self._export_report)
        m.export_flip_sheet.triggered.connect(self._export_flip_sheet)
        m.settings.triggered.connect(self.show_settings)
        m.quit.triggered.connect(self.quit_requested)
        m.about.triggered.connect(self.show_about)
        self._update_enabled()
        self.privacy_note = QLabel(
            self.tr("Everything you enter stays on this computer. No network is used.")
        )
        self.statusBar().addPermanentWidget(self.privacy_note)  # stays while messages come
        self.methods_page.method_list.setFocus()

    @classmethod
    def over(cls, context: AppContext) -> MainWindow:
        """The window built and given its context at once (the demo, tests)."""
        window = cls(context.language, listed_methods(context.folder.library, context.language))
        window.attach(context)
        return window

    # ----- the context ---------------------------------------------------------------

    def attach(self, context: AppContext) -> None:
        """The validated library, the settings and the data folder's service are there:
        show the library, and let the data commands work once the folder is open."""
        self._context = context
        folder = context.folder
        self._actions = on_demand.meeting_actions(self)
        self._actions.single_keys = folder.settings.single_key_shortcuts
        self._actions.on(Command.HELP, self.show_shortcuts)
        self.menus.add_meeting(self._actions)
        folder.library_changed.connect(self.methods_page.reload)
        folder.failed.connect(self.show_not_saved)
        folder.problems_found.connect(lambda: on_demand.report_problems(self, folder))
        folder.opened.connect(self._update_enabled)
        self.methods_page.reload(folder.library)
        self._update_enabled()

    @property
    def attached(self) -> bool:
        return self._context is not None

    @property
    def context(self) -> AppContext:
        if self._context is None:
            raise NotAttachedError
        return self._context

    @property
    def actions_(self) -> MeetingActions:
        """The meeting's commands (made with the context)."""
        if self._actions is None:
            raise NotAttachedError
        return self._actions

    @property
    def own_methods(self) -> OwnMethods:
        """Duplicating, editing, exporting and importing own methods (made on first use)."""
        if self._own_methods is None:
            self._own_methods = on_demand.own_methods(self.context.folder, self.language, self)
        return self._own_methods

    @property
    def folder_gone(self) -> FolderGoneBar:
        """The bar that says the data folder went away (made when a meeting first runs)."""
        if self._folder_gone is None:
            self._folder_gone = on_demand.folder_gone_bar(self.context.folder)
            self._column.insertWidget(0, self._folder_gone)
        return self._folder_gone

    def _update_enabled(self) -> None:
        has_meeting = self.meeting is not None
        meeting_actions = self._actions.meeting_actions() if self._actions else []
        folder_open = self._context is not None and self._context.folder.is_open
        self.menus.prepare.setEnabled(folder_open)
        self.menus.settings.setEnabled(folder_open)
        self.methods_page.set_ready(folder_open)
        for action in meeting_actions:
            action.setEnabled(has_meeting)
        for action in (
            self.menus.show_meeting,
            self.menus.export_takeaway,
            self.menus.export_report,
            self.menus.export_flip_sheet,
        ):
            action.setEnabled(has_meeting)

    # ----- pages ---------------------------------------------------------------------

    def _prepare_with(self, method_id: str) -> None:
        self.show_prepare().methods.choose(method_id)

    def show_prepare(self) -> PreparePage:
        """The preparation screen (built on first use), on its first tab."""
        if self.prepare_page is None:
            self.prepare_page = on_demand.prepare_page(self.context)
            self.prepare_page.start_requested.connect(self.start_prepared)
            self.pages.addWidget(self.prepare_page)
        self.pages.setCurrentWidget(self.prepare_page)
        self.prepare_page.tabs.setCurrentIndex(0)
        return self.prepare_page

    def show_meeting_page(self) -> None:
        if self.meeting is not None:
            self.pages.setCurrentWidget(self.meeting.page)
            self.meeting.page.timeline.setFocus()

    # ----- the meeting ---------------------------------------------------------------

    def start_prepared(self, prepared: PreparedMeeting) -> None:
        if self.meeting is not None and not self._confirm_replace():
            return
        folder = self.context.folder
        start = on_demand.meeting_start(prepared, self.context)
        group_id = start.record.group_id
        past = folder.meetings_of(group_id) if group_id else []
        self.run(start)
        assert self.meeting is not None
        self.meeting.show_follow_up(on_demand.latest_follow_up(past, start.record.created))

    def _confirm_replace(self) -> bool:
        assert self.meeting is not None
        if not self.meeting.controller.engine.in_progress:
            return True
        return on_demand.ask(
            self,
            self.tr("Start a new meeting?"),
            self.tr("A meeting is running. Stop it and start a new one?"),
        )

    def run(self, start: MeetingStart) -> RunningMeeting:
        """Run a meeting (it replaces the one that was running, if any)."""
        self.close_meeting()
        meeting = on_demand.running_meeting(start, self.context, self.actions_, self.screen, self)
        self.meeting = meeting
        self._save_before_sleep()
        meeting.presenter.screen_chosen.connect(self._remember_screen)
        meeting.autosave.failed.connect(self.show_not_saved)
        meeting.autosave.saved.connect(lambda _record: self._saved())
        meeting.autosave.copied.connect(self._saved_as_copy)
        self.folder_gone.watch(meeting.autosave)
        meeting.page.follow_up.discussed.connect(self._followed_up)
        meeting.page.step_panel.announced.connect(
            lambda text: self.statusBar().showMessage(text, 5000)
        )
        self.undo_group.addStack(meeting.board.undo_stack)
        self.undo_group.setActiveStack(meeting.board.undo_stack)
        self.pages.addWidget(meeting.page)
        self._update_enabled()
        self.show_meeting_page()
        return meeting

    def _save_before_sleep(self) -> None:
        """From the first meeting on, the meeting is written when the laptop goes to sleep."""
        if self._sleep_watch is None:
            self._sleep_watch = on_demand.sleep_watch(self)
            self._sleep_watch.about_to_sleep.connect(self.save_meeting_now)

    def close_meeting(self) -> None:
        if self.meeting is None:
            return
        meeting, self.meeting = self.meeting, None
        self.undo_group.removeStack(meeting.board.undo_stack)
        self.pages.removeWidget(meeting.page)
        meeting.close()
        self._update_enabled()

    def _followed_up(self) -> None:
        assert self.meeting is not None
        follow_up, self.meeting.follow_up = self.meeting.follow_up, None
        if follow_up is not None:
            self.context.folder.mark_followed_up(follow_up.meeting_id)

    def _remember_screen(self, name: str) -> None:
        self.context.folder.settings.presenter_screen = name
        self.context.folder.save_settings()

    def _export_takeaway(self) -> None:
        if self.meeting is not None:
            on_demand.export_takeaway(self, self.meeting, self.statusBar().showMessage)

    def _export_report(self) -> None:
        if self.meeting is not None:
            on_demand.export_meeting_report(self, self.meeting, self.statusBar().showMessage)

    def _export_flip_sheet(self) -> None:
        if self.meeting is not None:
            board, record = self.meeting.board.board, self.meeting.record
            on_demand.export_flip_sheet(self, board, self.language, record.created.date())

    # ----- saving --------------------------------------------------------------------

    def show_not_saved(self, reason: str) -> None:
        self.setWindowTitle(self.tr("Intervisie Desktop — not saved"))
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", reason))

    def _saved_as_copy(self, _copy: object) -> None:
        self._saved()
        on_demand.tell(
            self,
            self.tr("Saved as a copy"),
            self.tr(
                "This meeting was saved by a newer version of the app, so its file stays as "
                "it is. What you add now is saved in a copy that this version can read."
            ),
        )

    def _saved(self) -> None:
        self.setWindowTitle(self.tr("Intervisie Desktop"))

    # ----- dialogs -------------------------------------------------------------------

    def show_settings(self) -> None:
        folder = self.context.folder
        changed = on_demand.ask_settings(folder.settings, folder, self, self.ask_passphrase)
        if changed is None:
            return
        folder.settings = changed
        self.actions_.single_keys = changed.single_key_shortcuts
        if self.meeting is not None:
            self.meeting.apply_settings(changed)
        folder.save_settings()

    def ask_passphrase(self) -> None:
        if on_demand.ask_new_passphrase(self.context.folder.store, self):
            self.statusBar().showMessage(self.tr("The data folder is encrypted."))

    def show_shortcuts(self) -> None:
        on_demand.show_shortcuts(self)

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
        on_demand.show_about(self, self.tr("About Intervisie Desktop"), self.about_text())

    def bring_forward(self) -> None:
        """A second start of the app asked this window to come forward."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # ----- quitting ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.may_quit():  # the window's close button
            event.ignore()
            return
        self.close_meeting()
        if self.attached and self.context.folder.is_open and self.isVisible():
            remember(self, self.context.folder.settings)
            self.context.folder.save_settings()
        super().closeEvent(event)

    def save_meeting_now(self) -> None:
        """The session is ending or the laptop goes to sleep: write the meeting now."""
        if self.meeting is not None:
            self.meeting.autosave.flush()

    def leave_now(self) -> None:
        """Asked to stop from outside (SIGTERM, SIGINT): save and close, asking nothing."""
        self.close_meeting()
        self.close()

    def quit_requested(self) -> None:
        """File → Quit (Ctrl+Q)."""
        if self.may_quit():
            self.close()

    def may_quit(self) -> bool:
        """Quitting during a meeting: it is saved and can be resumed, but ask first."""
        if self.meeting is None:
            return True
        autosave = self.meeting.autosave
        if autosave.gone:
            text = self.tr(
                "The data folder is gone, so the latest changes are not saved. If you quit "
                "now they are lost. Save a copy elsewhere first (the bar at the top). "
                "Quit anyway?"
            )
        elif self.meeting.controller.engine.in_progress:
            text = self.tr(
                "The meeting is still running. It is saved, paused at this moment; next "
                "time you can go on where you are. Quit now?"
            )
        else:
            return True
        return on_demand.ask(self, self.tr("Quit during the meeting?"), text)
