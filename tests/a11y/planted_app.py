"""The demo app with three planted faults, so each AT-SPI check is seen to catch one:

- an unnamed text field on the methods page,
- a keyboard trap after it (a multi-line field in which Tab types a tab),
- a label in the status bar that announces its unchanged name ten times a second.

Run like the app: ``python tests/a11y/planted_app.py --demo --lang en``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from intervisie_desktop import app as entry
from intervisie_desktop.ui.shell.main_window import MainWindow

FLOOD_MS = 100


def plant() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    page = window.methods_page
    layout = page.layout()
    unnamed = QLineEdit(page)
    trap = QPlainTextEdit(page)
    trap.setAccessibleName("Planted trap")
    trap.setMaximumHeight(60)
    layout.addWidget(unnamed)
    layout.addWidget(trap)
    flood = QLabel("Planted flood")
    flood.setAccessibleName("Planted flood")
    window.statusBar().addWidget(flood)
    timer = QTimer(flood)
    timer.timeout.connect(lambda: announce_name(flood))
    timer.start(FLOOD_MS)


def announce_name(label: QLabel) -> None:
    """'The name changed' with the same name (Qt's setters skip an equal value)."""
    QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.NameChanged))


if __name__ == "__main__":
    application = QApplication([sys.argv[0]])
    QTimer.singleShot(0, plant)
    sys.exit(entry.main(sys.argv[1:]))
