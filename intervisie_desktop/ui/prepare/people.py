"""Preparation, part one: the group, who is present, the roles, and the case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.handouts.examples import EXAMPLE_QUESTIONS
from intervisie_desktop.domain.meeting import Attendance
from intervisie_desktop.domain.methods import CaseType
from intervisie_desktop.domain.preparation import group_size_warning
from intervisie_desktop.domain.rotation import (
    PastRoles,
    case_suggestions,
    facilitator_suggestions,
    first_in_line,
)
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.forms import buddy_label
from intervisie_desktop.ui.prepare.group_dialog import GroupDialog
from intervisie_desktop.ui.prepare.turn_suggestions import suggestion_text


class PeopleAndCase(QWidget):
    changed = Signal()
    groups_changed = Signal()
    group_chosen = Signal()  # another group (also after creating or reloading one)

    def __init__(
        self,
        groups: list[Group],
        history: Callable[[str], list[PastRoles]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.groups = groups
        self._history = history
        self._language = language
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.group.currentIndexChanged.connect(self._group_changed)
        new_group = QPushButton(self.tr("New group…"))
        new_group.clicked.connect(self.create_group)
        edit_group = QPushButton(self.tr("Edit group…"))
        edit_group.clicked.connect(self.edit_group)
        self.present = QListWidget()
        self.present.setAccessibleName(self.tr("Who is present"))
        self.present.itemChanged.connect(lambda _item: self._attendance_changed())
        self.present.setMaximumHeight(170)
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)
        self.facilitator = QComboBox()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.scribe = QComboBox()
        self.scribe.setAccessibleName(self.tr("Scribe"))
        self.case_presenter = QComboBox()
        self.case_presenter.setAccessibleName(self.tr("Case presenter"))
        self.case_presenter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.suggestions = QLabel()
        self.suggestions.setWordWrap(True)
        self.question = QPlainTextEdit()
        self.question.setAccessibleName(self.tr("The case question"))
        self.question.setPlaceholderText(
            self.tr("The situation and the question, in one or two sentences.")
        )
        self.question.setMaximumHeight(90)
        self.question.setTabChangesFocus(True)  # Tab moves on; it never types a tab
        self.examples = QComboBox()
        self.examples.setAccessibleName(self.tr("Example questions"))
        self.examples.addItem(self.tr("Example questions…"))
        for example in EXAMPLE_QUESTIONS:
            self.examples.addItem(example.get(language))
        self.examples.activated.connect(self._use_example)
        self.case_type = QComboBox()
        self.case_type.setAccessibleName(self.tr("Kind of case"))
        for case_type in CaseType:
            self.case_type.addItem(labels.case_type_name(case_type), case_type.value)
        self.case_type.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.strong_emotion = QCheckBox(self.tr("It raised stron&g emotion"))
        self.strong_emotion.toggled.connect(lambda _on: self.changed.emit())
        self._build_second_case()
        self._build_form(new_group, edit_group)
        self.reload_groups()

    def _build_second_case(self) -> None:
        self.two_cases = QCheckBox(self.tr("A second case in this meeting"))
        self.second_presenter = QComboBox()
        self.second_presenter.setAccessibleName(self.tr("Second case presenter"))
        self.second_question = QPlainTextEdit()
        self.second_question.setAccessibleName(self.tr("The second case question"))
        self.second_question.setMaximumHeight(60)
        self.second_question.setTabChangesFocus(True)
        self.two_cases.toggled.connect(self._two_cases_toggled)

    def _build_form(self, new_group: QPushButton, edit_group: QPushButton) -> None:
        group_row = QHBoxLayout()
        group_row.addWidget(self.group, 1)
        group_row.addWidget(new_group)
        group_row.addWidget(edit_group)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)  # alike on every desktop
        form.addRow(buddy_label(self.tr("Gro&up:"), self.group), group_row)
        form.addRow(self.tr("Prese&nt:"), self.present)
        form.addRow("", self.size_note)
        form.addRow(self.tr("F&acilitator:"), self.facilitator)
        form.addRow(self.tr("Sc&ribe:"), self.scribe)
        form.addRow(self.tr("&Case presenter:"), self.case_presenter)
        form.addRow("", self.suggestions)
        form.addRow(self.tr("&Question:"), self.question)
        form.addRow(self.tr("E&xample questions:"), self.examples)
        form.addRow(self.tr("&Kind of case:"), self.case_type)
        form.addRow("", self.strong_emotion)
        form.addRow("", self.two_cases)
        self._second_label = buddy_label(self.tr("Second case presenter:"), self.second_presenter)
        form.addRow(self._second_label, self.second_presenter)
        form.addRow("", self.second_question)
        self._two_cases_toggled(False)
        self.form = form  # the prepare page adds the series row under the group
        layout = QVBoxLayout(self)
        layout.addLayout(form)

    # ----- groups -----------------------------------------------------------------

    def reload_groups(self, select: str | None = None) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        for group in self.groups:
            self.group.addItem(group.name, group.id)
        self.group.blockSignals(False)
        index = self.group.findData(select) if select else 0
        self.group.setCurrentIndex(max(0, index))
        self._group_changed()

    def current_group(self) -> Group | None:
        group_id = self.group.currentData()
        return next((g for g in self.groups if g.id == group_id), None)

    def create_group(self) -> None:
        group = GroupDialog.launch(None, self)
        if group is not None:
            self.groups.append(group)
            self.groups_changed.emit()
            self.reload_groups(group.id)

    def edit_group(self) -> None:
        current = self.current_group()
        if current is None:
            self.create_group()
            return
        edited = GroupDialog.launch(current, self)
        if edited is not None:
            self.groups[self.groups.index(current)] = edited
            self.groups_changed.emit()
            self.reload_groups(edited.id)

    def _group_changed(self) -> None:
        group = self.current_group()
        self.present.blockSignals(True)
        self.present.clear()
        for name in group.member_names() if group else []:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.present.addItem(item)
        self.present.blockSignals(False)
        self._attendance_changed()
        self.group_chosen.emit()

    # ----- attendance and roles ----------------------------------------------------

    def present_names(self) -> list[str]:
        return [
            self.present.item(row).text()
            for row in range(self.present.count())
            if self.present.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _attendance_changed(self) -> None:
        present = self.present_names()
        for box, outsider in (
            (self.facilitator, self.tr("me (not a member)")),
            (self.scribe, self.tr("the facilitator")),
            (self.case_presenter, None),
            (self.second_presenter, None),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            if outsider:
                box.addItem(outsider, None)
            for name in present:
                box.addItem(name, name)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        warning = group_size_warning(len(present))
        self.size_note.setText(
            {
                "small": self.tr("Fewer than 4 participants: the group may be too small."),
                "large": self.tr("More than 8 participants: consider splitting the group."),
            }.get(warning or "", "")
        )
        self._show_suggestions(present)
        self.changed.emit()

    def _show_suggestions(self, present: list[str]) -> None:
        """Whose turn it is; everyone who waited equally long is named (in a new group
        that is every member)."""
        group = self.current_group()
        history = self._history(group.id) if group else []
        cases = first_in_line(case_suggestions(present, history), 2)
        facilitators = first_in_line(facilitator_suggestions(present, history), 2)
        self.suggestions.setText(suggestion_text(cases, facilitators))
        if cases and self.case_presenter.currentIndex() <= 0:
            first = cases[0].member
            self.case_presenter.setCurrentIndex(max(0, self.case_presenter.findData(first)))

    def apply_attendance(self, attendance: Attendance) -> None:
        """Fill in who is present and the roles (a planned meeting of a series)."""
        self.present.blockSignals(True)
        for row in range(self.present.count()):
            item = self.present.item(row)
            here = item.text() in attendance.present
            item.setCheckState(Qt.CheckState.Checked if here else Qt.CheckState.Unchecked)
        self.present.blockSignals(False)
        self._attendance_changed()
        for box, name in (
            (self.case_presenter, attendance.case_presenter),
            (self.facilitator, attendance.facilitator),
        ):
            index = box.findData(name)
            if index >= 0:
                box.setCurrentIndex(index)
        self.changed.emit()

    def _two_cases_toggled(self, on: bool) -> None:
        for widget in (self._second_label, self.second_presenter, self.second_question):
            widget.setVisible(on)
        if on and self.second_presenter.currentData() == self.case_presenter.currentData():
            following = (self.case_presenter.currentIndex() + 1) % max(
                1, self.second_presenter.count()
            )
            self.second_presenter.setCurrentIndex(following)
        self.changed.emit()

    def second_case_presenter(self) -> str | None:
        if not self.two_cases.isChecked():
            return None
        second = self.second_presenter.currentData()
        return second if second != self.case_presenter.currentData() else None

    def attendance(self) -> Attendance:
        return Attendance(
            present=self.present_names(),
            case_presenter=self.case_presenter.currentData(),
            second_case_presenter=self.second_case_presenter(),
            facilitator=self.facilitator.currentData(),
            scribe=self.scribe.currentData(),
        )

    def chosen_case_type(self) -> CaseType:
        return CaseType(self.case_type.currentData())

    def _use_example(self, index: int) -> None:
        if index > 0:
            self.question.setPlainText(self.examples.itemText(index))
            self.examples.setCurrentIndex(0)
