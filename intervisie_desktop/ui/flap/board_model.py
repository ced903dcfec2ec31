"""The flip-over as a Qt item model: one row per board item, in board order, that
follows the board's fine-grained changes (as napari's list models do), and a
proxy that shows what the current step lists, in the step's order.

Nothing is rebuilt on a change: an added item is one inserted row, a rating is
one changed row, a move is one moved row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.capture import PaneMode, is_listed, listing_key
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.flap.board_controller import BoardController

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


class BoardModel(QAbstractListModel):
    def __init__(self, board: BoardController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self.mode = PaneMode((ItemKind.NOTE,), (ItemKind.NOTE,))
        board.inserting.connect(lambda i: self.beginInsertRows(QModelIndex(), i, i))
        board.inserted.connect(lambda _i: self.endInsertRows())
        board.removing.connect(lambda i: self.beginRemoveRows(QModelIndex(), i, i))
        board.removed.connect(lambda _i: self.endRemoveRows())
        board.moving.connect(self._moving)
        board.moved.connect(lambda _a, _b: self.endMoveRows())
        board.item_changed.connect(self._row_changed)
        board.lists_shared.connect(self._all_changed)

    def set_mode(self, mode: PaneMode) -> None:
        """A new step: the same items, worded for it."""
        self.mode = mode
        self._all_changed()

    def _moving(self, source: int, target: int) -> None:
        # Qt counts the destination before the move: moving down lands one further
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)

    def _row_changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._board.board.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._board.board.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_text(item, self.mode, self._board.board.visible_to_room(item))
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        return None


class StepFilter(QSortFilterProxyModel):
    """What the current step lists, in the step's order (the domain's rule:
    :func:`~intervisie_desktop.domain.capture.is_listed` and ``listing_key``)."""

    def __init__(self, source: BoardModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.show_cold = False
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)
        self.sort(0)

    def refilter(self) -> None:
        """The step or the cold-questions switch changed."""
        self.invalidate()
        self.sort(0)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return is_listed(self._item(source_row), self._source.mode, self.show_cold)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        mode = self._source.mode
        return listing_key(self._item(left.row()), mode, left.row()) < listing_key(
            self._item(right.row()), mode, right.row()
        )

    def _item(self, source_row: int) -> BoardItem:
        item = self._source.data(self._source.index(source_row), ITEM_ROLE)
        assert isinstance(item, BoardItem)
        return item
