"""F1 / ?: every keyboard shortcut, read from the actions themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for each action that has keys."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", ""), "  /  ".join(keys)))
    return rows


def board_key_rows() -> list[tuple[str, str]]:
    """The flip-over's own keys (they act in its list and its input line)."""

    return [
        (QCoreApplication.translate("ShortcutHelp", "Add the typed item"), "Enter"),
        (
            QCoreApplication.translate(
                "ShortcutHelp", "Rate the selected item warm / neutral / cold"
            ),
            "W  /  N  /  K (C)",
        ),
        (QCoreApplication.translate("ShortcutHelp", "Mark answered or chosen"), "Enter"),
        (QCoreApplication.translate("ShortcutHelp", "Edit the selected item"), "F2"),
        (QCoreApplication.translate("ShortcutHelp", "Delete the selected item"), "Delete"),
        (
            QCoreApplication.translate("ShortcutHelp", "Move the selected item up or down"),
            "Alt+↑  /  Alt+↓",
        ),
        (
            QCoreApplication.translate(
                "ShortcutHelp", "Show or hide the selected item on the projector"
            ),
            "Ctrl+P",
        ),
        (
            QCoreApplication.translate(
                "ShortcutHelp", "Show or hide the whole list on the projector"
            ),
            "Ctrl+Shift+P",
        ),
    ]


class ShortcutHelp(QDialog):
    def __init__(
        self, actions: list[QAction], parent: QWidget | None = None, board_keys: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "Everything works from the keyboard. A presentation clicker sends Page Down "
                "(next), Page Up (previous), F5 (present), Esc and B (blackout)."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rows = shortcut_rows(actions) + (board_key_rows() if board_keys else [])
        for what, keys in rows:
            self.table.addTopLevelItem(QTreeWidgetItem([what, keys]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 600)
