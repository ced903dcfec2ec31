"""Keys as a real key press delivers them, and waiting, in the benchmark's own process,
until a widget has really been painted."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

GIVE_UP_S = 2.0


def activate(window: QWidget) -> None:
    """Make ``window`` the active window, as a click on it would (its shortcuts need it)."""
    window.activateWindow()
    deadline = time.perf_counter() + GIVE_UP_S
    while not window.isActiveWindow():
        if time.perf_counter() > deadline:
            raise RuntimeError("the window did not become active")
        QCoreApplication.processEvents()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> float:
    """Press ``key`` where a real key press goes, the widget with the focus; the moment
    it was pressed (``time.perf_counter()``)."""
    focus = QApplication.focusWidget()
    if focus is None:
        raise RuntimeError("no widget has the focus: a real key press would go nowhere")
    pressed = time.perf_counter()
    QTest.keyClick(focus, key, modifier)
    return pressed


class PaintWatch(QObject):
    """Remembers when ``widget`` was last painted. With ``whole_window``: when its
    window last repainted whatever had changed in it (what a key changes on a screen
    may be any part of it: a page, a heading, the clock), as Qt paints every changed
    widget of a window in one pass, on the window's update request."""

    def __init__(self, widget: QWidget, *, whole_window: bool = False) -> None:
        super().__init__(widget)
        self.painted_at = 0.0
        self._kind = QEvent.Type.UpdateRequest if whole_window else QEvent.Type.Paint
        (widget.window() if whole_window else widget).installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._kind:
            self.painted_at = time.perf_counter()
        return False

    def ms_until_painted(self, since: float) -> float:
        """Run the event loop until the widget has painted after ``since``; the
        milliseconds from ``since`` to the end of that paint (the event loop's pass that
        held it). A widget that does not repaint is an error, not a fast result."""
        deadline = since + GIVE_UP_S
        while self.painted_at < since:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"not repainted within {GIVE_UP_S} s")
            QCoreApplication.processEvents()
        return (time.perf_counter() - since) * 1000
