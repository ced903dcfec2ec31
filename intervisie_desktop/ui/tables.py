"""Tables the keyboard can leave: Tab never keeps focus captive in a table.

Qt's tables move Tab from cell to cell and wrap from the last cell to the first,
so a keyboard user never gets out. Here Tab leaves the table when it is not
editing; while a cell is edited, Tab goes on to the next cell (handy for typing
a list) but leaves the table from the last one instead of wrapping, and
Shift+Tab leaves it from the first. Esc cancels an edit, as everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

EndEditHint = QAbstractItemDelegate.EndEditHint


class KeyboardTable(QTableWidget):
    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setTabKeyNavigation(False)

    def closeEditor(self, editor: QWidget, hint: EndEditHint) -> None:
        index = self.currentIndex()
        last = (self.rowCount() - 1, self.columnCount() - 1)
        cell = (index.row(), index.column())
        leaving_forward = hint is EndEditHint.EditNextItem and cell == last
        leaving_back = hint is EndEditHint.EditPreviousItem and cell == (0, 0)
        if leaving_forward or leaving_back:
            super().closeEditor(editor, EndEditHint.NoHint)
            if leaving_forward:
                self.focusNextChild()
            else:
                self.focusPreviousChild()
            return
        super().closeEditor(editor, hint)


class NumberDelegate(QStyledItemDelegate):
    """Edits a whole number in a range with a spin box (minutes, a rating); the
    ``minimum`` can read as ``special`` (e.g. "–" for no rating)."""

    def __init__(
        self, minimum: int, maximum: int, parent: QWidget | None = None, special: str = ""
    ) -> None:
        super().__init__(parent)
        self._minimum, self._maximum, self._special = minimum, maximum, special

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(self._minimum, self._maximum)
        if self._special:
            editor.setSpecialValueText(self._special)
        model = index.model()
        horizontal = Qt.Orientation.Horizontal
        name = model.headerData(index.column(), horizontal, Qt.ItemDataRole.ToolTipRole)
        editor.setAccessibleName(str(name or model.headerData(index.column(), horizontal)))
        return editor

    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        if self._special and value == self._minimum:
            return self._special
        return super().displayText(value, locale)
