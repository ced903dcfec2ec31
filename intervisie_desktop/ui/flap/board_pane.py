"""The private notes pane (de flap): capture what the current step asks for.

Keyboard first: type and press Enter to add; in the list, W/N/K (or W/N/C)
rate and move on, Enter marks answered or chosen, F2 edits, Delete removes,
Alt+Up/Down reorders, Ctrl+Z undoes. Nothing here reaches the projector unless
shared on purpose (Ctrl+P for an item, Ctrl+Shift+P for a whole list).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.board import (
    LIST_SHAREABLE,
    RATABLE,
    BoardItem,
    EvaluationTopic,
    ItemKind,
    Rating,
)
from intervisie_desktop.domain.capture import PaneMode, pane_mode
from intervisie_desktop.domain.methods import CaptureKind, TurnTaking
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.meeting.session_controller import SessionController

RATING_KEYS = {
    Qt.Key.Key_W: Rating.WARM,
    Qt.Key.Key_H: Rating.WARM,  # "hot", for those who think in English
    Qt.Key.Key_N: Rating.NEUTRAL,
    Qt.Key.Key_K: Rating.COLD,
    Qt.Key.Key_C: Rating.COLD,
}


class BoardList(QListWidget):
    """The list of items; turns keys into requests the pane carries out."""

    rate_requested = Signal(object)  # Rating
    toggle_requested = Signal()
    delete_requested = Signal()
    edit_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in RATING_KEYS and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            self.rate_requested.emit(RATING_KEYS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle_requested.emit()
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        elif key == Qt.Key.Key_F2:
            self.edit_requested.emit()
        else:
            super().keyPressEvent(event)


class BoardPane(QWidget):
    def __init__(
        self,
        board: BoardController,
        session: SessionController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = board
        self.session = session
        self.mode = PaneMode((ItemKind.NOTE,), (ItemKind.NOTE,))
        self._editing: str | None = None  # id of the item being edited in the input
        self._block_shown = -1
        self._turn_person: str | None = None
        self._build_inputs()
        self._build_list()
        self._build_layout()
        board.changed.connect(self.refresh_items)
        session.changed.connect(self._session_changed)
        self._session_changed()

    def _build_inputs(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("boardHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What you are writing down"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.author = QComboBox()
        self.author.setAccessibleName(self.tr("Who said it"))
        self.author.setEditable(True)  # type a name; letters never reach the app's shortcuts
        self.author.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = self.author.lineEdit()
        if typed is not None:
            typed.setAccessibleName(self.tr("Who said it"))
            typed.setPlaceholderText(self.tr("who?"))
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Evaluation about"))
        self.topic.addItem(self.tr("about the case"), EvaluationTopic.CASE)
        self.topic.addItem(self.tr("about the method"), EvaluationTopic.METHOD)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("New item for the board"))
        self.entry.returnPressed.connect(self._submit)

    def _build_list(self) -> None:
        self.items = BoardList()
        self.items.setAccessibleName(self.tr("Items on the board"))
        self.items.setWordWrap(True)
        self.items.rate_requested.connect(self._rate_selected)
        self.items.toggle_requested.connect(self._toggle_selected)
        self.items.delete_requested.connect(self._delete_selected)
        self.items.edit_requested.connect(self._edit_selected)
        self.items.move_requested.connect(self._move_selected)
        self.items.itemDoubleClicked.connect(lambda _item: self._edit_selected())
        self.items.currentRowChanged.connect(lambda _row: self._refresh_status())
        self.show_cold = QCheckBox(self.tr("Show cold questions"))
        self.show_cold.toggled.connect(self.refresh_items)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.share_item_action = self._action(
            self.tr("Show or hide the selected item on the projector"),
            "Ctrl+P",
            lambda: self._toggle_selected("shared"),
        )
        self.share_list_action = self._action(
            self.tr("Show or hide this whole list on the projector"),
            "Ctrl+Shift+P",
            self._toggle_list,
        )
        self.share_item = QToolButton()
        self.share_item.setDefaultAction(self.share_item_action)
        self.share_item.setText(self.tr("Show item on projector"))
        self.share_all = QToolButton()
        self.share_all.setDefaultAction(self.share_list_action)

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        """A pane command with a key that works wherever the focus is in the app."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setToolTip(f"{text} ({keys})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_layout(self) -> None:
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.kind)
        entry_row.addWidget(self.author)
        entry_row.addWidget(self.topic)
        entry_row.addWidget(self.entry, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_cold)
        buttons.addStretch(1)
        buttons.addWidget(self.share_item)
        buttons.addWidget(self.share_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(entry_row)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # ----- following the meeting --------------------------------------------------

    def _session_changed(self) -> None:
        engine = self.session.engine
        if engine.current == self._block_shown:
            self._refresh_status()
            return
        self._block_shown = engine.current
        block = engine.block
        self.mode = pane_mode(block.capture or [CaptureKind.NOTES])
        self.heading.setText(
            self.tr("Board — %1").replace("%1", block.title.get(self.session.language))
        )
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in self.mode.input_kinds:
            self.kind.addItem(labels.item_name(kind), kind)
        self.kind.blockSignals(False)
        self._fill_authors()
        self._kind_changed()
        self.hint.setText(self._hint_text())
        self.show_cold.setVisible(self.mode.answering)
        self.refresh_items()
        if self.mode.rating or self.mode.answering or self.mode.choosing:
            # the keys of this step (W/N/K, Enter) act on the list: put the cursor there
            if self.items.count():
                self.items.setCurrentRow(0)
            self.items.setFocus()

    def _fill_authors(self) -> None:
        self.author.clear()
        self.author.addItem("—", None)
        for person in self.session.engine.participants.members:
            self.author.addItem(person, person)
        self._turn_person = None
        self._follow_turn()

    def _follow_turn(self) -> None:
        """In a round of turns, whoever's turn it is becomes the author, each time the
        turn passes (the scribe can still pick someone else)."""
        turns = self.session.engine.turns()
        person = turns.current_person if turns is not None else None
        if person != self._turn_person:
            self._turn_person = person
            if person:
                self.author.setCurrentIndex(max(0, self.author.findData(person)))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.topic.setVisible(kind is ItemKind.EVALUATION)
        placeholders = {
            ItemKind.QUESTION: self.tr("Type a question and press Enter"),
            ItemKind.PROBLEM_DEFINITION: self.tr("My problem is…"),
            ItemKind.REDEFINITION: self.tr("The core of my question is…"),
            ItemKind.ADVICE: self.tr("If I were you, I would…"),
            ItemKind.SHARED_ADVICE: self.tr("The group advises…"),
            ItemKind.ACTION: self.tr("I will…"),
            ItemKind.EVALUATION: self.tr("What I learned…"),
            ItemKind.NOTE: self.tr("A private note"),
        }
        self.entry.setPlaceholderText(placeholders[kind])

    def _hint_text(self) -> str:
        if self.mode.rating:
            return self.tr("Select an item and press W (warm), N (neutral) or C (cold).")
        if self.mode.answering:
            return self.tr("Warm questions first. Press Enter to mark one answered.")
        if self.mode.choosing:
            return self.tr("Press Enter on an advice the case presenter takes on.")
        return self.tr("Type and press Enter. F2 edits, Delete removes, Ctrl+Z undoes.")

    def current_kind(self) -> ItemKind:
        kind = self.kind.currentData()  # Qt hands a StrEnum back as a plain str
        return ItemKind(kind) if kind else ItemKind.NOTE

    # ----- the list ---------------------------------------------------------------

    def listed_items(self) -> list[BoardItem]:
        board = self.board.board
        if not self.mode.answering:  # the step's own lists first, notes last
            order = {kind: n for n, kind in enumerate(self.mode.list_kinds)}
            return sorted(board.of_kind(*self.mode.list_kinds), key=lambda i: order[i.kind])
        questions = board.answering_order()
        if not self.show_cold.isChecked():
            questions = [i for i in questions if i.rating is not Rating.COLD]
        others = [
            i for i in board.of_kind(*self.mode.list_kinds) if i.kind is not ItemKind.QUESTION
        ]
        return questions + others

    def row_text(self, item: BoardItem) -> str:
        parts = []
        if item.rating is not None:
            parts.append(f"[{labels.rating_letter(item.rating)}]")
        if len(self.mode.list_kinds) > 2 or item.kind is ItemKind.NOTE:
            parts.append(labels.item_name(item.kind) + ":")
        parts.append(item.text)
        if item.author:
            parts.append(f"— {item.author}")
        if item.answered:
            parts.append("✓ " + self.tr("answered"))
        if item.chosen:
            parts.append("★ " + self.tr("chosen"))
        if self.board.board.visible_to_room(item):
            parts.append("▣ " + self.tr("on projector"))
        return " ".join(parts)

    def refresh_items(self) -> None:
        selected = self.selected_id()
        row = self.items.currentRow()
        self.items.clear()
        for item in self.listed_items():
            entry = QListWidgetItem(self.row_text(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.items.addItem(entry)
        ids = [self.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.items.count())]
        if selected in ids:
            self.items.setCurrentRow(ids.index(selected))
        elif self.items.count():
            self.items.setCurrentRow(min(max(row, 0), self.items.count() - 1))
        self._refresh_status()

    def _refresh_status(self) -> None:
        self._follow_turn()
        engine = self.session.engine
        board = self.board.board
        notes = []
        limit = engine.block.max_questions_per_member
        if limit and ItemKind.QUESTION in self.mode.input_kinds:
            counts = [
                f"{m} {board.questions_by(m, engine.block.id)}/{limit}"
                for m in engine.participants.taking_turns(
                    TurnTaking.MEMBERS, engine.block.case_presenter
                )
            ]
            heading = self.tr("Questions (at most %1 each): ").replace("%1", str(limit))
            notes.append(heading + ", ".join(counts))
        if ItemKind.ADVICE in self.mode.input_kinds:
            members = engine.participants.taking_turns(
                TurnTaking.MEMBERS, engine.block.case_presenter
            )
            waiting = board.without_advice(members, engine.block.id)
            if waiting:
                notes.append(self.tr("No advice yet from: %1").replace("%1", ", ".join(waiting)))
            else:
                notes.append(self.tr("Everyone has given advice."))
        on_projector = [labels.board_list_title(k) for k in board.shared_lists]
        if any(i.shared for i in board.items):
            on_projector.append(self.tr("single items"))
        if on_projector:
            notes.append(self.tr("On the projector: %1").replace("%1", ", ".join(on_projector)))
        self.status.setText("\n".join(notes))
        self.status.setVisible(bool(notes))
        kind = self._list_kind()
        if kind is not None and board.is_list_shared(kind):
            self.share_all.setText(self.tr("Hide list from projector"))
        else:
            self.share_all.setText(self.tr("Show list on projector"))

    def selected_id(self) -> str | None:
        item = self.items.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _list_kind(self) -> ItemKind | None:
        """The list that 'show list' applies to: the selected item's kind, or the step's."""
        selected = self.selected_id()
        if selected is not None:
            try:
                return self.board.board.get(selected).kind
            except KeyError:  # the list is being rebuilt after a removal
                pass
        kinds = [k for k in self.mode.list_kinds if k is not ItemKind.NOTE]
        return kinds[0] if kinds else None

    # ----- actions ----------------------------------------------------------------

    def _submit(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        if self._editing is not None:
            self.board.edit_text(self._editing, text)
            self._editing = None
        else:
            kind = self.current_kind()
            self.board.add(
                BoardItem(
                    kind=kind,
                    text=text,
                    author=self.chosen_author(),
                    block_id=self.session.engine.block.id,
                    topic=EvaluationTopic(self.topic.currentData())
                    if kind is ItemKind.EVALUATION
                    else None,
                )
            )
        self.entry.clear()

    def chosen_author(self) -> str | None:
        """The member typed or picked (case and spaces don't matter), or None."""
        typed = self.author.currentText().strip().casefold()
        for person in self.session.engine.participants.members:
            if person.casefold() == typed:
                return person
        return None

    def _rate_selected(self, rating: Rating) -> None:
        selected = self.selected_id()
        if selected is None or self.board.board.get(selected).kind not in RATABLE:
            return
        row = self.items.currentRow()
        self.board.rate(selected, rating)
        self.items.setCurrentRow(min(row + 1, self.items.count() - 1))

    def _toggle_selected(self, field: str | None = None) -> None:
        selected = self.selected_id()
        if selected is None:
            return
        if field is None:
            kind = self.board.board.get(selected).kind
            if self.mode.answering and kind is ItemKind.QUESTION:
                field = "answered"
            elif self.mode.choosing and kind in (ItemKind.ADVICE, ItemKind.SHARED_ADVICE):
                field = "chosen"
            else:
                return
        self.board.toggle(selected, field)

    def _toggle_list(self) -> None:
        kind = self._list_kind()
        if kind in LIST_SHAREABLE:
            self.board.share_list(kind, not self.board.board.is_list_shared(kind))
        else:
            self.hint.setText(self.tr("Notes are private: show them one at a time with Ctrl+P."))

    def _delete_selected(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.board.remove(selected)

    def _edit_selected(self) -> None:
        selected = self.selected_id()
        if selected is None:
            return
        self._editing = selected
        self.entry.setText(self.board.board.get(selected).text)
        self.entry.setFocus()
        self.entry.selectAll()

    def _move_selected(self, delta: int) -> None:
        selected = self.selected_id()
        row = self.items.currentRow()
        target_row = row + delta
        if selected is None or not 0 <= target_row < self.items.count():
            return
        neighbour = self.items.item(target_row).data(Qt.ItemDataRole.UserRole)
        self.board.move(selected, self.board.board.index_of(neighbour))
        self.items.setCurrentRow(target_row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self._editing = None
            self.entry.clear()
            return
        super().keyPressEvent(event)
