"""The main window's menu bar: File, Edit, Meeting, Projector, Help.

The meeting's commands come from :class:`MeetingActions` (the key table); the
window's own commands are made here and connected by the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from intervisie_desktop.ui.shell.key_bindings import Command
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

    def __init__(self, window: QMainWindow, actions: MeetingActions, undo: QUndoGroup) -> None:
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
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = undo.createRedoAction(
            window, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo_action, redo_action])
        window.addActions([undo_action, redo_action])

        meeting = bar.addMenu(QCoreApplication.translate("MainWindow", "&Meeting"))
        for number, group in enumerate(MEETING_MENU):
            if number:
                meeting.addSeparator()
            meeting.addActions([actions[c] for c in group])
        projector = bar.addMenu(QCoreApplication.translate("MainWindow", "&Projector"))
        for number, group in enumerate(PROJECTOR_MENU):
            if number:
                projector.addSeparator()
            projector.addActions([actions[c] for c in group])

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(actions[Command.HELP])
        self.about = self._add(
            help_menu, QCoreApplication.translate("MainWindow", "&About Intervisie Desktop")
        )
        about_qt = self._add(help_menu, QCoreApplication.translate("MainWindow", "About &Qt"))
        about_qt.triggered.connect(QApplication.aboutQt)
        self._bar_menus = [file_menu, edit, meeting, projector, help_menu]

    @staticmethod
    def _add(menu: QMenu, text: str, keys: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = menu.addAction(text)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        return action

    def menus(self) -> list[QMenu]:
        return list(self._bar_menus)
