"""A detached copy of the flip-over, kept up to date one item at a time.

The autosave needs the board as it is now, separate from the live objects the
scribe keeps changing; copying a board of 2,000 items at every save took tens of
milliseconds on the UI thread. This copy follows the board's fine-grained
changes instead, so taking it costs a list copy.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from intervisie_desktop.domain.board import Board, BoardItem
from intervisie_desktop.ui.flap.board_controller import BoardController


class BoardCopy(QObject):
    def __init__(self, board: BoardController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self._items: list[BoardItem] = [item.model_copy() for item in board.board.items]
        board.inserted.connect(lambda i: self._items.insert(i, self._copy(i)))
        board.removed.connect(self._items.pop)
        board.moved.connect(lambda a, b: self._items.insert(b, self._items.pop(a)))
        board.item_changed.connect(self._changed)

    def _copy(self, position: int) -> BoardItem:
        return self._board.board.items[position].model_copy()

    def _changed(self, position: int) -> None:
        self._items[position] = self._copy(position)

    def board(self) -> Board:
        """The board as it is now; nothing in it is shared with the live board."""
        return Board.model_construct(
            items=list(self._items), shared_lists=list(self._board.board.shared_lists)
        )
