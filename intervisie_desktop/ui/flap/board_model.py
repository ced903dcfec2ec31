"""The flip-over as a Qt item model: the current step's list, in the step's order,
following the board's fine-grained changes (as napari's list models do).

Nothing is rebuilt on a change: an added item is one inserted row, a rating is
one changed (or moved) row, a move on the board is at most one moved row. Only a
new step lays the list out anew. Which items a step lists and in what order is
the domain's rule (:func:`~intervisie_desktop.domain.capture.is_listed`,
:func:`~intervisie_desktop.domain.capture.listing_key`).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.capture import PaneMode, is_listed, listing_key
from intervisie_desktop.domain.coach import Hint
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.coach_hints import CoachHints

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the BoardItem itself
ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def row_text(item: BoardItem, mode: PaneMode, on_projector: bool) -> str:
    """One line of the flap: rating, kind (where several are listed), text, author, marks."""
    parts = []
    if item.rating is not None:
        parts.append(f"[{labels.rating_letter(item.rating)}]")
    if len(mode.list_kinds) > 2 or item.kind is ItemKind.NOTE:
        parts.append(labels.item_name(item.kind) + ":")
    parts.append(item.text)
    if item.author:
        parts.append(f"— {item.author}")
    if item.answered:
        parts.append("✓ " + QCoreApplication.translate("BoardModel", "answered"))
    if item.chosen:
        parts.append("★ " + QCoreApplication.translate("BoardModel", "chosen"))
    if on_projector:
        parts.append("▣ " + QCoreApplication.translate("BoardModel", "on projector"))
    return " ".join(parts)


def hint_text(hints: tuple[Hint, ...], language: str) -> str:
    """The coach's hints for one item, one per line: the nudge, a way to put it, the rule."""
    lines = []
    for hint in hints:
        line = hint.message.get(language)
        if hint.alternative is not None:
            line += " " + hint.alternative.get(language)
        lines.append(f"{line} ({hint.rule.text.get(language)})")
    return "\n".join(lines)


class BoardModel(QAbstractListModel):
    def __init__(
        self,
        board: BoardController,
        hints: CoachHints | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._board = board
        self._hints = hints
        self._hint_icon: QIcon | None = None
        self.mode = PaneMode((ItemKind.NOTE,), (ItemKind.NOTE,))
        self.show_cold = False
        self._rows: list[int] = []  # board positions, in the step's order
        self._removing: int | None = None
        if hints is not None:
            hints.changed.connect(self._item_changed)
        board.inserted.connect(self._inserted)
        board.removing.connect(self._before_removal)
        board.removed.connect(self._removed)
        board.moved.connect(self._moved)
        board.item_changed.connect(self._item_changed)
        board.lists_shared.connect(self._all_changed)

    # ----- the step -----------------------------------------------------------------

    def set_step(self, mode: PaneMode, show_cold: bool = False) -> None:
        """A new step (or cold questions in or out): lay the list out anew."""
        self.beginResetModel()
        self.mode, self.show_cold = mode, show_cold
        items = self._board.board.items
        listed = [n for n, item in enumerate(items) if is_listed(item, mode, show_cold)]
        self._rows = sorted(listed, key=self._key)
        self.endResetModel()

    def _key(self, position: int) -> tuple[int, int, int]:
        return listing_key(self._board.board.items[position], self.mode, position)

    def _listed(self, position: int) -> bool:
        return is_listed(self._board.board.items[position], self.mode, self.show_cold)

    def _place(self, position: int) -> int:
        """Where an item at this board position belongs in the list."""
        return bisect.bisect_left(self._rows, self._key(position), key=self._key)

    # ----- following the board ------------------------------------------------------

    def _inserted(self, position: int) -> None:
        self._rows = [r + 1 if r >= position else r for r in self._rows]
        if self._listed(position):
            row = self._place(position)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, position)
            self.endInsertRows()

    def _before_removal(self, position: int) -> None:
        self._removing = self._rows.index(position) if position in self._rows else None
        if self._removing is not None:
            self.beginRemoveRows(QModelIndex(), self._removing, self._removing)

    def _removed(self, position: int) -> None:
        if self._removing is not None:
            del self._rows[self._removing]
            self.endRemoveRows()
            self._removing = None
        self._rows = [r - 1 if r > position else r for r in self._rows]

    def _moved(self, source: int, target: int) -> None:
        def after(r: int) -> int:
            if r == source:
                return target
            if source < r <= target:
                return r - 1
            if target <= r < source:
                return r + 1
            return r

        old_row = self._rows.index(source) if source in self._rows else None
        self._rows = [after(r) for r in self._rows]
        if old_row is not None:
            self._reposition(old_row)

    def _item_changed(self, position: int) -> None:
        listed = self._listed(position)
        row = self._rows.index(position) if position in self._rows else None
        if row is None and listed:
            self._inserted_here(position)
        elif row is not None and not listed:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        elif row is not None:
            self._reposition(row)

    def _inserted_here(self, position: int) -> None:
        row = self._place(position)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, position)
        self.endInsertRows()

    def _reposition(self, row: int) -> None:
        """The item in ``row`` may belong elsewhere now (a rating, a move): one move."""
        position = self._rows.pop(row)
        new_row = self._place(position)
        self._rows.insert(row, position)
        if new_row == row:
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        destination = new_row + 1 if new_row > row else new_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(new_row, self._rows.pop(row))
        self.endMoveRows()
        index = self.index(new_row)
        self.dataChanged.emit(index, index)

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # ----- what views read ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def position_in_board(self, row: int) -> int:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        """The row showing this item, or -1."""
        position = self._board.board.index_of(item_id)
        return self._rows.index(position) if position in self._rows else -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._board.board.items[self._rows[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_text(item, self.mode, self._board.board.visible_to_room(item))
        if role == ITEM_ROLE:
            return item
        if role in _HINT_ROLES:
            return self._hint_data(item.id, role)
        if role == ID_ROLE:
            return item.id
        return None

    def hints(self, item_id: str) -> tuple[Hint, ...]:
        return self._hints.for_item(item_id) if self._hints is not None else ()

    def _hint_data(self, item_id: str, role: int) -> object:
        hints = self.hints(item_id)
        if not hints:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if self._hint_icon is None:
                style = QApplication.style()
                self._hint_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            return self._hint_icon
        text = hint_text(hints, self._board.language)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return QCoreApplication.translate("BoardModel", "Coach: %1").replace("%1", text)
        return text  # the tooltip


_HINT_ROLES = (
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
