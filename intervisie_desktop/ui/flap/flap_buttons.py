"""The row under the flip-over: cold questions in or out, paste from a chat, and what
the projector shows (an item, a whole list). Its commands come from the key table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QToolButton, QWidget

from intervisie_desktop.ui.shell.key_bindings import Command, binding
from intervisie_desktop.ui.shell.meeting_actions import make_action


class FlapButtons(QWidget):
    share_item = Signal()
    share_list = Signal()
    paste_chat = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_cold = QCheckBox(self.tr("Show cold questions"))
        self.actions_: list[QAction] = []
        self.paste = self._button(Command.PASTE_CHAT, self.paste_chat, self.tr("Paste from chat"))
        self.item = self._button(
            Command.SHARE_ITEM, self.share_item, self.tr("Show item on projector")
        )
        self.list = self._button(Command.SHARE_LIST, self.share_list, None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.show_cold)
        row.addStretch(1)
        for button in (self.paste, self.item, self.list):
            row.addWidget(button)

    def _button(self, command: Command, signal: object, text: str | None) -> QToolButton:
        action = make_action(binding(command), self)
        action.triggered.connect(lambda _checked=False: signal.emit())  # type: ignore[attr-defined]
        self.actions_.append(action)
        button = QToolButton()
        button.setDefaultAction(action)
        if text is not None:
            button.setText(text)
        return button
