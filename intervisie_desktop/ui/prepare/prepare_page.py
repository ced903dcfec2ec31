"""Preparing a meeting: group and case, method, icebreaker, agenda; then start."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.outline import (
    OutlineItem,
    Part,
    default_outline,
    method_minutes_left,
    outline_minutes,
    part_title,
)
from intervisie_desktop.domain.preparation import PreparedMeeting
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.prepare.choices import IcebreakerPicker, MethodChooser
from intervisie_desktop.ui.prepare.history_view import HistoryView
from intervisie_desktop.ui.prepare.people import PeopleAndCase

FIXED_PARTS = (Part.METHOD, Part.INTRODUCTIONS)  # their minutes follow the choices


class AgendaEditor(QWidget):
    changed = Signal()
    introductions_toggled = Signal(bool)  # the icebreaker tab follows

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.outline = default_outline(new_group=False)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Minutes")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.table.itemChanged.connect(self._checked)
        up = QPushButton(self.tr("Move &up"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Move &down"))
        down.clicked.connect(lambda: self._move(1))
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.rules = QTextBrowser()
        self.rules.setAccessibleName(self.tr("Rules for this meeting"))
        self.rules.setMaximumHeight(160)
        self.available = QSpinBox()
        self.available.setAccessibleName(self.tr("Time available for the whole meeting"))
        self.available.setRange(30, 480)
        self.available.setSingleStep(15)
        self.available.setValue(120)
        self.available.setSuffix(self.tr(" min available"))
        self.available.valueChanged.connect(lambda _v: self.changed.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        buttons.addWidget(self.available)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.total)
        layout.addWidget(QLabel(self.tr("Rules to go through at the start:")))
        layout.addWidget(self.rules)
        self._fixed_minutes: dict[Part, int] = {}
        self.fill()

    def fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in self.outline:
            row = self.table.rowCount()
            self.table.insertRow(row)
            title = QTableWidgetItem(part_title(item.part, self._language))
            title.setFlags(title.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            title.setCheckState(Qt.CheckState.Checked if item.enabled else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, title)
            spin = QSpinBox()
            spin.setAccessibleName(self.tr("Minutes for %1").replace("%1", title.text()))
            spin.setRange(0, 240)
            fixed = item.part in FIXED_PARTS
            spin.setValue(self._fixed_minutes.get(item.part, 0) if fixed else item.minutes)
            spin.setEnabled(not fixed)
            spin.valueChanged.connect(lambda value, part=item.part: self._set_minutes(part, value))
            self.table.setCellWidget(row, 1, spin)
        self.table.blockSignals(False)
        self.changed.emit()

    def set_introductions(self, enabled: bool) -> None:
        """The introductions part is on exactly when an icebreaker is chosen."""
        for row, item in enumerate(self.outline):
            if item.part is Part.INTRODUCTIONS and item.enabled != enabled:
                self.outline[row] = OutlineItem(item.part, item.minutes, enabled)
                cell = self.table.item(row, 0)
                if cell is not None:
                    self.table.blockSignals(True)
                    cell.setCheckState(
                        Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked
                    )
                    self.table.blockSignals(False)

    def set_fixed_minutes(self, method_minutes: int, icebreaker_minutes: int) -> None:
        self._fixed_minutes = {Part.METHOD: method_minutes, Part.INTRODUCTIONS: icebreaker_minutes}
        for row, item in enumerate(self.outline):
            spin = self.table.cellWidget(row, 1)
            if item.part in FIXED_PARTS and isinstance(spin, QSpinBox):
                spin.blockSignals(True)
                spin.setValue(self._fixed_minutes[item.part])
                spin.blockSignals(False)

    def _set_minutes(self, part: Part, minutes: int) -> None:
        self.outline = [
            OutlineItem(i.part, minutes, i.enabled) if i.part is part else i for i in self.outline
        ]
        self.changed.emit()

    def _checked(self, cell: QTableWidgetItem) -> None:
        row = cell.row()
        if self.outline[row].part is Part.INTRODUCTIONS:
            self.introductions_toggled.emit(cell.checkState() == Qt.CheckState.Checked)
        enabled = cell.checkState() == Qt.CheckState.Checked
        item = self.outline[row]
        self.outline[row] = OutlineItem(item.part, item.minutes, enabled)
        self.changed.emit()

    def _move(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.outline):
            return
        self.outline[row], self.outline[target] = self.outline[target], self.outline[row]
        self.fill()
        self.table.setCurrentCell(target, 0)

    def set_new_group(self, new_group: bool) -> None:
        self.outline = default_outline(new_group)
        self.fill()


class PreparePage(QWidget):
    start_requested = Signal(object)  # PreparedMeeting

    def __init__(
        self,
        folder: FolderService,
        icebreakers: list[Icebreaker],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._library = folder.library
        self._language = language
        library = folder.library
        groups, history, meetings_for = folder.groups, folder.history, folder.meetings_of
        self.people = PeopleAndCase(groups, history, language)
        self.people.groups_changed.connect(folder.save_groups)
        self.methods = MethodChooser(library, language)
        self.icebreakers = IcebreakerPicker(icebreakers, language)
        self.agenda = AgendaEditor(language)
        self.history = HistoryView(meetings_for, icebreakers, language)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("1. &Group and case"))
        self.tabs.addTab(self.methods, self.tr("2. &Method"))
        self.tabs.addTab(self.icebreakers, self.tr("3. &Icebreaker"))
        self.tabs.addTab(self.agenda, self.tr("4. &Agenda"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.start = QPushButton(self.tr("&Start the meeting"))
        self.start.setDefault(True)
        self.start.clicked.connect(self._request_start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.people.changed.connect(self._people_changed)
        self.methods.changed.connect(self._update_summary)
        self.icebreakers.changed.connect(self._update_summary)
        self.icebreakers.new_group.toggled.connect(self.agenda.set_new_group)
        self.agenda.introductions_toggled.connect(
            lambda on: self.icebreakers.none.setChecked(not on)
        )
        self.agenda.changed.connect(self._update_summary)
        self.people.group.currentIndexChanged.connect(self._group_chosen)
        folder.library_changed.connect(lambda library, _select: self.set_library(library))
        self._people_changed()
        self._group_chosen()

    def set_library(self, library: MethodLibrary) -> None:
        self._library = library
        self.methods.set_library(library)

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.history:  # read the files only when looked at
            group = self.people.current_group()
            self.history.show_group(group.id if group else None)

    def _group_chosen(self) -> None:
        """What this group did lately, so "pick one for me" chooses something else."""
        group = self.people.current_group()
        self.icebreakers.recent = self._folder.recent_icebreakers(group.id if group else None)

    def _people_changed(self) -> None:
        self.methods.case_type = self.people.chosen_case_type()
        self.methods.strong_emotion = self.people.strong_emotion.isChecked()
        self.methods.rank()
        self.icebreakers.people = max(1, len(self.people.present_names()))
        self.icebreakers.refresh()
        self._update_summary()

    def prepared(self) -> PreparedMeeting | None:
        method = self.methods.chosen_method()
        if method is None:
            return None
        return PreparedMeeting(
            group=self.people.current_group(),
            attendance=self.people.attendance(),
            case_question=self.people.question.toPlainText().strip(),
            method=method,
            icebreaker=self.icebreakers.chosen(),
            outline=tuple(self.agenda.outline),
            second_case_question=(
                self.people.second_question.toPlainText().strip()
                if self.people.second_case_presenter()
                else ""
            ),
        )

    def _update_summary(self) -> None:
        method = self.methods.chosen_method()
        if method is None:
            return
        icebreaker = self.icebreakers.chosen()
        people = max(1, len(self.people.present_names()))
        self.agenda.set_introductions(icebreaker is not None)
        cases = 2 if self.people.second_case_presenter() else 1
        total = outline_minutes(self.agenda.outline, method, icebreaker, people, cases)
        self._follow_available_time(total - method.total_minutes * cases, cases)
        self.agenda.set_fixed_minutes(
            method.total_minutes * cases, icebreaker.minutes_for(people) if icebreaker else 0
        )
        available = self.agenda.available.value()
        text = (
            self.tr("%1 with %2: %3 of %4 available")
            .replace("%1", method.name.get(self._language))
            .replace(
                "%2",
                icebreaker.name.get(self._language) if icebreaker else self.tr("no icebreaker"),
            )
        )
        text = text.replace("%3", labels.minutes_text(total)).replace(
            "%4", labels.minutes_text(available)
        )
        if total > available:
            text += " — " + self.tr("does not fit: shorten or switch off parts")
        self.summary.setText(text)
        self.agenda.total.setText(text)
        rules = "".join(
            f"<li>{escape(r.text.get(self._language))}</li>"
            for r in self._library.rules_for(method)
        )
        self.agenda.rules.setHtml(f"<ul>{rules}</ul>")

    def _follow_available_time(self, other_minutes: int, cases: int) -> None:
        """The chooser's "time for the method" is what the agenda leaves for it, so the
        two never disagree (the agenda's total time is the one to set)."""
        left = method_minutes_left(self.agenda.available.value(), other_minutes, cases)
        if self.methods.minutes.value() != left:
            self.methods.minutes.blockSignals(True)
            self.methods.minutes.setValue(left)
            self.methods.minutes.blockSignals(False)
            self.methods.rank()

    def _request_start(self) -> None:
        prepared = self.prepared()
        if prepared is not None:
            self.start_requested.emit(prepared)
