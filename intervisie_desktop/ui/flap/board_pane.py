"""The private notes pane (de flap): capture what the current step asks for.

Keyboard first: type and press Enter to add (the focus then goes back to the
list; :class:`BoardWriter` writes); in the list, W/N/K rate, Enter marks answered
or chosen, F2 edits, Delete removes, Alt+Up/Down reorders, a letter starts the next
item, Ctrl+Z undoes. Nothing here reaches the projector unless shared on purpose (Ctrl+P for an
item, Ctrl+Shift+P for a whole list).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.board import (
    LIST_SHAREABLE,
    RATABLE,
    BoardItem,
    ItemKind,
    Rating,
)
from intervisie_desktop.domain.capture import PaneMode, default_author, enter_marks, pane_mode
from intervisie_desktop.domain.meeting import Draft
from intervisie_desktop.domain.methods import CaptureKind
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.board_model import BoardModel
from intervisie_desktop.ui.flap.board_writer import BoardWriter
from intervisie_desktop.ui.flap.chat_paste import paste_from_chat
from intervisie_desktop.ui.flap.coach_dialog import CoachDialog
from intervisie_desktop.ui.flap.coach_hints import CoachHints
from intervisie_desktop.ui.flap.entry_row import EntryRow
from intervisie_desktop.ui.flap.flap_buttons import FlapButtons
from intervisie_desktop.ui.flap.flap_list import RATINGS, FlapList
from intervisie_desktop.ui.flap.flap_status import status_lines, step_hint
from intervisie_desktop.ui.flap.typing_burst import LetterCommand
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.shell.key_bindings import Command


class BoardPane(QWidget):
    draft_changed = Signal(str)  # the text typed but not yet entered
    blackout_taken_back = Signal()  # a "b" typed in the list began a word

    def __init__(
        self,
        board: BoardController,
        session: SessionController,
        hints: CoachHints,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = board
        self.session = session
        self.hints = hints
        self.model = BoardModel(board, hints, self)
        self._shown = (-1, -1)  # (block, revision) the pane was last set up for
        self._half_way = False
        self._build_inputs()
        self._build_list()
        self.writer = BoardWriter(self.entry_row, board, session, self)
        self.writer.entered.connect(self._entered)
        self.writer.entered_empty.connect(self._entered_empty)
        self.writer.left.connect(self.items.setFocus)
        self._build_layout()
        board.changed.connect(self._board_changed)
        session.changed.connect(self._session_changed)
        self._session_changed()

    @property
    def mode(self) -> PaneMode:
        return self.model.mode

    def _build_inputs(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("boardHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.entry_row = EntryRow()
        self.kind, self.author = self.entry_row.kind, self.entry_row.author
        self.topic, self.entry = self.entry_row.topic, self.entry_row.entry
        self.entry.textChanged.connect(self.draft_changed)

    def _build_list(self) -> None:
        self.items = FlapList()
        self.items.setModel(self.model)
        self.items.setAccessibleName(self.tr("Items on the board"))
        self.items.rate_requested.connect(self._rate_selected)
        self.items.mark_requested.connect(self._mark_or_write)
        self.items.delete_requested.connect(lambda: self._with_selected(self.board.remove))
        self.items.edit_requested.connect(self._edit_selected)
        self.items.move_requested.connect(self._move_selected)
        self.items.write_requested.connect(self.start_writing)
        self.items.taken_back.connect(self._take_back)
        self.items.hint_requested.connect(self.show_hints)
        self.items.doubleClicked.connect(lambda _index: self._edit_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = FlapButtons()
        self.show_cold = self.buttons.show_cold
        self.show_cold.toggled.connect(self._cold_toggled)
        self.buttons.share_item.connect(
            lambda: self._with_selected(lambda item_id: self.board.toggle(item_id, "shared"))
        )
        self.buttons.share_list.connect(self._toggle_list)
        self.buttons.paste_chat.connect(self.paste_chat)
        self.share_all = self.buttons.list

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.entry_row)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ----- following the meeting --------------------------------------------------

    def _session_changed(self) -> None:
        """Every second: only whose turn it is; on a new block: the whole pane."""
        engine = self.session.engine
        shown = (engine.current, engine.revision)
        half_way = engine.elapsed() * 2 >= engine.block.planned_seconds
        if shown == self._shown:
            self._follow_turn()
            if half_way != self._half_way:  # "not yet had a turn" may be due now
                self._half_way = half_way
                self._refresh_status()
            return
        self._half_way = half_way
        new_block = engine.current != self._shown[0]
        self._shown = shown
        if new_block:
            self._new_block()
        self._follow_turn()
        self._refresh_status()

    def _new_block(self) -> None:
        block = self.session.engine.block
        mode = pane_mode(block.capture or [CaptureKind.NOTES])
        self.model.set_step(mode, self.show_cold.isChecked())
        self.items.rating = mode.rating
        self.heading.setText(
            self.tr("Board — %1").replace("%1", block.title.get(self.session.language))
        )
        participants = self.session.engine.participants
        author = default_author(block, participants.case_presenter)
        self.entry_row.set_step(mode, participants.members, author)
        self.hint.setText(step_hint(self.mode))
        self.show_cold.setVisible(mode.answering)
        if mode.rating or mode.answering or mode.choosing:
            # the keys of this step (W/N/K, Enter) act on the list: put the cursor there
            self.items.setCurrentRow(0)
            self.items.setFocus()

    def _follow_turn(self) -> None:
        turns = self.session.engine.turns()
        self.entry_row.follow_turn(turns.current_person if turns is not None else None)

    def current_kind(self) -> ItemKind:
        return self.entry_row.current_kind()

    def _board_changed(self) -> None:
        self._refresh_status()

    def _cold_toggled(self, on: bool) -> None:
        self.model.set_step(self.mode, on)

    def _refresh_status(self) -> None:
        board = self.board.board
        lines = status_lines(board, self.session.engine, self.mode)
        self.status.setText("\n".join(lines))
        self.status.setVisible(bool(lines))
        kind = self._list_kind()
        if kind is not None and board.is_list_shared(kind):
            self.share_all.setText(self.tr("Hide list from projector"))
        else:
            self.share_all.setText(self.tr("Show list on projector"))

    def selected_id(self) -> str | None:
        return self.items.selected_id()

    def _selected(self) -> BoardItem | None:
        selected = self.selected_id()
        return None if selected is None else self.board.board.get(selected)

    def _list_kind(self) -> ItemKind | None:
        """The list that 'show list' applies to: the selected item's kind, or the step's."""
        selected = self._selected()
        if selected is not None:
            return selected.kind
        kinds = [k for k in self.mode.list_kinds if k is not ItemKind.NOTE]
        return kinds[0] if kinds else None

    # ----- writing (:class:`BoardWriter`) -------------------------------------------

    def draft(self) -> Draft | None:
        return self.writer.draft()

    def restore_draft(self, draft: Draft | None) -> None:
        self.writer.restore_draft(draft)

    def start_writing(self, text: str) -> None:
        self.writer.start(text)

    def _entered(self, item_id: str) -> None:
        self.items.setCurrentRow(self.model.row_of(item_id))
        self.items.setFocus()

    def _entered_empty(self) -> None:
        self._mark_selected()
        self.items.setFocus()

    # ----- acting on the selected item ---------------------------------------------

    def _rate_selected(self, rating: Rating) -> None:
        selected = self._selected()
        if selected is None or selected.kind not in RATABLE:
            return
        self.board.rate(selected.id, rating)
        self.items.select_next(selected.id, lambda item: item.kind in RATABLE)

    def _take_back(self, taken: tuple[LetterCommand, ...]) -> None:
        """The letters typed in the list began a word: undo what they did as commands."""
        for letter in reversed(taken):
            if letter.command == Command.BLACKOUT:
                self.blackout_taken_back.emit()
                continue
            given = RATINGS.get(Command(letter.command))
            if letter.item_id is not None and given is not None:
                previous = letter.previous if isinstance(letter.previous, Rating) else None
                self.board.rate_back(letter.item_id, given, previous)
        self.items.setCurrentRow(taken[0].row)
        self.hint.setText(
            self.tr("That was typing: what its first letters did in the list is undone.")
        )

    def _mark_selected(self) -> bool:
        """Mark the selected question answered or the advice chosen, where the step
        says so; False when there is nothing to mark."""
        selected = self._selected()
        field = enter_marks(self.mode, selected.kind) if selected is not None else None
        if selected is None or field is None:
            return False
        self.board.toggle(selected.id, field)
        if getattr(self.board.board.get(selected.id), field):  # marked, not unmarked
            self.items.select_next(
                selected.id, lambda item: enter_marks(self.mode, item.kind) == field
            )
        return True

    def _mark_or_write(self) -> None:
        """Enter in the list: mark, or else start writing a new item."""
        if not self._mark_selected():
            self.entry.setFocus()

    def _with_selected(self, act: Callable[[str], object]) -> None:
        selected = self.selected_id()
        if selected is not None:
            act(selected)

    def _toggle_list(self) -> None:
        kind = self._list_kind()
        if kind in LIST_SHAREABLE:
            self.board.share_list(kind, not self.board.board.is_list_shared(kind))
        else:
            self.hint.setText(self.tr("Notes are private: show them one at a time with Ctrl+P."))

    def paste_chat(self, text: str | None = None) -> None:
        """Ctrl+Shift+V: the chat's messages onto the flap, as one undoable step."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not paste_from_chat(self, self.board, self.session.engine, self.current_kind(), text):
            self.hint.setText(self.tr("The clipboard holds no chat messages to paste."))
        self.items.setFocus()

    def show_hints(self) -> None:
        """What the coach noticed about the selected item (Ctrl+I)."""
        selected = self.selected_id()
        if selected is None:
            return
        found = self.model.hints(selected)
        CoachDialog(self.hints, selected, found, self.board.language, self).exec()

    def _edit_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.writer.edit(selected)

    def _move_selected(self, delta: int) -> None:
        selected = self.selected_id()
        target_row = self.items.currentRow() + delta
        if selected is None or not 0 <= target_row < self.items.count():
            return
        self.board.move(selected, self.model.position_in_board(target_row))
        self.items.setCurrentRow(self.model.row_of(selected))
