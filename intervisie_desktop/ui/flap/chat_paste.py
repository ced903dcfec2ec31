"""Paste a piece of a video call's chat: every message becomes a flip-over item of the
step's kind, its author matched to the group; what needs a decision is shown here.

Names that fit nobody (or two people) are listed with a member to pick; messages
held back (the case presenter's own, the facilitator's, direct messages) can be
added anyway with a tick. Nothing is shared with the room.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.chat import (
    ChatPaste,
    HoldReason,
    MeetingPeople,
    chat_to_items,
    parse_chat,
)
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.ui.flap.board_controller import BoardController


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ChatPasteDialog(QDialog):
    def __init__(
        self, paste: ChatPaste, members: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste from the chat"))
        self._paste = paste
        layout = QVBoxLayout(self)
        summary = QLabel(self.summary_text())
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.authors: dict[str, QComboBox] = {}
        if paste.unmatched:
            names = QFormLayout()
            layout.addWidget(QLabel(self.tr("Who is who? (names the app could not match)")))
            for unmatched in paste.unmatched:
                choice = QComboBox()
                choice.addItem("—", None)
                for member in (*unmatched.candidates, *members):
                    if choice.findData(member) < 0:
                        choice.addItem(member, member)
                if unmatched.candidates:
                    choice.setCurrentIndex(1)
                label = QLabel(f"{unmatched.written}:")
                label.setBuddy(choice)
                choice.setAccessibleName(
                    self.tr("Member for “%1”").replace("%1", unmatched.written)
                )
                names.addRow(label, choice)
                self.authors[unmatched.written] = choice
            layout.addLayout(names)
        self.held: list[tuple[QCheckBox, tuple[BoardItem, ...]]] = []
        if paste.held_back:
            layout.addWidget(QLabel(self.tr("Held back (tick to add anyway):")))
            for held in paste.held_back:
                box = QCheckBox(f"{self._reason(held.reason)}: {_short(held.message.text)}")
                layout.addWidget(box)
                self.held.append((box, held.items))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def summary_text(self) -> str:
        paste = self._paste
        counts = [
            (self.tr("New items for the flip-over: %1."), len(paste.items)),
            (
                self.tr("Lines left out (joined, left, reactions, quotes): %1."),
                sum(paste.skipped.values()),
            ),
            (self.tr("Already on the flip-over: %1."), paste.duplicates),
            (self.tr("Not added, too many at once: %1."), paste.over_cap),
        ]
        parts = [
            text.replace("%1", str(n)) for index, (text, n) in enumerate(counts) if n or not index
        ]
        if paste.over_cap:
            parts.append(
                self.tr("Paste the rest again from line %1.").replace(
                    "%1", str(paste.first_line_over_cap or "")
                )
            )
        parts.append(self.tr("Nothing is shown on the projector until you share it."))
        return " ".join(parts)

    def _reason(self, reason: HoldReason) -> str:
        return {
            HoldReason.DIRECT_MESSAGE: self.tr("direct message"),
            HoldReason.FACILITATOR: self.tr("your own message"),
            HoldReason.CASE_PRESENTER: self.tr("the case presenter"),
        }[reason]

    def chosen_items(self) -> list[BoardItem]:
        """The items to add: authors filled in where a member was picked, and the held
        back messages that were ticked."""
        picked = {}
        for unmatched in self._paste.unmatched:
            member = self.authors[unmatched.written].currentData()
            for item_id in unmatched.item_ids:
                picked[item_id] = member
        items = [
            item.model_copy(update={"author": picked[item.id]}) if picked.get(item.id) else item
            for item in self._paste.items
        ]
        for box, held_items in self.held:
            if box.isChecked():
                items.extend(held_items)
        return items


def paste_from_chat(
    parent: QWidget, board: BoardController, engine: SessionEngine, kind: ItemKind, text: str
) -> bool:
    """Parse ``text``, let the facilitator decide what needs deciding, and add the items
    as one undoable step. False when the text holds no messages at all."""
    presenter = engine.block.case_presenter or engine.participants.case_presenter
    paste = chat_to_items(
        parse_chat(text),
        kind,
        MeetingPeople(engine.participants.members, presenter),
        engine.block.id,
        existing=tuple(board.board.items),
    )
    if not paste.items and not paste.held_back:
        return False
    dialog = ChatPasteDialog(paste, engine.participants.members, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        board.add_many(
            dialog.chosen_items(), QCoreApplication.translate("ChatPaste", "Paste from chat")
        )
    return True
