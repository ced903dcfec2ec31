"""Every meeting command as a QAction with its keys, so menus, buttons, the help
overlay and a presentation clicker all use the same definitions.

Clickers send PageDown/PageUp (or Right/Left), F5, Esc, B and ".".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class MeetingActions(QObject):
    """The meeting's actions; each is connected to a callable given by the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.start_pause = self._make(self.tr("Start / &pause"), ["Space"])
        self.next = self._make(self.tr("&Next block"), ["PgDown", "Right"])
        self.previous = self._make(self.tr("&Previous block"), ["PgUp", "Left"])
        self.add_minute = self._make(self.tr("&One minute more"), ["+", "="])
        self.remove_minute = self._make(self.tr("One minute &less"), ["-"])
        self.restart_block = self._make(self.tr("&Restart this block"), ["Ctrl+R"])
        self.finish = self._make(self.tr("&Finish the meeting"), ["Ctrl+Shift+F"])
        self.next_turn = self._make(self.tr("Next &person"), ["T"])
        self.previous_turn = self._make(self.tr("Previous p&erson"), ["Shift+T"])
        self.skip_turn = self._make(self.tr("S&kip this person for now"), ["Ctrl+T"])
        self.end_time = self._make(self.tr("Set the &end time…"), ["Ctrl+E"])
        self.replan = self._make(self.tr("Re-pla&n the rest…"), ["Ctrl+Shift+R"])
        self.present = self._make(self.tr("Start &presenting"), ["F5"])
        self.leave_full_screen = self._make(
            self.tr("&Leave full screen"), ["Esc"], context=Qt.ShortcutContext.WindowShortcut
        )
        self.blackout = self._make(self.tr("&Blackout"), ["B", "."], checkable=True)
        self.swap_screen = self._make(self.tr("Move projector view to the next &screen"), ["F6"])
        self.help = self._make(self.tr("&Keyboard shortcuts"), ["F1", "?"])

    def _make(
        self,
        text: str,
        keys: list[str],
        *,
        checkable: bool = False,
        context: Qt.ShortcutContext = Qt.ShortcutContext.ApplicationShortcut,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.setToolTip(f"{text.replace('&', '')} ({' / '.join(keys)})")
        action.setCheckable(checkable)
        self._window.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)]

    def bind(self, action: QAction, slot: Callable[[], object]) -> None:
        action.triggered.connect(lambda _checked=False: slot())
