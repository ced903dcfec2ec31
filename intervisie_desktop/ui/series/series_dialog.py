"""Plan a group's series of meetings and keep it up to date: the meetings with their
roles from the rotation, each changeable; the calendar file, the invitation, the
pre-talk and the case presenter's sheet per meeting. Every change is saved."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.series import plan as edits
from intervisie_desktop.domain.series.dates import clock as clock_text
from intervisie_desktop.domain.series.dates import short_date
from intervisie_desktop.domain.series.model import PlannedMeeting, Series
from intervisie_desktop.domain.series.plan import Rotation, SeriesError, plan_series
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.series import wording
from intervisie_desktop.ui.series.meeting_editor import MeetingEditor
from intervisie_desktop.ui.series.plan_form import PlanForm
from intervisie_desktop.ui.series.planned_outputs import PlannedOutputs
from intervisie_desktop.ui.series.planned_ref import PlannedRef
from intervisie_desktop.ui.series.pretalk_dialog import PretalkDialog
from intervisie_desktop.ui.tables import KeyboardTable


class SeriesDialog(QDialog):
    def __init__(
        self, folder: FolderService, group: Group, clock: Clock, language: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._folder, self._group, self._clock, self._language = folder, group, clock, language
        self.setWindowTitle(self.tr("Series of %1").replace("%1", group.name))
        existing = folder.series_of(group.id)
        self.series: Series | None = existing[-1] if existing else None
        members = group.member_names()
        self.form = PlanForm(members, clock.wall().date())
        self.plan_button = QPushButton(self.tr("&Plan the meetings"))
        self.plan_button.clicked.connect(self.plan)
        self.table = KeyboardTable(0, 7)
        self.table.setAccessibleName(self.tr("Planned meetings"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Case presenter"),
                self.tr("Facilitator"),
                self.tr("Method"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4, 5):  # the names and the method get the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()  # the number column says it, cancelled ones too
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())
        self.editor = MeetingEditor(members, folder.library, language)
        self._connect_editor()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.outputs = PlannedOutputs(folder, group, clock, language, self)
        self.outputs.told.connect(self.status.setText)
        self._build(self._actions())
        if self.series is not None:
            self.form.show_series(self.series)
        self._fill()
        self.resize(980, 640)

    # ----- building ------------------------------------------------------------------

    def _actions(self) -> list[QPushButton]:
        out = self.outputs
        for_current: list[tuple[str, Callable[[Series, PlannedMeeting], None]]] = [
            (self.tr("Calendar file, &all…"), partial(out.export_calendar, only_this=False)),
            (
                self.tr("Calendar file, &just this one…"),
                partial(out.export_calendar, only_this=True),
            ),
            (self.tr("&Copy the invitation"), out.copy_invitation),
            (self.tr("Save the in&vitation…"), out.save_invitation),
            (self.tr("Pre-tal&k…"), self.pretalk),
            (self.tr("Case &sheet…"), out.export_case_sheet),
        ]
        add = QPushButton(self.tr("Add a meet&ing"))
        add.clicked.connect(self.add_meeting)
        buttons = [add]
        for text, act in for_current:
            button = QPushButton(text)
            button.clicked.connect(partial(self._for_current, act))
            buttons.append(button)
        self.meeting_buttons = buttons
        return buttons

    def _build(self, buttons: list[QPushButton]) -> None:
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        grid = QGridLayout()
        for index, button in enumerate(buttons):
            grid.addWidget(button, index // 4, index % 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.plan_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def _connect_editor(self) -> None:
        e = self.editor
        e.moved.connect(lambda day, at, minutes: self._edit(edits.move_meeting, day, at, minutes))
        e.roles_chosen.connect(
            lambda who, by: self._edit(edits.set_roles, who, by, self._rotation())
        )
        e.roles_released.connect(lambda: self._edit(edits.release_roles, self._rotation()))
        e.method_chosen.connect(lambda method_id: self._edit(edits.set_method, method_id))
        e.venue_chosen.connect(lambda venue: self._edit(edits.set_venue, venue))
        e.cancel_toggled.connect(
            lambda on: self._edit(
                edits.cancel_meeting if on else edits.restore_meeting, self._rotation()
            )
        )

    # ----- the series ----------------------------------------------------------------

    def _rotation(self) -> Rotation:
        return Rotation(self._group.member_names(), self._folder.history(self._group.id))

    def plan(self) -> None:
        if self.series is not None and not self._confirm_replan():
            return
        try:
            series = plan_series(
                self._group.id, self.form.plan(), self._rotation(), self._clock.wall()
            )
        except SeriesError as error:
            self.status.setText(wording.series_problem(error.code))
            return
        self._save(series)
        self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def _confirm_replan(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Plan again?"),
            self.tr("The meetings planned so far are replaced. Plan them again?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def add_meeting(self) -> None:
        if self.series is not None:
            try:
                self._save(edits.add_meeting(self.series, self._rotation()))
            except SeriesError as error:
                self.status.setText(wording.series_problem(error.code))

    def current(self) -> PlannedMeeting | None:
        row = self.table.currentRow()
        if self.series is None or not 0 <= row < len(self.series.meetings):
            return None
        return self.series.meetings[row]

    def _edit(self, change: object, *args: object) -> None:
        """Apply one of the domain's edits to the current meeting, then save."""
        planned = self.current()
        if self.series is None or planned is None or not callable(change):
            return
        self._save(change(self.series, planned.id, *args), select=planned.id)

    def _save(self, series: Series, select: str | None = None) -> None:
        self.series = series
        if self._folder.save_series(series):
            self.status.setText(self.tr("Saved."))
        self._fill(select)

    def _fill(self, select: str | None = None) -> None:
        series = self.series
        meetings = series.meetings if series else []
        row_before = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(meetings))
        names = {m.id: m.name.get(self._language) for m in self._folder.library.methods}
        for row, planned in enumerate(meetings):
            number = series.number_of(planned.id) if series else 0
            cells = [
                str(number) if number else "—",
                short_date(planned.day),
                clock_text(planned.start_time),
                planned.case_presenter or "",
                planned.facilitator or self.tr("me"),
                names.get(planned.method_id or "", ""),
                wording.planned_status(planned, self._clock.wall().date()),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        ids = [m.id for m in meetings]
        row = ids.index(select) if select in ids else min(max(row_before, 0), len(ids) - 1)
        self.table.setCurrentCell(row, 0)
        self._show_current()

    def _show_current(self) -> None:
        planned = self.current()
        self.editor.setVisible(planned is not None)
        for button in self.meeting_buttons:
            button.setEnabled(planned is not None)
        if planned is not None:
            self.editor.show_meeting(planned)

    # ----- what goes out (:class:`PlannedOutputs`) ----------------------------------

    def _for_current(self, act: Callable[[Series, PlannedMeeting], None]) -> None:
        planned = self.current()
        if self.series is not None and planned is not None:
            act(self.series, planned)

    def pretalk(self, series: Series, planned: PlannedMeeting) -> None:
        ref = PlannedRef(self._group, series, planned)
        PretalkDialog.launch(self._folder, ref, self._clock, self._language, self)

    @classmethod
    def launch(
        cls, folder: FolderService, group: Group, clock: Clock, language: str, parent: QWidget
    ) -> None:
        cls(folder, group, clock, language, parent).exec()
