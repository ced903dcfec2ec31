"""The flip-over's input line: it has the focus only while the scribe writes.

Enter adds the item and Esc stops writing; both hand the focus back to the list,
so the clicker's B and "." blank the projector again. Whatever is typed and not
yet entered is kept as a draft (it survives a crash with the meeting).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class EntryLine(QLineEdit):
    stop_requested = Signal()  # Esc: back to the list, the draft kept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def event(self, event: QEvent) -> bool:
        # Esc belongs to the line while writing, not to "leave full screen"
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.stop_requested.emit()
            return
        super().keyPressEvent(event)
