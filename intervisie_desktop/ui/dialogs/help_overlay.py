"""F1 / ?: every key of the app, read from the one key table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
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

from intervisie_desktop.ui.focus_ring import show_focus
from intervisie_desktop.ui.screen_fit import resize_within_screen
from intervisie_desktop.ui.shell.key_bindings import BINDINGS, command_text, plain

KEY_SEPARATOR = "  /  "


def shortcut_rows() -> list[tuple[str, str]]:
    """(what it does, its keys) for every row of the key table that has keys (the rest
    are menu commands only)."""
    rows = []
    for binding in BINDINGS:
        if not binding.keys:
            continue
        keys = [
            QKeySequence(k.sequence).toString(QKeySequence.SequenceFormat.NativeText)
            for k in binding.keys
        ]
        rows.append((plain(command_text(binding.command)), KEY_SEPARATOR.join(keys)))
    return rows


class ShortcutHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "Everything works from the keyboard. A presentation clicker sends Page Down "
                "(next), Page Up (previous), F5 (present), Esc and B (blackout); these always "
                "work on the meeting page and the projector. Single keys such as Space and T "
                "act when the control you are in does not use them."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)  # long actions wrap instead of ending in "…"
        show_focus(self.table)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for what, keys in shortcut_rows():
            self.table.addTopLevelItem(QTreeWidgetItem([what, keys]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 640)  # at 200 % the close button stays on screen
