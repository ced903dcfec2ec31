"""The flip-over's list: one row per item of the step, keys from the key table.

In a rating step W/N/K (or H, C) rate the selected item and move on; Enter marks
a question answered or an advice chosen; F2 edits, Delete removes, Alt+↑/↓
moves. Typing a letter starts writing a new item (the keys go to the input
line); keys that steer the meeting (Space, +, −) pass on to the meeting page.
A word typed here is a note even when it begins with a command letter
("kort overleg", "bel morgen"): see :mod:`.typing_burst`.
A tree view is used because it lays out only the rows it shows, so a long
flip-over stays quick.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from intervisie_desktop.domain.board import BoardItem, Rating
from intervisie_desktop.ui.flap.board_model import ID_ROLE, ITEM_ROLE
from intervisie_desktop.ui.flap.typing_burst import TypingBurst
from intervisie_desktop.ui.focus_ring import show_focus
from intervisie_desktop.ui.shell.key_bindings import Command, Reach, binding
from intervisie_desktop.ui.shell.meeting_actions import key_matches

RATINGS = {
    Command.RATE_WARM: Rating.WARM,
    Command.RATE_NEUTRAL: Rating.NEUTRAL,
    Command.RATE_COLD: Rating.COLD,
}
LIST_COMMANDS = (
    Command.MARK,
    Command.EDIT,
    Command.DELETE,
    Command.MOVE_UP,
    Command.MOVE_DOWN,
    Command.COACH_HINT,
)


def _command_for(event: QKeyEvent, commands: tuple[Command, ...]) -> Command | None:
    for command in commands:
        if any(key_matches(event, k) for k in binding(command).sequences(Reach.FLAP)):
            return command
    return None


class FlapList(QTreeView):
    """Turns keys into requests the pane carries out."""

    rate_requested = Signal(object)  # Rating
    mark_requested = Signal()
    delete_requested = Signal()
    edit_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    write_requested = Signal(str)  # start writing a new item with this text
    hint_requested = Signal()  # what the coach noticed about the selected item
    taken_back = Signal(object)  # tuple[LetterCommand, ...]: they were a word's first letters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rating = False  # W/N/K rate in this step
        self.burst = TypingBurst()
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        show_focus(self)

    # ----- rows, as the pane and tests read them -------------------------------------

    def count(self) -> int:
        model = self.model()
        return 0 if model is None else model.rowCount()

    def row_text(self, row: int) -> str:
        return str(self.model().index(row, 0).data())

    def row_texts(self) -> list[str]:
        return [self.row_text(r) for r in range(self.count())]

    def currentRow(self) -> int:
        return self.currentIndex().row() if self.currentIndex().isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentIndex(self.model().index(row, 0))

    def select_next(self, item_id: str, fits: Callable[[BoardItem], bool]) -> None:
        """Select the next row after the item that ``fits`` (the next question to rate
        or mark); stay on the item when there is none, so Ctrl+Shift+P still shares the
        list and a private note is never selected by surprise. Looks from the item on,
        so a long flip-over stays quick."""
        here = self.currentRow()
        current = self._item_at(here)
        if current is None or current.id != item_id:  # not the selected one: look it up
            here = next((r for r in range(self.count()) if self._id_at(r) == item_id), -1)
        for row in range(here + 1, self.count()):
            item = self._item_at(row)
            if item is not None and fits(item):
                self.setCurrentRow(row)
                return
        if here >= 0:
            self.setCurrentRow(here)

    def _item_at(self, row: int) -> BoardItem | None:
        item = self.model().index(row, 0).data(ITEM_ROLE) if 0 <= row < self.count() else None
        return item if isinstance(item, BoardItem) else None

    def _id_at(self, row: int) -> str | None:
        return str(self.model().index(row, 0).data(ID_ROLE))

    def selected_id(self) -> str | None:
        index = self.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    # ----- keys ----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """B (a clicker's blackout) is the meeting's shortcut even here; note that it
        came from this list, in case it was the first letter of a word."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            blackout = binding(Command.BLACKOUT).sequences(Reach.ALWAYS)
            if self.starts_writing(event) and any(key_matches(event, k) for k in blackout):
                self.burst.carried_out(Command.BLACKOUT, event.text(), self.currentRow())
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rating = _command_for(event, tuple(RATINGS)) if self.rating else None
        command = rating or _command_for(event, LIST_COMMANDS)
        if rating is not None:
            self._rate(rating, event.text())
        elif self.starts_writing(event) and command is None:
            taken = self.burst.writing_starts()
            if taken:
                self.taken_back.emit(taken)
            self.write_requested.emit("".join(t.letter for t in taken) + event.text())
        elif command is not None:
            self.burst.other_key()
            self._carry_out(command)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.burst.other_key()
            event.accept()  # a list has no use for them, but they never move the meeting
        elif (
            event.text()
            and not event.text().isalnum()
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            self.burst.other_key()
            event.ignore()  # Space, +, −: the meeting page may steer with them
        else:
            self.burst.other_key()
            super().keyPressEvent(event)

    def _rate(self, rating: Command, letter: str) -> None:
        """Rate, and remember it in case the letter began a word (see typing_burst)."""
        item = self.currentIndex().data(ITEM_ROLE)
        if isinstance(item, BoardItem):
            self.burst.carried_out(rating, letter, self.currentRow(), item.id, item.rating)
        self.rate_requested.emit(RATINGS[rating])

    def _carry_out(self, command: Command) -> None:
        if command is Command.MOVE_UP or command is Command.MOVE_DOWN:
            self.move_requested.emit(-1 if command is Command.MOVE_UP else 1)
            return
        {
            Command.MARK: self.mark_requested,
            Command.EDIT: self.edit_requested,
            Command.DELETE: self.delete_requested,
            Command.COACH_HINT: self.hint_requested,
        }[command].emit()

    @staticmethod
    def starts_writing(event: QKeyEvent) -> bool:
        """A letter or digit (with or without Shift) begins a new item."""
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        return plain and len(text) == 1 and text.isalnum()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving in the list selects a row, so the keys have something to act on."""
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.count():
            self.setCurrentIndex(self.model().index(0, 0))

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # type: ignore[override]
        super().currentChanged(current, previous)
        if current.isValid():
            self.scrollTo(current)
