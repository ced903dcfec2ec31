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

from intervisie_desktop.domain.catalogue import ListedMethod, listed_methods
from intervisie_desktop.ui.library.library_page import LibraryPage
from intervisie_desktop.ui.shell import on_demand
from intervisie_desktop.ui.shell.key_bindings import Command
from intervisie_desktop.ui.shell.meeting_questions import may_quit
from intervisie_desktop.ui.shell.meeting_slot import MeetingSlot
from intervisie_desktop.ui.shell.menus import Menus
from intervisie_desktop.ui.shell.save_notice import SaveNotice
from intervisie_desktop.ui.shell.settings_command import change_settings
from intervisie_desktop.ui.shell.window_place import fit, remember

if TYPE_CHECKING:
    from intervisie_desktop.domain.meeting_start import MeetingStart
    from intervisie_desktop.ui.app_context import AppContext
    from intervisie_desktop.ui.library.own_methods import OwnMethods
    from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting
    from intervisie_desktop.ui.prepare.prepare_page import PreparePage
    from intervisie_desktop.ui.shell.meeting_actions import MeetingActions


class NotAttachedError(RuntimeError):
    """The window's context is used before :meth:`MainWindow.attach` (a programming error)."""


class MainWindow(QMainWindow):
    def __init__(self, language: str, methods: list[ListedMethod]) -> None:
        super().__init__()
        self.language = language
        self._context: AppContext | None = None
        self._own_methods: OwnMethods | None = None
        self._slot: MeetingSlot | None = None  # made with the context
        self.save_notice = SaveNotice(self)
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
        self.menus = Menus(self, self.undo_group)
        m = self.menus
        m.prepare.triggered.connect(self.show_prepare)
        m.methods.triggered.connect(lambda: self.pages.setCurrentWidget(self.methods_page))
        m.show_meeting.triggered.connect(self.show_meeting_page)
        m.settings.triggered.connect(self.show_settings)
        m.quit.triggered.connect(self.quit_requested)
        m.about.triggered.connect(lambda: on_demand.show_about(self))
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
        self._actions.on(Command.HELP, lambda: on_demand.show_shortcuts(self))
        self.menus.add_meeting(self._actions)
        self._slot = slot = MeetingSlot(
            self,
            column=self._column,
            pages=self.pages,
            undo_group=self.undo_group,
            context=context,
            actions=self._actions,
            notice=self.save_notice,
        )
        slot.changed.connect(self._update_enabled)
        self.menus.export_takeaway.triggered.connect(slot.export_takeaway)
        self.menus.export_report.triggered.connect(slot.export_report)
        self.menus.export_flip_sheet.triggered.connect(slot.export_flip_sheet)
        folder.library_changed.connect(self.methods_page.reload)
        folder.failed.connect(self.save_notice.not_saved)
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

    def _update_enabled(self) -> None:
        has_meeting = self.meeting is not None
        folder_open = self._context is not None and self._context.folder.is_open
        self.menus.set_ready(folder_open=folder_open, has_meeting=has_meeting)
        self.methods_page.set_ready(folder_open)
        for action in self._actions.meeting_actions() if self._actions else []:
            action.setEnabled(has_meeting)

    # ----- pages ---------------------------------------------------------------------

    def _prepare_with(self, method_id: str) -> None:
        self.show_prepare().methods.choose(method_id)

    def show_prepare(self) -> PreparePage:
        """The preparation screen (built on first use), on its first tab."""
        if self.prepare_page is None:
            self.prepare_page = on_demand.prepare_page(self.context)
            self.prepare_page.start_requested.connect(self.slot.start_prepared)
            self.pages.addWidget(self.prepare_page)
        self.pages.setCurrentWidget(self.prepare_page)
        self.prepare_page.tabs.setCurrentIndex(0)
        return self.prepare_page

    def show_meeting_page(self) -> None:
        if self._slot is not None:
            self._slot.show_page()

    # ----- the meeting (its place in the window: :class:`MeetingSlot`) ---------------

    @property
    def meeting(self) -> RunningMeeting | None:
        return None if self._slot is None else self._slot.meeting

    @property
    def slot(self) -> MeetingSlot:
        if self._slot is None:
            raise NotAttachedError
        return self._slot

    def run(self, start: MeetingStart) -> RunningMeeting:
        """Run a meeting (it replaces the one that was running, if any)."""
        return self.slot.run(start)

    def close_meeting(self) -> None:
        if self._slot is not None:
            self._slot.close()

    # ----- dialogs -------------------------------------------------------------------

    def show_settings(self) -> None:
        change_settings(self, self.context.folder, self.actions_, self.meeting)

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
        if self._slot is not None:
            self._slot.save_now()

    def leave_now(self) -> None:
        """Asked to stop from outside (SIGTERM, SIGINT, SIGHUP): save and close, asking
        nothing; with the data folder gone, the meeting goes to the rescue folder."""
        if self._slot is not None:
            self._slot.rescue()
        self.close_meeting()
        self.close()

    def quit_requested(self) -> None:
        """File → Quit (Ctrl+Q)."""
        if self.may_quit():
            self.close()

    def may_quit(self) -> bool:
        """Quitting during a meeting: it is saved and can be resumed, but ask first."""
        return self.meeting is None or may_quit(self, self.meeting)
