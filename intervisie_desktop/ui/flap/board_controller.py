"""The board behind the notes pane: every change goes through Qt's undo stack.

Commands are built from the board's reversible primitives, so undo/redo is
exact and nothing is lost by a mis-key. Each primitive is announced before and
after it happens, so the flap's item model follows inserts, removals, moves and
changes without rebuilding its list. After every change the items shared
with the room are handed to the session controller (the projector).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind, Rating
from intervisie_desktop.domain.projection import SharedItem, SharedList
from intervisie_desktop.ui import labels


class _Add(QUndoCommand):
    def __init__(self, board: BoardController, item: BoardItem, text: str) -> None:
        super().__init__(text)
        self._board, self._item = board, item
        self._index = len(board.board.items)

    def redo(self) -> None:
        self._board.insert(self._index, self._item)

    def undo(self) -> None:
        self._board.take(self._item.id)


class _Remove(QUndoCommand):
    def __init__(self, board: BoardController, item_id: str, text: str) -> None:
        super().__init__(text)
        self._board, self._id = board, item_id
        self._item: BoardItem | None = None
        self._index = 0

    def redo(self) -> None:
        self._item, self._index = self._board.take(self._id)

    def undo(self) -> None:
        assert self._item is not None
        self._board.insert(self._index, self._item)


class _Update(QUndoCommand):
    def __init__(
        self, board: BoardController, item_id: str, changes: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self._board, self._id, self._after = board, item_id, changes
        self._before: dict[str, Any] = {}

    def redo(self) -> None:
        self._before = self._board.change(self._id, self._after)

    def undo(self) -> None:
        self._board.change(self._id, self._before)


class _Move(QUndoCommand):
    def __init__(self, board: BoardController, item_id: str, to_index: int, text: str) -> None:
        super().__init__(text)
        self._board, self._id, self._to = board, item_id, to_index
        self._from = 0

    def redo(self) -> None:
        self._from = self._board.relocate(self._id, self._to)

    def undo(self) -> None:
        self._board.relocate(self._id, self._from)


class _ShareList(QUndoCommand):
    def __init__(self, board: BoardController, kind: ItemKind, shared: bool, text: str) -> None:
        super().__init__(text)
        self._board, self._kind, self._shared = board, kind, shared
        self._before = False

    def redo(self) -> None:
        self._before = self._board.set_list_shared(self._kind, self._shared)

    def undo(self) -> None:
        self._board.set_list_shared(self._kind, self._before)


class BoardController(QObject):
    """Every change of the board passes here, so views hear exactly what changed."""

    changed = Signal()  # after any change (autosave)
    shared_changed = Signal(object)  # tuple[SharedList, ...] for the projector
    # fine-grained changes, for the flap's item model (indexes in ``board.items``)
    inserting = Signal(int)
    inserted = Signal(int)
    removing = Signal(int)
    removed = Signal(int)
    moving = Signal(int, int)  # from, to (before the move)
    moved = Signal(int, int)
    item_changed = Signal(int)
    lists_shared = Signal()  # which lists are shared whole changed

    def __init__(self, board: Board, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.language = language
        self.undo_stack = QUndoStack(self)
        self._shared: tuple[SharedList, ...] = self.shared_lists()
        self.undo_stack.indexChanged.connect(self._after_change)

    def _after_change(self, _index: int = 0) -> None:
        self.changed.emit()
        shared = self.shared_lists()
        if shared != self._shared:  # most changes are private: the projector rests
            self._shared = shared
            self.shared_changed.emit(shared)

    # ----- the reversible primitives, announced (used by the undo commands) -----------

    def insert(self, index: int, item: BoardItem) -> None:
        self.inserting.emit(index)
        self.board.insert(index, item)
        self.inserted.emit(index)

    def take(self, item_id: str) -> tuple[BoardItem, int]:
        index = self.board.index_of(item_id)
        self.removing.emit(index)
        taken = self.board.remove(item_id)
        self.removed.emit(index)
        return taken

    def change(self, item_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        before = self.board.update(item_id, **changes)
        self.item_changed.emit(self.board.index_of(item_id))
        return before

    def relocate(self, item_id: str, to_index: int) -> int:
        index = self.board.index_of(item_id)
        target = max(0, min(to_index, len(self.board.items) - 1))
        self.moving.emit(index, target)
        self.board.move(item_id, target)
        self.moved.emit(index, target)
        return index

    def set_list_shared(self, kind: ItemKind, shared: bool) -> bool:
        before = self.board.share_list(kind, shared)
        self.lists_shared.emit()
        return before

    # ----- what views ask for -----------------------------------------------------

    def add(self, item: BoardItem) -> None:
        self.undo_stack.push(_Add(self, item, QCoreApplication.translate("BoardController", "Add")))

    def add_many(self, items: list[BoardItem], text: str) -> None:
        """Several items as one undoable step (a paste from a chat)."""
        if not items:
            return
        self.undo_stack.beginMacro(text)
        for item in items:
            self.add(item)
        self.undo_stack.endMacro()

    def remove(self, item_id: str) -> None:
        self.undo_stack.push(
            _Remove(self, item_id, QCoreApplication.translate("BoardController", "Delete"))
        )

    def edit_text(self, item_id: str, text: str) -> None:
        if text.strip() and text != self.board.get(item_id).text:
            self.undo_stack.push(
                _Update(
                    self,
                    item_id,
                    {"text": text},
                    QCoreApplication.translate("BoardController", "Edit"),
                )
            )

    def rate(self, item_id: str, rating: Rating | None) -> None:
        self.undo_stack.push(
            _Update(
                self,
                item_id,
                {"rating": rating},
                QCoreApplication.translate("BoardController", "Rate"),
            )
        )

    def rate_back(self, item_id: str, given: Rating, previous: Rating | None) -> None:
        """Undo a rating that was the first letter of a typed word: only if the item
        still has the rating that letter gave (nothing changed it since)."""
        item = next((i for i in self.board.items if i.id == item_id), None)
        if item is not None and item.rating is given:
            self.rate(item_id, previous)

    def toggle(self, item_id: str, field: str) -> None:
        """Flip a yes/no field: ``answered``, ``chosen`` or ``shared``."""
        value = not getattr(self.board.get(item_id), field)
        self.undo_stack.push(
            _Update(
                self,
                item_id,
                {field: value},
                QCoreApplication.translate("BoardController", "Change"),
            )
        )

    def move(self, item_id: str, to_index: int) -> None:
        self.undo_stack.push(
            _Move(self, item_id, to_index, QCoreApplication.translate("BoardController", "Move"))
        )

    def share_list(self, kind: ItemKind, shared: bool) -> None:
        self.undo_stack.push(
            _ShareList(
                self, kind, shared, QCoreApplication.translate("BoardController", "Show list")
            )
        )

    def shared_lists(self, kept_in_view: Collection[str] = ()) -> tuple[SharedList, ...]:
        """What the room may see: lists shared whole, items shared one by one, and the
        items the current step keeps in view (their ids; see ``domain.in_view``)."""
        shown: dict[ItemKind, list[SharedItem]] = {}
        for item in self.board.items:
            if self.board.visible_to_room(item) or item.id in kept_in_view:
                shared = SharedItem(item.text, labels.rating_letter(item.rating))
                shown.setdefault(item.kind, []).append(shared)
        return tuple(
            SharedList(labels.board_list_title(kind), tuple(shown[kind]))
            for kind in ItemKind
            if kind in shown
        )
