"""The flip-over's input row: what kind of item, who said it, and the text.

Each combo box has a visible label tied to it (Linux reads a combo box as its
value, so without one a screen reader hears "Question" and not what it is for)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from intervisie_desktop.domain.authors import AuthorMatcher
from intervisie_desktop.domain.board import BoardItem, EvaluationTopic, ItemKind
from intervisie_desktop.domain.capture import PaneMode, parse_due
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.flap.entry_line import EntryLine
from intervisie_desktop.ui.flow_layout import FlowLayout
from intervisie_desktop.ui.forms import buddy_label


class EntryRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authors = AuthorMatcher(())
        self._turn_person: str | None = None
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of item"))
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
        self.due = QLineEdit()
        self.due.setAccessibleName(self.tr("Due by"))
        self.due.setPlaceholderText(self.tr("by when? 15-12"))
        self.due.setMaximumWidth(120)
        self.entry = EntryLine()
        self.entry.setAccessibleName(self.tr("New item for the board"))
        for box in (self.kind, self.topic):  # whole words, whatever the step offers
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.entry.setMinimumWidth(self.entry.fontMetrics().averageCharWidth() * 24)
        self.entry.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.topic_pair = _labelled(self.tr("&About:"), self.topic)
        # One row where there is room; where there is not (200 % text), the line to
        # type in takes a row of its own rather than shrinking to a few letters.
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(_labelled(self.tr("&Kind:"), self.kind))
        row.addWidget(_labelled(self.tr("&Who:"), self.author))
        row.addWidget(self.topic_pair)
        row.addWidget(self.due)
        row.addWidget(self.entry)

    def set_step(self, mode: PaneMode, members: tuple[str, ...], author: str | None = None) -> None:
        """A new step: its kinds to write, the people who may have said it, and who
        said it unless the scribe picks another (``domain.capture.default_author``)."""
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in mode.input_kinds:
            self.kind.addItem(labels.item_name(kind), kind)
        self.kind.blockSignals(False)
        self._authors = AuthorMatcher(members)
        self.author.clear()
        self.author.addItem("—", None)
        for person in members:
            self.author.addItem(person, person)
        self._turn_person = None
        if author is not None:
            self.author.setCurrentIndex(max(0, self.author.findData(author)))
        self._kind_changed()

    def follow_turn(self, person: str | None) -> None:
        """In a round of turns, whoever's turn it is becomes the author, each time the
        turn passes (the scribe can still pick someone else)."""
        if person != self._turn_person:
            self._turn_person = person
            if person:
                self.author.setCurrentIndex(max(0, self.author.findData(person)))

    def current_kind(self) -> ItemKind:
        kind = self.kind.currentData()  # Qt hands a StrEnum back as a plain str
        return ItemKind(kind) if kind else ItemKind.NOTE

    def chosen_author(self) -> str | None:
        """The member typed or picked (first name, full name, initials; case and accents
        don't matter), or None when the name fits nobody or more than one member."""
        return self._authors.match(self.author.currentText()).member

    def new_item(self, text: str, block_id: str, today: date) -> BoardItem:
        kind = self.current_kind()
        topic = EvaluationTopic(self.topic.currentData()) if kind is ItemKind.EVALUATION else None
        action = kind is ItemKind.ACTION
        author = self.chosen_author()
        item = BoardItem(
            kind=kind,
            text=text,
            author=author,
            block_id=block_id,
            topic=topic,
            owner=author if action else None,
            due=parse_due(self.due.text(), today) if action else None,
        )
        self.due.clear()
        return item

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.topic_pair.setVisible(kind is ItemKind.EVALUATION)
        self.due.setVisible(kind is ItemKind.ACTION)
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


def _labelled(text: str, box: QComboBox) -> QWidget:
    """A combo box with its visible label (kept together when the row wraps)."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(buddy_label(text, box))
    row.addWidget(box)
    return pair
