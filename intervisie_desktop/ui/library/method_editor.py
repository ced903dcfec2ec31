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
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.definitions import describe_validation_error
from intervisie_desktop.domain.methods import CaseType, Method, Trust
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.forms import LANGUAGES, language_pair
from intervisie_desktop.ui.library.step_fields import StepFields, blank_step, step_label
from intervisie_desktop.ui.screen_fit import resize_within_screen


class MethodEditor(QDialog):
    def __init__(self, method: Method, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit method"))
        self._data: dict[str, Any] = method.model_dump(mode="json")
        self._steps: list[dict[str, Any]] = self._data["steps"]
        self.name_nl, self.name_en, self._names_row = language_pair(self, self.tr("Name"))
        self.purpose_nl, self.purpose_en, self._purposes_row = language_pair(
            self, self.tr("Purpose")
        )
        self.when_nl, self.when_en, self._whens_row = language_pair(self, self.tr("When to use"))
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

        self._build_steps()
        self.step_fields = StepFields()
        self.step_fields.edited.connect(self._store_step)
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

    # ----- method fields ----------------------------------------------------------

    def _load_method(self) -> None:
        data = self._data
        for edits, key in (
            ((self.name_nl, self.name_en), "name"),
            ((self.purpose_nl, self.purpose_en), "purpose"),
        ):
            for edit, lang in zip(edits, LANGUAGES, strict=True):
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
            self.step_list.addItem(QListWidgetItem(step_label(number, step)))
        self.step_list.blockSignals(False)
        self.step_list.setCurrentRow(min(max(row, 0), len(self._steps) - 1))

    def _show_step(self, row: int) -> None:
        if 0 <= row < len(self._steps):
            self.step_fields.show_step(self._steps[row])

    def _store_step(self) -> None:
        row = self.step_list.currentRow()
        if not 0 <= row < len(self._steps):
            return
        step = self._steps[row]
        self.step_fields.write_into(step)
        item = self.step_list.item(row)
        if item is not None:
            item.setText(step_label(row + 1, step))

    def _add_step(self) -> None:
        self._steps.append(blank_step(len(self._steps) + 1, len(self._steps)))
        self._refresh_step_list()
        self.step_list.setCurrentRow(len(self._steps) - 1)
        self.step_fields.title_nl.setFocus()

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
