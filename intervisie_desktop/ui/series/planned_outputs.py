"""What a planned meeting of a series sends out: the calendar file (of this meeting or
of the whole series), the invitation (copied for an e-mail, or saved) and the case
presenter's sheet. Each says where it went through :attr:`PlannedOutputs.told`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.handouts.case_sheet import CaseSheetFacts, case_sheet
from intervisie_desktop.domain.series.ical import series_calendar
from intervisie_desktop.domain.series.invitation import confidentiality_rule, invitation
from intervisie_desktop.domain.series.model import PlannedMeeting, Series
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.reports.handout_export import (
    export_calendar,
    export_handout,
    safe_name,
    save_text,
)


class PlannedOutputs(QObject):
    told = Signal(str)  # what was saved where, for the dialog's status line

    def __init__(
        self, folder: FolderService, group: Group, clock: Clock, language: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._folder, self._group, self._clock, self._language = folder, group, clock, language

    def export_calendar(self, series: Series, planned: PlannedMeeting, *, only_this: bool) -> None:
        data = series_calendar(
            series,
            self._group.name,
            self._language,
            self._clock.wall().astimezone(),
            meeting_ids=[planned.id] if only_this else None,
            methods=self._folder.library.methods_by_id(),
        )
        suffix = f"-{planned.day.isoformat()}" if only_this else ""
        path = export_calendar(self._parent, data, f"{safe_name(self._group.name)}{suffix}.ics")
        if path is not None:
            self.told.emit(self.tr("Calendar file saved: %1").replace("%1", str(path)))

    def _invitation_text(self, series: Series, planned: PlannedMeeting) -> str:
        library = self._folder.library
        method = library.methods_by_id().get(planned.method_id or "")
        return invitation(
            series,
            planned,
            self._group.name,
            self._language,
            method=method,
            confidentiality=confidentiality_rule(library),
        ).as_text()

    def copy_invitation(self, series: Series, planned: PlannedMeeting) -> None:
        QGuiApplication.clipboard().setText(self._invitation_text(series, planned))
        self.told.emit(self.tr("The invitation is on the clipboard: paste it in an e-mail."))

    def save_invitation(self, series: Series, planned: PlannedMeeting) -> None:
        name = f"{safe_name(self._group.name)}-{planned.day.isoformat()}.txt"
        path = save_text(self._parent, self._invitation_text(series, planned), name)
        if path is not None:
            self.told.emit(self.tr("Invitation saved: %1").replace("%1", str(path)))

    def export_case_sheet(self, _series: Series, planned: PlannedMeeting) -> None:
        method = self._folder.library.methods_by_id().get(planned.method_id or "")
        if method is None:
            self.told.emit(self.tr("Choose the method of this meeting first."))
            return
        facts = CaseSheetFacts(planned.case_presenter, planned.facilitator, planned.day)
        report = case_sheet(method, self._language, facts)
        name = f"{safe_name(planned.case_presenter or 'casus')}-{planned.day.isoformat()}.pdf"
        path = export_handout(self._parent, report, name)
        if path is not None:
            self.told.emit(self.tr("Case sheet saved: %1").replace("%1", str(path)))
