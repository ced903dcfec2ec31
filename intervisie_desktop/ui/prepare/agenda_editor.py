"""Preparation, the agenda: the usual parts around the method, each with minutes,
switched on or off with Space, minutes typed in the table, the order changeable.
Tab leaves the table (no keyboard trap)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.outline import OutlineItem, Part, default_outline, part_title
from intervisie_desktop.ui.tables import KeyboardTable, NumberDelegate

FIXED_PARTS = (Part.METHOD, Part.INTRODUCTIONS)  # their minutes follow the choices
STANDARD_MEETING = 120  # the sources: a meeting lasts about two hours


class AgendaEditor(QWidget):
    changed = Signal()
    introductions_toggled = Signal(bool)  # the icebreaker tab follows

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.outline = default_outline(new_group=False)
        self.table = KeyboardTable(0, 2)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setAccessibleDescription(
            self.tr("Space switches a part on or off; type to change its minutes.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Minutes")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(1, NumberDelegate(0, 240, self.table))
        self.table.itemChanged.connect(self._cell_changed)
        up = QPushButton(self.tr("Move &up"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Move &down"))
        down.clicked.connect(lambda: self._move(1))
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.rules = QTextBrowser()
        self.rules.setAccessibleName(self.tr("Rules for this meeting"))
        self.rules.setMaximumHeight(140)
        self.available = QSpinBox()
        self.available.setAccessibleName(self.tr("Time available for the whole meeting"))
        self.available.setRange(30, 480)
        self.available.setSingleStep(15)
        self.available.setValue(STANDARD_MEETING)
        self.available.setSuffix(self.tr(" min available"))
        self.available.valueChanged.connect(lambda _v: self.changed.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        buttons.addWidget(self.available)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.total)
        layout.addWidget(QLabel(self.tr("Rules to go through at the start:")))
        layout.addWidget(self.rules)
        self._fixed_minutes: dict[Part, int] = {}
        self.fill()

    def fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in self.outline:
            row = self.table.rowCount()
            self.table.insertRow(row)
            title = QTableWidgetItem(part_title(item.part, self._language))
            title.setFlags(title.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            title.setCheckState(Qt.CheckState.Checked if item.enabled else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, title)
            minutes = QTableWidgetItem()
            fixed = item.part in FIXED_PARTS
            value = self._fixed_minutes.get(item.part, 0) if fixed else item.minutes
            minutes.setData(Qt.ItemDataRole.EditRole, value)
            if fixed:  # follows the method and the icebreaker
                minutes.setFlags(minutes.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 1, minutes)
        self.table.blockSignals(False)
        self.changed.emit()

    def set_outline(self, outline: list[OutlineItem]) -> None:
        if outline != self.outline:
            self.outline = outline
            self.fill()

    def set_introductions(self, enabled: bool) -> None:
        """The introductions part is on exactly when an icebreaker is chosen."""
        for row, item in enumerate(self.outline):
            if item.part is Part.INTRODUCTIONS and item.enabled != enabled:
                self.outline[row] = OutlineItem(item.part, item.minutes, enabled)
                cell = self.table.item(row, 0)
                if cell is not None:
                    self.table.blockSignals(True)
                    cell.setCheckState(
                        Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked
                    )
                    self.table.blockSignals(False)

    def set_fixed_minutes(self, method_minutes: int, icebreaker_minutes: int) -> None:
        self._fixed_minutes = {Part.METHOD: method_minutes, Part.INTRODUCTIONS: icebreaker_minutes}
        self.table.blockSignals(True)
        for row, item in enumerate(self.outline):
            cell = self.table.item(row, 1)
            if item.part in FIXED_PARTS and cell is not None:
                cell.setData(Qt.ItemDataRole.EditRole, self._fixed_minutes[item.part])
        self.table.blockSignals(False)

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        row = cell.row()
        item = self.outline[row]
        if cell.column() == 1:
            if item.part not in FIXED_PARTS:
                minutes = int(cell.data(Qt.ItemDataRole.EditRole) or 0)
                self.outline[row] = OutlineItem(item.part, minutes, item.enabled)
                self.changed.emit()
            return
        enabled = cell.checkState() == Qt.CheckState.Checked
        if enabled == item.enabled:
            return
        self.outline[row] = OutlineItem(item.part, item.minutes, enabled)
        if item.part is Part.INTRODUCTIONS:
            self.introductions_toggled.emit(enabled)
        self.changed.emit()

    def _move(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.outline):
            return
        self.outline[row], self.outline[target] = self.outline[target], self.outline[row]
        self.fill()
        self.table.setCurrentCell(target, 0)
