"""Writing on the flip-over from its input line: a new item, or an edit of one, entered
with Enter; Esc leaves an edit as it was. What is typed and not entered yet is the
meeting's draft, kept with it and back after a crash."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from intervisie_desktop.domain.board import BoardItem
from intervisie_desktop.domain.capture import passes_turn
from intervisie_desktop.domain.meeting import Draft
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.entry_row import EntryRow
from intervisie_desktop.ui.meeting.session_controller import SessionController


class BoardWriter(QObject):
    entered = Signal(str)  # the id of the item added or edited
    entered_empty = Signal()  # Enter on an empty line: as in the list, it marks
    left = Signal()  # Esc: back to the list

    def __init__(
        self,
        row: EntryRow,
        board: BoardController,
        session: SessionController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._row = row
        self._board = board
        self._session = session
        self._editing: str | None = None  # id of the item being edited in the input
        row.entry.returnPressed.connect(self._submit)
        row.entry.stop_requested.connect(self._stop)

    def draft(self) -> Draft | None:
        """What is typed in the input line and not entered yet (kept with the meeting)."""
        text = self._row.entry.text()
        if not text.strip() or self._editing is not None:
            return None
        return Draft(
            text=text,
            kind=self._row.current_kind(),
            block_id=self._session.engine.block.id,
            author=self._row.chosen_author(),
        )

    def restore_draft(self, draft: Draft | None) -> None:
        """After a crash: the half-typed item is back in the input line."""
        if draft is None:
            return
        row = self._row
        index = row.kind.findData(draft.kind)
        if index >= 0:
            row.kind.setCurrentIndex(index)
        if draft.author:
            row.author.setCurrentIndex(max(0, row.author.findData(draft.author)))
        row.entry.setText(draft.text)

    def start(self, text: str) -> None:
        self._row.entry.setFocus()
        self._row.entry.insert(text)

    def edit(self, item: BoardItem) -> None:
        self._editing = item.id
        entry = self._row.entry
        entry.setText(item.text)
        entry.setFocus()
        entry.selectAll()

    def _stop(self) -> None:
        if self._editing is not None:  # editing an item: Esc leaves it as it was
            self._editing = None
            self._row.entry.clear()
        self.left.emit()

    def _submit(self) -> None:
        text = self._row.entry.text().strip()
        if not text:
            self.entered_empty.emit()
            return
        if self._editing is not None:
            item_id: str = self._editing
            self._board.edit_text(item_id, text)
            self._editing = None
        else:
            engine = self._session.engine
            item = self._row.new_item(text, engine.block.id, engine.clock.wall().date())
            item_id = item.id
            self._board.add(item)
            self._pass_turn(item)
        self._row.entry.clear()
        self.entered.emit(item_id)

    def _pass_turn(self, item: BoardItem) -> None:
        """In a round of turns, the person who just gave theirs is done: on to the next."""
        engine = self._session.engine
        turns = engine.turns()
        person = turns.current_person if turns is not None else None
        if passes_turn(engine.block, person, item.author):
            self._session.next_turn()
