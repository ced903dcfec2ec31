"""The board behind the notes pane: every change goes through Qt's undo stack.

Commands are built from the board's reversible primitives, so undo/redo is
exact and nothing is lost by a mis-key. After every change the items shared
with the room are handed to the session controller (the projector).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind, Rating
from intervisie_desktop.domain.projection import SharedItem, SharedList
from intervisie_desktop.ui import labels


class _Add(QUndoCommand):
    def __init__(self, board: Board, item: BoardItem, text: str) -> None:
        super().__init__(text)
        self._board, self._item = board, item
        self._index = len(board.items)

    def redo(self) -> None:
        self._board.insert(self._index, self._item)

    def undo(self) -> None:
        self._board.remove(self._item.id)


class _Remove(QUndoCommand):
    def __init__(self, board: Board, item_id: str, text: str) -> None:
        super().__init__(text)
        self._board, self._id = board, item_id
        self._item: BoardItem | None = None
        self._index = 0

    def redo(self) -> None:
        self._item, self._index = self._board.remove(self._id)

    def undo(self) -> None:
        assert self._item is not None
        self._board.insert(self._index, self._item)


class _Update(QUndoCommand):
    def __init__(self, board: Board, item_id: str, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self._board, self._id, self._after = board, item_id, changes
        self._before: dict[str, Any] = {}

    def redo(self) -> None:
        self._before = self._board.update(self._id, **self._after)

    def undo(self) -> None:
        self._board.update(self._id, **self._before)


class _Move(QUndoCommand):
    def __init__(self, board: Board, item_id: str, to_index: int, text: str) -> None:
        super().__init__(text)
        self._board, self._id, self._to = board, item_id, to_index
        self._from = 0

    def redo(self) -> None:
        self._from = self._board.move(self._id, self._to)

    def undo(self) -> None:
        self._board.move(self._id, self._from)


class _ShareList(QUndoCommand):
    def __init__(self, board: Board, kind: ItemKind, shared: bool, text: str) -> None:
        super().__init__(text)
        self._board, self._kind, self._shared = board, kind, shared
        self._before = False

    def redo(self) -> None:
        self._before = self._board.share_list(self._kind, self._shared)

    def undo(self) -> None:
        self._board.share_list(self._kind, self._before)


class BoardController(QObject):
    changed = Signal()
    shared_changed = Signal(object)  # tuple[SharedList, ...] for the projector

    def __init__(self, board: Board, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.language = language
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._after_change)

    def _after_change(self, _index: int = 0) -> None:
        self.changed.emit()
        self.shared_changed.emit(self.shared_lists())

    def add(self, item: BoardItem) -> None:
        self.undo_stack.push(
            _Add(self.board, item, QCoreApplication.translate("BoardController", "Add"))
        )

    def remove(self, item_id: str) -> None:
        self.undo_stack.push(
            _Remove(self.board, item_id, QCoreApplication.translate("BoardController", "Delete"))
        )

    def edit_text(self, item_id: str, text: str) -> None:
        if text.strip() and text != self.board.get(item_id).text:
            self.undo_stack.push(
                _Update(
                    self.board,
                    item_id,
                    {"text": text},
                    QCoreApplication.translate("BoardController", "Edit"),
                )
            )

    def rate(self, item_id: str, rating: Rating | None) -> None:
        self.undo_stack.push(
            _Update(
                self.board,
                item_id,
                {"rating": rating},
                QCoreApplication.translate("BoardController", "Rate"),
            )
        )

    def toggle(self, item_id: str, field: str) -> None:
        """Flip a yes/no field: ``answered``, ``chosen`` or ``shared``."""
        value = not getattr(self.board.get(item_id), field)
        self.undo_stack.push(
            _Update(
                self.board,
                item_id,
                {field: value},
                QCoreApplication.translate("BoardController", "Change"),
            )
        )

    def move(self, item_id: str, to_index: int) -> None:
        self.undo_stack.push(
            _Move(
                self.board, item_id, to_index, QCoreApplication.translate("BoardController", "Move")
            )
        )

    def share_list(self, kind: ItemKind, shared: bool) -> None:
        self.undo_stack.push(
            _ShareList(
                self.board, kind, shared, QCoreApplication.translate("BoardController", "Show list")
            )
        )

    def shared_lists(self) -> tuple[SharedList, ...]:
        """What the room may see: lists shared whole, and items shared one by one."""
        result = []
        for kind in ItemKind:
            items = [i for i in self.board.of_kind(kind) if self.board.visible_to_room(i)]
            if items:
                result.append(
                    SharedList(
                        labels.board_list_title(kind),
                        tuple(SharedItem(i.text, labels.rating_letter(i.rating)) for i in items),
                    )
                )
        return tuple(result)
