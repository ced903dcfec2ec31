"""Ctrl+I on a flip-over item: what the coach noticed, with a way to put it and the
rule it comes from; each hint can be set aside for this item."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.coach import Hint, HintCode
from intervisie_desktop.ui.flap.coach_hints import CoachHints


class CoachDialog(QDialog):
    def __init__(
        self,
        hints: CoachHints,
        item_id: str,
        found: tuple[Hint, ...],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The coach noticed"))
        layout = QVBoxLayout(self)
        if not found:
            layout.addWidget(QLabel(self.tr("Nothing to point out about this item.")))
        self.dismiss_buttons: list[QPushButton] = []
        for hint in found:
            text = QLabel(self._wording(hint, language))
            text.setWordWrap(True)
            layout.addWidget(text)
            dismiss = QPushButton(self.tr("Set this hint aside for this item"))
            dismiss.setAccessibleDescription(hint.message.get(language))
            dismiss.clicked.connect(
                lambda _checked=False, code=hint.code, button=dismiss: self._dismiss(
                    hints, item_id, code, button
                )
            )
            layout.addWidget(dismiss)
            self.dismiss_buttons.append(dismiss)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _wording(self, hint: Hint, language: str) -> str:
        lines = [hint.message.get(language)]
        if hint.alternative is not None:
            lines.append(self.tr("Instead: %1").replace("%1", hint.alternative.get(language)))
        lines.append(self.tr("Rule: %1").replace("%1", hint.rule.text.get(language)))
        return "\n".join(lines)

    @staticmethod
    def _dismiss(hints: CoachHints, item_id: str, code: HintCode, button: QPushButton) -> None:
        hints.dismiss(item_id, code)
        button.setEnabled(False)
