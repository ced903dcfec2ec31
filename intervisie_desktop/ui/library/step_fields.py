"""One step of an own method in the editor: its texts in both languages, its minutes
and turns, who speaks and who only listens, what the flip-over lists, and its
instruction for a video call (the room's wording stays when that is empty).

The fields show a step's data (as the method's JSON has it) and write the edits back
into it; the editor validates the whole method.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from intervisie_desktop.domain.methods import CaptureKind, Role, TurnTaking
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.forms import language_pair

MAX_MINUTES = 240


def step_label(number: int, step: dict[str, Any]) -> str:
    """How a step is listed: its number, title and minutes."""
    return f"{number}. {step['title']['nl'] or step['title']['en']} ({step['minutes']} min)"


def blank_step(number: int, count: int) -> dict[str, Any]:
    """A new step at the end: ten minutes of the members talking, notes on the board."""
    return {
        "id": f"step-{number}-{count}",
        "title": {"nl": "", "en": ""},
        "minutes": 10,
        "speakers": [Role.MEMBERS.value],
        "listeners": [],
        "listener_note": None,
        "instruction": {"nl": "", "en": ""},
        "guidance": {"nl": "", "en": ""},
        "rules": [],
        "capture": [CaptureKind.NOTES.value],
        "turns": TurnTaking.NONE.value,
        "max_questions_per_member": None,
        "phases": [],
        "protected": False,
        "online": None,
    }


def with_online_instruction(
    online: dict[str, Any] | None, nl: str, en: str
) -> dict[str, Any] | None:
    """A step's wording for a call with this instruction (none when both are empty);
    its other parts (a note, rules) stay as they were, and nothing left means None."""
    kept = dict(online or {})
    kept["instruction"] = {"nl": nl, "en": en} if nl.strip() or en.strip() else None
    return kept if any(value is not None for value in kept.values()) else None


class StepFields(QWidget):
    edited = Signal()  # the facilitator changed a field (not while a step is shown)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.title_nl, self.title_en, titles = language_pair(self, self.tr("Step title"))
        self.instruction_nl, self.instruction_en, instructions = language_pair(
            self, self.tr("For the room")
        )
        self.guidance_nl, self.guidance_en, guidances = language_pair(
            self, self.tr("For the facilitator")
        )
        self.online_nl, self.online_en, online = language_pair(
            self, self.tr("For the room, in a video call")
        )
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setRange(0, MAX_MINUTES)
        self.turns = QComboBox()
        self.turns.setAccessibleName(self.tr("Turns"))
        for turns in TurnTaking:
            self.turns.addItem(labels.turns_name(turns), turns.value)
        self.speakers = {r: QCheckBox(labels.role_name(r)) for r in Role}
        self.listeners = {r: QCheckBox(labels.role_name(r)) for r in Role}
        self.capture = {c: QCheckBox(labels.capture_name(c)) for c in CaptureKind}
        self.protected = QCheckBox(self.tr("Keep intact when re-planning"))
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), titles)
        form.addRow(self.tr("Minutes:"), self.minutes)
        form.addRow(self.tr("For the room:"), instructions)
        form.addRow(self.tr("In a video call:"), online)
        form.addRow(self.tr("For you:"), guidances)
        form.addRow(self.tr("Turns:"), self.turns)
        for caption, boxes in (
            (self.tr("Speaking:"), self.speakers),
            (self.tr("Only listening:"), self.listeners),
        ):
            row = QHBoxLayout()
            for box in boxes.values():
                row.addWidget(box)
            form.addRow(caption, row)
        grid = QGridLayout()
        for index, box in enumerate(self.capture.values()):
            grid.addWidget(box, index // 3, index % 3)
        form.addRow(self.tr("On the board:"), grid)
        form.addRow("", self.protected)
        self._texts = (
            (self.title_nl, self.title_en, "title"),
            (self.instruction_nl, self.instruction_en, "instruction"),
            (self.guidance_nl, self.guidance_en, "guidance"),
        )
        for nl, en, _key in (*self._texts, (self.online_nl, self.online_en, "online")):
            nl.textChanged.connect(self._edited)
            en.textChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self.turns.currentIndexChanged.connect(self._edited)
        for box in [
            *self.speakers.values(),
            *self.listeners.values(),
            *self.capture.values(),
            self.protected,
        ]:
            box.toggled.connect(self._edited)

    def _edited(self) -> None:
        if not self._showing:
            self.edited.emit()

    def show_step(self, step: dict[str, Any]) -> None:
        self._showing = True
        for nl, en, key in self._texts:
            nl.setText(step[key]["nl"])
            en.setText(step[key]["en"])
        online = (step.get("online") or {}).get("instruction") or {}
        self.online_nl.setText(online.get("nl", ""))
        self.online_en.setText(online.get("en", ""))
        self.minutes.setValue(step["minutes"])
        self.turns.setCurrentIndex(self.turns.findData(step["turns"]))
        for role, box in self.speakers.items():
            box.setChecked(role.value in step["speakers"])
        for role, box in self.listeners.items():
            box.setChecked(role.value in step["listeners"])
        for kind, box in self.capture.items():
            box.setChecked(kind.value in step["capture"])
        self.protected.setChecked(step["protected"])
        self._showing = False

    def write_into(self, step: dict[str, Any]) -> None:
        for nl, en, key in self._texts:
            step[key] = {"nl": nl.text(), "en": en.text()}
        step["online"] = with_online_instruction(
            step.get("online"), self.online_nl.text(), self.online_en.text()
        )
        step["minutes"] = self.minutes.value()
        step["turns"] = self.turns.currentData()
        step["speakers"] = [r.value for r, box in self.speakers.items() if box.isChecked()]
        step["listeners"] = [r.value for r, box in self.listeners.items() if box.isChecked()]
        step["capture"] = [c.value for c, box in self.capture.items() if box.isChecked()]
        step["protected"] = self.protected.isChecked()
