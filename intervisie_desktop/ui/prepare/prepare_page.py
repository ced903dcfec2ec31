"""Preparing a meeting: group and case, method, icebreaker, agenda; then start.

The method chooser and the agenda work together: each method is judged against
the agenda it would get (no joint evaluation after a method that ends with its
own; introductions only for a new group), and the meeting's length can be set
on either tab.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.agenda_fit import AgendaFrame, Trim, trimmed
from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.meeting import Attendance
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.outline import Part, adapt_outline
from intervisie_desktop.domain.preparation import PreparedMeeting
from intervisie_desktop.domain.series.plan import attendance_for
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.forms import buddy_label
from intervisie_desktop.ui.prepare.agenda_editor import AgendaEditor
from intervisie_desktop.ui.prepare.history_view import HistoryView
from intervisie_desktop.ui.prepare.icebreaker_choice import IcebreakerPicker
from intervisie_desktop.ui.prepare.method_chooser import MethodChooser
from intervisie_desktop.ui.prepare.people import PeopleAndCase
from intervisie_desktop.ui.prepare.planned_row import PlannedRow
from intervisie_desktop.ui.prepare.where_we_meet import WhereWeMeet
from intervisie_desktop.ui.series.planned_ref import PlannedRef


class PreparePage(QWidget):
    start_requested = Signal(object)  # PreparedMeeting

    def __init__(
        self,
        folder: FolderService,
        icebreakers: list[Icebreaker],
        language: str,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._library = folder.library
        self._language = language
        self._refreshing = False
        self.people = PeopleAndCase(folder.groups, folder.history, language)
        self.people.groups_changed.connect(folder.save_groups)
        self.planned = PlannedRow(folder, clock, language)
        self.people.form.insertRow(
            1, buddy_label(self.tr("Series &date:"), self.planned.meeting), self.planned
        )
        self.where = WhereWeMeet()  # in the room, online or hybrid
        self.where.add_to_form(self.people.form, self.people.size_note)
        self.methods = MethodChooser(folder.library, language)
        self.icebreakers = IcebreakerPicker(icebreakers, language)
        self.agenda = AgendaEditor(language)
        self.history = HistoryView(folder, icebreakers, language, clock)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("&1. Group and case"))
        self.tabs.addTab(self.methods, self.tr("&2. Method"))
        self.tabs.addTab(self.icebreakers, self.tr("&3. Icebreaker"))
        self.tabs.addTab(self.agenda, self.tr("&4. Agenda"))
        self.tabs.addTab(self.history, self.tr("H&istory"))
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
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._connect()
        self._people_changed()
        self._group_chosen()

    def _connect(self) -> None:
        self.people.changed.connect(self._people_changed)
        self.people.group_chosen.connect(self._group_chosen)
        self.where.changed.connect(self._where_changed)
        self.methods.changed.connect(self._method_changed)
        self.methods.meeting_minutes_changed.connect(self.agenda.available.setValue)
        self.methods.fit_requested.connect(self.fit_agenda)
        self.icebreakers.changed.connect(self._refresh)
        self.icebreakers.new_group.toggled.connect(self._new_group_toggled)
        self.agenda.introductions_toggled.connect(
            lambda on: self.icebreakers.none.setChecked(not on)
        )
        self.agenda.changed.connect(self._refresh)
        self._folder.library_changed.connect(lambda library, _s: self.set_library(library))
        self._folder.planning_changed.connect(self._planning_changed)
        self.planned.chosen.connect(self.open_planned)

    def set_library(self, library: MethodLibrary) -> None:
        self._library = library
        self.methods.set_library(library)

    # ----- what the tabs tell each other --------------------------------------------

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.history:  # read the files only when looked at
            self.history.show_group(self.people.current_group())

    def _group_chosen(self) -> None:
        """What this group did lately (so the icebreaker is another one), and whether
        it is new: a group without meetings gets introductions."""
        group = self.people.current_group()
        self.icebreakers.set_recent(self._folder.recent_icebreakers(group.id if group else None))
        new = group is not None and not self._folder.meetings_of(group.id)
        self.where.set_new_group(new)
        if self.icebreakers.new_group.isChecked() != new:
            self.icebreakers.new_group.setChecked(new)  # toggles the agenda too
        else:
            self._new_group_toggled(new)
        self.planned.show_group(group)

    # ----- the group's series (:class:`PlannedRow`) -----------------------------------

    def _planning_changed(self, group_id: str) -> None:
        group = self.people.current_group()
        if group is not None and group.id == group_id:
            self.planned.show_group(group, keep_current=True)
            self._tab_changed()  # the history shows the new series or evaluation

    def open_planned(self, ref: PlannedRef | None) -> None:
        """A planned meeting: its roles, method and length filled in, and what the
        pre-talk with its case presenter found weighs in the method advice."""
        if ref is None:
            self.methods.pretalk = None
            self.methods.rank()
            return
        planned = ref.planned
        self.people.apply_attendance(attendance_for(planned, ref.group.member_names()))
        self.where.follow_venue(planned.venue.online)
        self.methods.pretalk = self._folder.pretalk_for(planned.id)
        if planned.method_id and planned.method_id in self._library.methods_by_id():
            self.methods.choose(planned.method_id)
        self.agenda.available.setValue(planned.minutes)
        self.methods.rank()

    def _new_group_toggled(self, new: bool) -> None:
        method = self.methods.chosen_method()
        if method is not None:
            self.agenda.set_outline(adapt_outline(self.agenda.outline, method, new_group=new))
        self.icebreakers.none.setChecked(not new)

    def _where_changed(self) -> None:
        self.icebreakers.set_setting(self.where.presence().setting)
        self._refresh()

    def _people_changed(self) -> None:
        self.where.set_present(self.people.present_names())
        self.methods.case_type = self.people.chosen_case_type()
        self.methods.strong_emotion = self.people.strong_emotion.isChecked()
        self.methods.rank()
        self.icebreakers.people = max(1, len(self.people.present_names()))
        self.icebreakers.refresh()
        self._refresh()

    def _method_changed(self) -> None:
        method = self.methods.chosen_method()
        if method is not None:
            self.agenda.set_outline(adapt_outline(self.agenda.outline, method))
        self._refresh()

    def fit_agenda(self, trims: tuple[Trim, ...]) -> None:
        """Trim the agenda as the chooser proposed, so the chosen method fits."""
        self.agenda.set_outline(trimmed(self.agenda.outline, trims))
        if any(t.part is Part.INTRODUCTIONS for t in trims):
            self.icebreakers.none.setChecked(True)
        self._refresh()

    def apply_attendance(self, attendance: Attendance) -> None:
        self.people.apply_attendance(attendance)

    # ----- the agenda, the chooser and the summary ------------------------------------

    def cases(self) -> int:
        return 2 if self.people.second_case_presenter() else 1

    def people_count(self) -> int:
        return max(1, len(self.people.present_names()))

    def frame(self) -> AgendaFrame:
        return AgendaFrame(
            tuple(self.agenda.outline),
            self.agenda.available.value(),
            self.icebreakers.chosen(),
            self.people_count(),
            self.cases(),
        )

    def _refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            icebreaker = self.icebreakers.chosen()
            self.agenda.set_introductions(icebreaker is not None)
            self.methods.set_meeting_minutes(self.agenda.available.value())
            frame = self.frame()
            if frame != self.methods.agenda:
                self.methods.agenda = frame
                self.methods.rank()
            self._show_summary(frame)
        finally:
            self._refreshing = False

    def _show_summary(self, frame: AgendaFrame) -> None:
        method = self.methods.chosen_method()
        if method is None:
            return
        icebreaker = frame.icebreaker
        people = frame.people
        self.agenda.set_fixed_minutes(
            method.total_minutes * frame.cases, icebreaker.minutes_for(people) if icebreaker else 0
        )
        total = frame.total(method, list(self.agenda.outline))
        parts = [
            method.name.get(self._language),
            icebreaker.name.get(self._language) if icebreaker else self.tr("no icebreaker"),
            self.tr("%1 of %2 available")
            .replace("%1", labels.minutes_text(total))
            .replace("%2", labels.minutes_text(frame.available)),
        ]
        text = " · ".join(filter(None, [*parts, self.where.summary()]))
        if total > frame.available:
            text += " — " + self.tr("does not fit: shorten or switch off parts")
        self.summary.setText(text)
        self.agenda.total.setText(text)
        rules = "".join(
            f"<li>{escape(r.text.get(self._language))}</li>"
            for r in self._library.rules_for(method, call=self.where.presence().anyone_in_call)
        )
        self.agenda.rules.setHtml(f"<ul>{rules}</ul>")

    # ----- starting ------------------------------------------------------------------

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
            presence=self.where.presence(),
        )

    def _request_start(self) -> None:
        prepared = self.prepared()
        if prepared is not None:
            self.start_requested.emit(prepared)
