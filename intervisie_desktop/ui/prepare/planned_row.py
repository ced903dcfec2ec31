"""On the first tab: which planned meeting of the group's series this is (its roles
and method fill in), planning a series, and the pre-talk with the case presenter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.series.dates import clock, short_date
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.series.planned_ref import PlannedRef
from intervisie_desktop.ui.series.pretalk_dialog import PretalkDialog
from intervisie_desktop.ui.series.series_dialog import SeriesDialog


class PlannedRow(QWidget):
    chosen = Signal(object)  # PlannedRef, or None for a meeting outside any series

    def __init__(
        self, folder: FolderService, now: Clock, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._clock = now
        self._language = language
        self._group: Group | None = None
        self._refs: list[PlannedRef] = []
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Series date"))
        self.meeting.setAccessibleDescription(self.tr("Planned meeting"))
        self.meeting.activated.connect(lambda _i: self._chosen())
        self.plan = QPushButton(self.tr("P&lan a series…"))
        self.plan.clicked.connect(self.plan_series)
        self.pretalk = QPushButton(self.tr("Pre-&talk…"))
        self.pretalk.setToolTip(self.tr("Go through the method's points with the case presenter"))
        self.pretalk.clicked.connect(self.open_pretalk)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.meeting, 1)
        row.addWidget(self.plan)
        row.addWidget(self.pretalk)

    def show_group(self, group: Group | None, *, keep_current: bool = False) -> None:
        """The group's meetings still to come; the next one is chosen (or, when the
        series changed, the one chosen before), and its facts go to the tabs."""
        kept = self.current() if keep_current else None
        self._group = group
        series = self._folder.series_of(group.id) if group else []
        today = self._clock.wall().date()
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
        if kept is not None:
            self.select(kept.planned.id)
        self.chosen.emit(self.current())

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

    def plan_series(self) -> None:
        if self._group is not None:
            SeriesDialog.launch(self._folder, self._group, self._clock, self._language, self)

    def open_pretalk(self) -> None:
        ref = self.current()
        if ref is not None:
            PretalkDialog.launch(self._folder, ref, self._clock, self._language, self)
