"""What the facilitator fills in to plan a series: from when, how often, what time,
how long, where (or online), how many meetings, the time zone, and whether the
facilitator rotates."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from intervisie_desktop.domain.series.model import MAX_MEETINGS, Series, Venue
from intervisie_desktop.domain.series.plan import SeriesPlan
from intervisie_desktop.domain.series.zone import known_zones, local_zone_name
from intervisie_desktop.ui.forms import buddy_label

STANDARD_MINUTES = 120  # the sources: about two hours
STANDARD_COUNT = 6


class PlanForm(QWidget):
    def __init__(self, members: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start = today + timedelta(weeks=2)
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd-MM-yyyy")
        self.start.setAccessibleName(self.tr("Date of the first meeting"))
        self.every = QSpinBox()
        self.every.setRange(1, 12)
        self.every.setValue(4)
        self.every.setAccessibleName(self.tr("Every so many weeks"))
        self.every.setPrefix(self.tr("every "))
        self.every.setSuffix(self.tr(" weeks"))
        self.time = QTimeEdit(QTime(14, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Starting time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(STANDARD_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of each meeting"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place, or the call's link"))
        self.place.setPlaceholderText(self.tr("A room and address, or the link of the call"))
        self.online = QCheckBox(self.tr("&Online"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_MEETINGS)
        self.count.setValue(STANDARD_COUNT)
        self.count.setAccessibleName(self.tr("Number of meetings"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.addItems(known_zones())
        self.zone.setCurrentText(local_zone_name())
        self.rotate = QCheckBox(self.tr("The facilitator &rotates among the members"))
        self.rotate.setChecked(True)
        self.facilitator = QComboBox()
        self.facilitator.setAccessibleName(self.tr("Fixed facilitator"))
        self.facilitator.addItem(self.tr("me (not a member)"), None)
        for name in members:
            self.facilitator.addItem(name, name)
        self.rotate.toggled.connect(lambda on: self.facilitator.setEnabled(not on))
        self.facilitator.setEnabled(False)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        when = QHBoxLayout()
        when.addWidget(self.start)
        when.addWidget(self.every)
        when.addWidget(self.time)
        when.addWidget(self.minutes)
        when.addStretch(1)
        form.addRow(buddy_label(self.tr("&From:"), self.start), when)
        where = QHBoxLayout()
        where.addWidget(self.place, 1)
        where.addWidget(self.online)
        form.addRow(buddy_label(self.tr("&Where:"), self.place), where)
        how_many = QHBoxLayout()
        how_many.addWidget(self.count)
        how_many.addWidget(self.zone, 1)
        form.addRow(buddy_label(self.tr("&Meetings:"), self.count), how_many)
        who = QHBoxLayout()
        who.addWidget(self.rotate)
        who.addWidget(self.facilitator, 1)
        form.addRow("", who)

    def plan(self) -> SeriesPlan:
        day = self.start.date()
        at = self.time.time()
        return SeriesPlan(
            start=date(day.year(), day.month(), day.day()),
            every_weeks=self.every.value(),
            start_time=time(at.hour(), at.minute()),
            minutes=self.minutes.value(),
            venue=Venue(online=self.online.isChecked(), place=self.place.text().strip()),
            count=self.count.value(),
            time_zone=self.zone.currentText().strip(),
            rotate_facilitator=self.rotate.isChecked(),
            facilitator=None if self.rotate.isChecked() else self.facilitator.currentData(),
        )

    def show_series(self, series: Series) -> None:
        """Fill the form with an existing series' settings (to plan it again)."""
        first = series.meetings[0]
        self.start.setDate(QDate(first.day.year, first.day.month, first.day.day))
        self.every.setValue(series.every_weeks)
        self.time.setTime(QTime(first.start_time.hour, first.start_time.minute))
        self.minutes.setValue(first.minutes)
        self.place.setText(first.venue.place)
        self.online.setChecked(first.venue.online)
        self.count.setValue(len(series.meetings))
        self.zone.setCurrentText(series.time_zone)
        self.rotate.setChecked(series.rotate_facilitator)
        index = self.facilitator.findData(series.facilitator)
        self.facilitator.setCurrentIndex(max(0, index))
