"""The coach beside the flip-over: hints per item, kept apart from the board.

Each item is checked when it is entered or edited (well under a millisecond), so
typing never waits. Hints live here, keyed by item id, and only the flap's own
list shows them: the projector, shared lists and exports never see this object.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from intervisie_desktop.domain.board import BoardItem
from intervisie_desktop.domain.coach import Coach, Hint, HintCode
from intervisie_desktop.ui.flap.board_controller import BoardController


class CoachHints(QObject):
    changed = Signal(int)  # the board position whose hints were set aside or switched

    def __init__(
        self,
        coach: Coach,
        board: BoardController,
        language: str,
        *,
        enabled: bool = True,
        dismissed: set[tuple[str, HintCode]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._coach = coach
        self._board = board
        self._language = language
        self.enabled = enabled
        self.dismissed: set[tuple[str, HintCode]] = set(dismissed or ())
        self._hints: dict[str, tuple[Hint, ...]] = {}
        for item in board.board.items:
            self._check(item)
        board.inserted.connect(self._row_changed)
        board.item_changed.connect(self._row_changed)

    def for_item(self, item_id: str) -> tuple[Hint, ...]:
        """What the coach would point out about this item (nothing when switched off)."""
        if not self.enabled:
            return ()
        return tuple(
            h for h in self._hints.get(item_id, ()) if (item_id, h.code) not in self.dismissed
        )

    def dismiss(self, item_id: str, code: HintCode) -> None:
        self.dismissed.add((item_id, code))
        self.changed.emit(self._board.board.index_of(item_id))

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        for row in range(len(self._board.board.items)):
            self.changed.emit(row)

    def _row_changed(self, position: int) -> None:
        """A new or edited item: check it again (the flap's model repaints the row)."""
        self._check(self._board.board.items[position])

    def _check(self, item: BoardItem) -> None:
        hints = self._coach.check_item(item, self._language)
        if hints:
            self._hints[item.id] = hints
        else:
            self._hints.pop(item.id, None)
