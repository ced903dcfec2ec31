"""The main window's menu bar: File, Edit, Meeting, Projector, Help.

The meeting's commands come from :class:`MeetingActions` (the key table); the
window's own commands are made here and connected by the window. The meeting's
commands join their menus once the window has its context (:meth:`Menus.add_meeting`):
they wait for a meeting anyway, and making them needs Qt's large enumeration of
shortcut kinds, which the first paint can do without.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from intervisie_desktop.ui.shell.key_bindings import Command

if TYPE_CHECKING:
    from intervisie_desktop.ui.shell.meeting_actions import MeetingActions

MEETING_MENU = (
    (Command.START_PAUSE, Command.NEXT, Command.PREVIOUS),
    (Command.ADD_MINUTE, Command.REMOVE_MINUTE, Command.RESTART_BLOCK),
    (Command.NEXT_TURN, Command.PREVIOUS_TURN, Command.SKIP_TURN),
    (Command.END_TIME, Command.REPLAN, Command.SPEAK_TIME, Command.FINISH),
)
PROJECTOR_MENU = (
    (Command.PRESENT, Command.LEAVE_FULL_SCREEN, Command.BLACKOUT, Command.SWAP_SCREEN),
    (Command.NEXT_WALL_PAGE, Command.PREVIOUS_WALL_PAGE, Command.SHOW_CASE_QUESTION),
    (
        Command.SHARE_WINDOW,
        Command.SHARE_WINDOW_SMALL,
        Command.SHARE_WINDOW_MEDIUM,
        Command.SHARE_WINDOW_LARGE,
    ),
)


class Menus:
    """The window's own actions (the meeting's live in :class:`MeetingActions`)."""

    def __init__(self, window: QMainWindow, undo: QUndoGroup) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.prepare = self._add(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Prepare a meeting…"),
            QKeySequence.StandardKey.New,
        )
        self.methods = self._add(
            file_menu, QCoreApplication.translate("MainWindow", "&Methods"), "Ctrl+L"
        )
        self.show_meeting = self._add(
            file_menu, QCoreApplication.translate("MainWindow", "R&unning meeting"), "Ctrl+M"
        )
        file_menu.addSeparator()
        self.export_takeaway = self._add(
            file_menu,
            QCoreApplication.translate("MainWindow", "Export &take-away for the case presenter…"),
            "Ctrl+Shift+E",
        )
        self.export_report = self._add(
            file_menu, QCoreApplication.translate("MainWindow", "Export meeting &report…")
        )
        self.export_flip_sheet = self._add(
            file_menu, QCoreApplication.translate("MainWindow", "Export a &flip-over sheet…")
        )
        file_menu.addSeparator()
        self.settings = self._add(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Settings…"),
            QKeySequence.StandardKey.Preferences,
        )
        file_menu.addSeparator()
        self.quit = self._add(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Quit"),
            QKeySequence.StandardKey.Quit,
        )
        for action in file_menu.actions():
            window.addAction(action)  # the keys work while no menu is open

        edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        undo_action = undo.createUndoAction(
            window, QCoreApplication.translate("MainWindow", "&Undo")
        )
        undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo_action = undo.createRedoAction(
            window, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo)])
        edit.addActions([undo_action, redo_action])
        window.addActions([undo_action, redo_action])

        self.meeting = bar.addMenu(QCoreApplication.translate("MainWindow", "&Meeting"))
        self.projector = bar.addMenu(QCoreApplication.translate("MainWindow", "&Projector"))
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.help = help_menu
        self.about = self._add(
            help_menu, QCoreApplication.translate("MainWindow", "&About Intervisie Desktop")
        )
        about_qt = self._add(help_menu, QCoreApplication.translate("MainWindow", "About &Qt"))
        about_qt.triggered.connect(QApplication.aboutQt)
        self._bar_menus = [file_menu, edit, self.meeting, self.projector, help_menu]

    def add_meeting(self, actions: MeetingActions) -> None:
        """The meeting's commands in the Meeting and Projector menus, and the key help
        first in the Help menu."""
        for menu, groups in ((self.meeting, MEETING_MENU), (self.projector, PROJECTOR_MENU)):
            for number, group in enumerate(groups):
                if number:
                    menu.addSeparator()
                menu.addActions([actions[c] for c in group])
        self.help.insertAction(self.about, actions[Command.HELP])

    def set_ready(self, *, folder_open: bool, has_meeting: bool) -> None:
        """Preparing and the settings need the data folder; the meeting's page and its
        exports need a meeting."""
        self.prepare.setEnabled(folder_open)
        self.settings.setEnabled(folder_open)
        for action in (
            self.show_meeting,
            self.export_takeaway,
            self.export_report,
            self.export_flip_sheet,
        ):
            action.setEnabled(has_meeting)

    @staticmethod
    def _add(menu: QMenu, text: str, keys: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = menu.addAction(text)
        if keys is not None:  # setShortcut would build all of Qt's enums before the paint
            action.setShortcuts([QKeySequence(keys)])
        return action

    def menus(self) -> list[QMenu]:
        return list(self._bar_menus)
