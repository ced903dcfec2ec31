"""Call back once a widget has really been painted (for --smoke and benchmarks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _FirstPaintFilter(QObject):
    def __init__(self, target: QObject, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self._callback = callback
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            self._callback()
        return False


def on_first_paint(widget: QObject, callback: Callable[[], None]) -> None:
    widget.installEventFilter(_FirstPaintFilter(widget, callback))
