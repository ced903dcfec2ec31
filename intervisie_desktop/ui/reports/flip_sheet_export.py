"""File → a flip-over sheet of one list of the board (questions with W/N/K,
definitions, advice, ...) in large print, for groups that want paper on the wall.
Free notes are private and never offered."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from intervisie_desktop.domain.board import LIST_SHAREABLE, Board, ItemKind
from intervisie_desktop.domain.handouts.flip_sheet import FlipOptions, flip_sheet
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.reports.handout_export import export_handout, safe_name


class FlipSheetDialog(QDialog):
    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flip-over sheet"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Which list"))
        for kind in ItemKind:
            count = len(board.of_kind(kind))
            if kind in LIST_SHAREABLE and count:
                text = f"{labels.board_list_title(kind)} ({count})"
                self.kind.addItem(text, kind.value)
        self.names = QCheckBox(self.tr("Show who said it (&initials)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.kind.count() > 0)
        form = QFormLayout(self)
        form.addRow(self.tr("&List:"), self.kind)
        form.addRow("", self.names)
        form.addRow(buttons)

    def chosen(self) -> ItemKind | None:
        value = self.kind.currentData()
        return ItemKind(value) if value else None


def export_flip_sheet(parent: QWidget, board: Board, language: str, day: date) -> None:
    dialog = FlipSheetDialog(board, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return
    kind = dialog.chosen()
    assert kind is not None
    options = FlipOptions(names=dialog.names.isChecked(), use_initials=True, day=day)
    report = flip_sheet(board, kind, language, options)
    export_handout(parent, report, f"{safe_name(labels.board_list_title(kind))}.pdf")
