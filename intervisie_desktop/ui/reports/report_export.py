"""File → export the take-away or the meeting report of the running meeting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.domain.report import Report
from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting
from intervisie_desktop.ui.problem_text import describe_error
from intervisie_desktop.ui.reports.exports import (
    ExportError,
    TakeawayDialog,
    ask_export_path,
    write_report,
)


def export_takeaway(parent: QWidget, meeting: RunningMeeting, tell: Callable[[str], None]) -> None:
    options = TakeawayDialog.launch(parent, meeting.case_presenters())
    if options is not None:
        name = QCoreApplication.translate("ReportExport", "take-away")
        _export(parent, meeting.takeaway(options), name, tell)


def export_meeting_report(
    parent: QWidget, meeting: RunningMeeting, tell: Callable[[str], None]
) -> None:
    name = QCoreApplication.translate("ReportExport", "meeting report")
    _export(parent, meeting.meeting_report(), name, tell)


def _export(parent: QWidget, report: Report, name: str, tell: Callable[[str], None]) -> None:
    path = ask_export_path(parent, f"{name}.pdf")
    if path is None:
        return
    try:
        write_report(report, path)
    except ExportError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ReportExport", "Export failed"),
            describe_error(exc),
        )
        return
    tell(QCoreApplication.translate("ReportExport", "Saved %1").replace("%1", str(path)))
