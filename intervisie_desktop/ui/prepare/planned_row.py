"""On the first tab: which planned meeting of the group's series this is (its roles
and method fill in), planning a series, and the pre-talk with the case presenter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.series.dates import clock, short_date
from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.ui.series.planned_ref import PlannedRef


class PlannedRow(QWidget):
    chosen = Signal(object)  # PlannedRef, or None for a meeting outside any series
    plan_requested = Signal()
    pretalk_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refs: list[PlannedRef] = []
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Series date"))
        self.meeting.setAccessibleDescription(self.tr("Planned meeting"))
        self.meeting.activated.connect(lambda _i: self._chosen())
        self.plan = QPushButton(self.tr("P&lan a series…"))
        self.plan.clicked.connect(self.plan_requested)
        self.pretalk = QPushButton(self.tr("Pre-&talk…"))
        self.pretalk.setToolTip(self.tr("Go through the method's points with the case presenter"))
        self.pretalk.clicked.connect(self.pretalk_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.meeting, 1)
        row.addWidget(self.plan)
        row.addWidget(self.pretalk)

    def show_group(self, group: Group | None, series: list[Series], today: date) -> None:
        """The group's meetings still to come; the next one is chosen."""
        self._refs = [
            PlannedRef(group, one, planned)
            for one in series
            for planned in one.meetings
            if group is not None and planned.is_open and planned.day >= today
        ]
        self._refs.sort(key=lambda r: (r.planned.day, r.planned.start_time))
        self.meeting.clear()
        self.meeting.addItem(self.tr("not part of a series"), None)
        for ref in self._refs:
            planned = ref.planned
            text = f"{short_date(planned.day)} {clock(planned.start_time)}"
            if planned.case_presenter:
                text += " — " + self.tr("case: %1").replace("%1", planned.case_presenter)
            self.meeting.addItem(text, planned.id)
        self.meeting.setCurrentIndex(1 if self._refs else 0)
        self.plan.setEnabled(group is not None)
        self._enable()

    def current(self) -> PlannedRef | None:
        index = self.meeting.currentIndex() - 1
        return self._refs[index] if 0 <= index < len(self._refs) else None

    def select(self, planned_id: str | None) -> None:
        index = self.meeting.findData(planned_id) if planned_id else -1
        self.meeting.setCurrentIndex(index if index >= 0 else (1 if self._refs else 0))
        self._enable()

    def _chosen(self) -> None:
        self._enable()
        self.chosen.emit(self.current())

    def _enable(self) -> None:
        self.pretalk.setEnabled(self.current() is not None)
        self.meeting.setEnabled(bool(self._refs))
