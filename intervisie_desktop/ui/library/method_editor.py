"""Edit a custom method: its texts, steps, minutes, capture kinds, turns and rules,
and a step's instruction for a video call (the room's wording stays when it is empty).

The result is validated exactly like the built-in library; problems are shown
by field in plain words, and nothing is saved until the method is valid.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.definitions import describe_validation_error
from intervisie_desktop.domain.methods import CaptureKind, CaseType, Method, Role, Trust, TurnTaking
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.screen_fit import resize_within_screen

LANGS = ("nl", "en")


def _pair(parent: QWidget, name: str) -> tuple[QLineEdit, QLineEdit, QWidget]:
    """Two line edits side by side: Dutch and English."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    edits = []
    for lang in LANGS:
        edit = QLineEdit()
        edit.setPlaceholderText(lang.upper())
        edit.setAccessibleName(f"{name} ({lang})")
        row.addWidget(edit)
        edits.append(edit)
    return edits[0], edits[1], box


def _with_online_instruction(
    online: dict[str, Any] | None, nl: str, en: str
) -> dict[str, Any] | None:
    """A step's wording for a call with this instruction (none when both are empty);
    its other parts (a note, rules) stay as they were, and nothing left means None."""
    kept = dict(online or {})
    kept["instruction"] = {"nl": nl, "en": en} if nl.strip() or en.strip() else None
    return kept if any(value is not None for value in kept.values()) else None


class MethodEditor(QDialog):
    def __init__(self, method: Method, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit method"))
        self._data: dict[str, Any] = method.model_dump(mode="json")
        self._steps: list[dict[str, Any]] = self._data["steps"]
        self._loading = False
        self.name_nl, self.name_en, self._names_row = _pair(self, self.tr("Name"))
        self.purpose_nl, self.purpose_en, self._purposes_row = _pair(self, self.tr("Purpose"))
        self.when_nl, self.when_en, self._whens_row = _pair(self, self.tr("When to use"))
        self.case_types = {t: QCheckBox(labels.case_type_name(t)) for t in CaseType}
        self.new_groups = QCheckBox(self.tr("Suits groups new to intervisie"))
        self.trust = QComboBox()
        self.trust.setAccessibleName(self.tr("Trust needed"))
        for trust in Trust:
            self.trust.addItem(labels.trust_name(trust), trust.value)
        self.rules = QPlainTextEdit()
        self.rules.setAccessibleName(self.tr("Own rules of the method"))
        self.rules.setPlaceholderText(self.tr("One rule per line: Dutch | English"))
        self.rules.setTabChangesFocus(True)  # a rule has no tabs; Tab must leave the field
        self.rules.setMaximumHeight(70)
        self.rules.setTabChangesFocus(True)  # Tab moves on; it never types a tab

        self._build_steps()
        self._build_step_fields()
        self._build_layout()
        self._load_method()

    def _build_steps(self) -> None:
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.currentRowChanged.connect(self._show_step)
        add = QPushButton(self.tr("&Add step"))
        add.clicked.connect(self._add_step)
        remove = QPushButton(self.tr("Re&move step"))
        remove.clicked.connect(self._remove_step)
        up = QPushButton(self.tr("&Up"))
        up.clicked.connect(lambda: self._move_step(-1))
        down = QPushButton(self.tr("&Down"))
        down.clicked.connect(lambda: self._move_step(1))
        self._step_buttons = (add, remove, up, down)

    def _build_layout(self) -> None:
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00000;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self._names_row)
        form.addRow(self.tr("Purpose:"), self._purposes_row)
        form.addRow(self.tr("When to use:"), self._whens_row)
        types = QGridLayout()
        for index, box in enumerate(self.case_types.values()):
            types.addWidget(box, index // 3, index % 3)
        form.addRow(self.tr("Suits:"), types)
        form.addRow("", self.new_groups)
        form.addRow(self.tr("Trust:"), self.trust)
        form.addRow(self.tr("Own rules:"), self.rules)
        step_buttons = QVBoxLayout()
        for button in self._step_buttons:
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        steps = QHBoxLayout()
        steps.addWidget(self.step_list, 1)
        steps.addLayout(step_buttons)
        steps.addWidget(self.step_fields, 2)
        content = QWidget()
        fields = QVBoxLayout(content)
        fields.addLayout(form)
        fields.addLayout(steps, 1)
        scroll = QScrollArea()  # with large text on a small screen, the fields scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        resize_within_screen(self, 980, 720)

    def _build_step_fields(self) -> None:
        self.step_fields = QWidget()
        self.title_nl, self.title_en, titles = _pair(self, self.tr("Step title"))
        self.instruction_nl, self.instruction_en, instructions = _pair(
            self, self.tr("For the room")
        )
        self.guidance_nl, self.guidance_en, guidances = _pair(self, self.tr("For the facilitator"))
        self.online_nl, self.online_en, online = _pair(
            self, self.tr("For the room, in a video call")
        )
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setRange(0, 240)
        self.turns = QComboBox()
        self.turns.setAccessibleName(self.tr("Turns"))
        for turns in TurnTaking:
            self.turns.addItem(labels.turns_name(turns), turns.value)
        self.speakers = {r: QCheckBox(labels.role_name(r)) for r in Role}
        self.listeners = {r: QCheckBox(labels.role_name(r)) for r in Role}
        self.capture = {c: QCheckBox(labels.capture_name(c)) for c in CaptureKind}
        self.protected = QCheckBox(self.tr("Keep intact when re-planning"))
        form = QFormLayout(self.step_fields)
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
        for edit in (
            self.title_nl,
            self.title_en,
            self.instruction_nl,
            self.instruction_en,
            self.guidance_nl,
            self.guidance_en,
            self.online_nl,
            self.online_en,
        ):
            edit.textChanged.connect(self._store_step)
        self.minutes.valueChanged.connect(self._store_step)
        self.turns.currentIndexChanged.connect(self._store_step)
        for box in [
            *self.speakers.values(),
            *self.listeners.values(),
            *self.capture.values(),
            self.protected,
        ]:
            box.toggled.connect(self._store_step)

    # ----- method fields ----------------------------------------------------------

    def _load_method(self) -> None:
        data = self._data
        for edits, key in (
            ((self.name_nl, self.name_en), "name"),
            ((self.purpose_nl, self.purpose_en), "purpose"),
        ):
            for edit, lang in zip(edits, LANGS, strict=True):
                edit.setText(data[key][lang])
        fit = data["suitability"]
        self.when_nl.setText(fit["summary"]["nl"])
        self.when_en.setText(fit["summary"]["en"])
        for case_type, box in self.case_types.items():
            box.setChecked(case_type.value in fit["case_types"])
        self.new_groups.setChecked(fit["suits_new_groups"])
        self.trust.setCurrentIndex(self.trust.findData(fit["trust_needed"]))
        self.rules.setPlainText(
            "\n".join(f"{r['text']['nl']} | {r['text']['en']}" for r in data["rules"])
        )
        self._refresh_step_list()
        self.step_list.setCurrentRow(0)

    def _collect(self) -> dict[str, Any]:
        data = dict(self._data)
        data["name"] = {"nl": self.name_nl.text(), "en": self.name_en.text()}
        data["purpose"] = {"nl": self.purpose_nl.text(), "en": self.purpose_en.text()}
        data["suitability"] = {
            "case_types": [t.value for t, box in self.case_types.items() if box.isChecked()],
            "suits_new_groups": self.new_groups.isChecked(),
            "trust_needed": self.trust.currentData(),
            "summary": {"nl": self.when_nl.text(), "en": self.when_en.text()},
        }
        rules = []
        for number, line in enumerate(self.rules.toPlainText().splitlines(), start=1):
            if line.strip():
                nl, _, en = line.partition("|")
                rules.append({"id": f"own-{number}", "text": {"nl": nl.strip(), "en": en.strip()}})
        data["rules"] = rules
        data["steps"] = self._steps
        data["minutes_are_suggestions"] = False
        return data

    def result_method(self) -> Method | None:
        """The edited method, or None with the problems shown by field."""
        try:
            method = Method.model_validate(self._collect())
        except ValidationError as exc:
            self.problems.setText("\n".join(describe_validation_error(exc)[:6]))
            return None
        self.problems.clear()
        return method

    # ----- steps ------------------------------------------------------------------

    def _refresh_step_list(self) -> None:
        row = self.step_list.currentRow()
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, step in enumerate(self._steps, start=1):
            title = step["title"]["nl"] or step["title"]["en"]
            self.step_list.addItem(QListWidgetItem(f"{number}. {title} ({step['minutes']} min)"))
        self.step_list.blockSignals(False)
        self.step_list.setCurrentRow(min(max(row, 0), len(self._steps) - 1))

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self._steps):
            return
        step = self._steps[row]
        self._loading = True
        for edit, key, lang in (
            (self.title_nl, "title", "nl"),
            (self.title_en, "title", "en"),
            (self.instruction_nl, "instruction", "nl"),
            (self.instruction_en, "instruction", "en"),
            (self.guidance_nl, "guidance", "nl"),
            (self.guidance_en, "guidance", "en"),
        ):
            edit.setText(step[key][lang])
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
        self._loading = False

    def _store_step(self) -> None:
        row = self.step_list.currentRow()
        if self._loading or not 0 <= row < len(self._steps):
            return
        step = self._steps[row]
        step["title"] = {"nl": self.title_nl.text(), "en": self.title_en.text()}
        step["instruction"] = {"nl": self.instruction_nl.text(), "en": self.instruction_en.text()}
        step["guidance"] = {"nl": self.guidance_nl.text(), "en": self.guidance_en.text()}
        step["online"] = _with_online_instruction(
            step.get("online"), self.online_nl.text(), self.online_en.text()
        )
        step["minutes"] = self.minutes.value()
        step["turns"] = self.turns.currentData()
        step["speakers"] = [r.value for r, box in self.speakers.items() if box.isChecked()]
        step["listeners"] = [r.value for r, box in self.listeners.items() if box.isChecked()]
        step["capture"] = [c.value for c, box in self.capture.items() if box.isChecked()]
        step["protected"] = self.protected.isChecked()
        item = self.step_list.item(row)
        if item is not None:
            item.setText(
                f"{row + 1}. {step['title']['nl'] or step['title']['en']} ({step['minutes']} min)"
            )

    def _add_step(self) -> None:
        number = len(self._steps) + 1
        self._steps.append(
            {
                "id": f"step-{number}-{len(self._steps)}",
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
        )
        self._refresh_step_list()
        self.step_list.setCurrentRow(len(self._steps) - 1)
        self.title_nl.setFocus()

    def _remove_step(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._refresh_step_list()

    def _move_step(self, delta: int) -> None:
        row = self.step_list.currentRow()
        target = row + delta
        if 0 <= row < len(self._steps) and 0 <= target < len(self._steps):
            self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
            self._refresh_step_list()
            self.step_list.setCurrentRow(target)

    def _accept(self) -> None:
        if self.result_method() is not None:
            self.accept()

    @classmethod
    def launch(cls, method: Method, parent: QWidget | None) -> Method | None:
        dialog = cls(method, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.result_method() if dialog.exec() == QDialog.DialogCode.Accepted else None
