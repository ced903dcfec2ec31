"""Changing one planned meeting: another day or time, who brings a case and who
facilitates, the method, the place, or cancelling it. Every change is handed on
as what the facilitator asked for; the series dialog applies it through the
domain's edit functions (so calendars see an update)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.series.model import PlannedMeeting, Venue
from intervisie_desktop.ui.forms import buddy_label


class MeetingEditor(QWidget):
    moved = Signal(object, object, int)  # date, time, minutes
    roles_chosen = Signal(object, object)  # case presenter, facilitator (None: nobody)
    roles_released = Signal()
    method_chosen = Signal(object)  # method id or None
    venue_chosen = Signal(object)  # Venue
    cancel_toggled = Signal(bool)

    def __init__(
        self,
        members: list[str],
        library: MethodLibrary,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("Day of this meeting"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Starting time of this meeting"))
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of this meeting"))
        for edit in (self.day, self.time, self.minutes):
            edit.editingFinished.connect(self._moved)
        self.presenter = QComboBox()
        self.presenter.setAccessibleName(self.tr("Case presenter of this meeting"))
        self.facilitator = QComboBox()
        self.facilitator.setAccessibleName(self.tr("Facilitator of this meeting"))
        for box in (self.presenter, self.facilitator):
            box.addItem(self.tr("nobody yet"), None)
            for name in members:
                box.addItem(name, name)
            box.activated.connect(lambda _i: self._roles())
        self.release = QPushButton(self.tr("Let the rotation choose a&gain"))
        self.release.clicked.connect(self.roles_released)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Method of this meeting"))
        self.method.addItem(self.tr("not chosen yet"), None)
        for method in library.methods:
            self.method.addItem(method.name.get(language), method.id)
        self.method.activated.connect(lambda _i: self.method_chosen.emit(self.method.currentData()))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place of this meeting"))
        self.place.editingFinished.connect(self._venue)
        self.online = QCheckBox(self.tr("On&line"))
        self.online.toggled.connect(lambda _on: self._venue())
        self.cancelled = QCheckBox(self.tr("Ca&ncelled"))
        self.cancelled.toggled.connect(self._cancel)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        when = QHBoxLayout()
        for widget in (self.day, self.time, self.minutes, self.cancelled):
            when.addWidget(widget)
        when.addStretch(1)
        form.addRow(buddy_label(self.tr("&Day:"), self.day), when)
        who = QHBoxLayout()
        who.addWidget(self.presenter, 1)
        who.addWidget(QLabel(self.tr("facilitated by")))
        who.addWidget(self.facilitator, 1)
        who.addWidget(self.release)
        form.addRow(buddy_label(self.tr("Case pr&esenter:"), self.presenter), who)
        what = QHBoxLayout()
        what.addWidget(self.method, 1)
        what.addWidget(self.place, 2)
        what.addWidget(self.online)
        form.addRow(buddy_label(self.tr("Me&thod:"), self.method), what)

    def show_meeting(self, planned: PlannedMeeting) -> None:
        self._loading = True
        self.day.setDate(QDate(planned.day.year, planned.day.month, planned.day.day))
        self.time.setTime(QTime(planned.start_time.hour, planned.start_time.minute))
        self.minutes.setValue(planned.minutes)
        for box, name in (
            (self.presenter, planned.case_presenter),
            (self.facilitator, planned.facilitator),
        ):
            index = 0 if name is None else box.findData(name)
            if index < 0 and name is not None:  # someone from outside the group
                box.addItem(name, name)
                index = box.count() - 1
            box.setCurrentIndex(index)
        self.method.setCurrentIndex(max(0, self.method.findData(planned.method_id)))
        self.place.setText(planned.venue.place)
        self.online.setChecked(planned.venue.online)
        self.cancelled.setChecked(planned.cancelled)
        self.setEnabled(planned.held_meeting_id is None)  # what took place stays
        self._loading = False

    def _moved(self) -> None:
        if self._loading:
            return
        day, at = self.day.date(), self.time.time()
        self.moved.emit(
            date(day.year(), day.month(), day.day()),
            time(at.hour(), at.minute()),
            self.minutes.value(),
        )

    def _roles(self) -> None:
        if not self._loading:
            self.roles_chosen.emit(self.presenter.currentData(), self.facilitator.currentData())

    def _venue(self) -> None:
        if not self._loading:
            place = self.place.text().strip()
            self.venue_chosen.emit(Venue(online=self.online.isChecked(), place=place))

    def _cancel(self, on: bool) -> None:
        if not self._loading:
            self.cancel_toggled.emit(on)
