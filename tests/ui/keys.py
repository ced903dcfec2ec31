"""Keys go where a real key press goes: to the widget that has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "no widget has the focus: a real key press would go nowhere"
    qtbot.keyClick(focus, key, modifier)
