"""Waiting, in the benchmark's own process, until a widget has really been painted."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

GIVE_UP_S = 2.0


class PaintWatch(QObject):
    """Remembers when ``widget`` was last painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
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
