"""Saving what goes out of the app besides the take-away: handouts (case sheet,
method card, flip-over sheet, evaluation form) as PDF or Markdown, calendar
files and invitation texts. Every file is written privately (0600) and
atomically; nothing is sent anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from intervisie_desktop.domain.report import Report
from intervisie_desktop.store.atomic import SaveError, write_atomic
from intervisie_desktop.ui.problem_text import describe_error
from intervisie_desktop.ui.reports.exports import ExportError, ask_export_path, write_report


def safe_name(text: str) -> str:
    """A file name from a title: letters, digits and dashes."""
    cleaned = "".join(c if c.isalnum() else "-" for c in text.strip().lower())
    return "-".join(part for part in cleaned.split("-") if part) or "intervisie"


def write_private(path: Path, data: bytes) -> None:
    """Write an export privately and atomically; the chosen folder keeps its mode."""
    try:
        write_atomic(path, data, name=path.name, private_folder=False)
    except SaveError as exc:
        raise ExportError(path.name, exc.reason, **exc.params) from exc


def _ask(parent: QWidget | None, suggested: str, filter_text: str, suffix: str) -> Path | None:
    chosen, _selected = QFileDialog.getSaveFileName(parent, "", suggested, filter_text)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _warn(parent: QWidget | None, error: ExportError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Handouts", "Not saved"),
        QCoreApplication.translate("Handouts", "Not saved: %1").replace(
            "%1", describe_error(error)
        ),
    )


def export_handout(parent: QWidget | None, report: Report, suggested: str) -> Path | None:
    """Ask where, then write ``report`` as .pdf or .md; the path, or None."""
    path = ask_export_path(parent, suggested)
    if path is None:
        return None
    try:
        write_report(report, path)
    except ExportError as error:
        _warn(parent, error)
        return None
    return path


def export_calendar(parent: QWidget | None, data: bytes, suggested: str) -> Path | None:
    """Ask where, then write an iCalendar file for a calendar application to import."""
    path = _ask(
        parent, suggested, QCoreApplication.translate("Handouts", "Calendar file (*.ics)"), ".ics"
    )
    if path is None:
        return None
    try:
        write_private(path, data)
    except ExportError as error:
        _warn(parent, error)
        return None
    return path


def save_text(parent: QWidget | None, text: str, suggested: str) -> Path | None:
    """Ask where, then write a plain text file (an invitation to paste elsewhere)."""
    path = _ask(
        parent, suggested, QCoreApplication.translate("Handouts", "Text file (*.txt)"), ".txt"
    )
    if path is None:
        return None
    try:
        write_private(path, text.encode("utf-8"))
    except ExportError as error:
        _warn(parent, error)
        return None
    return path
