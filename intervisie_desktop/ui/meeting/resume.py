"""After a crash: offer to go on with the meeting that was left unfinished."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.meeting_start import MeetingStart, resume_saved
from intervisie_desktop.ui.data.folder_service import FolderService


def offer_resume(
    parent: QWidget, folder: FolderService, clock: Clock, meeting_id: str, language: str
) -> MeetingStart | None:
    """Ask whether to go on with a saved meeting; the start to run, or None."""
    try:
        record = folder.store.load_meeting(meeting_id)
    except (OSError, ValueError):
        return None  # reported among the problems
    start = resume_saved(record, folder.library, clock)
    if start is None:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Resume", "Resume the meeting?"),
        QCoreApplication.translate(
            "Resume", "The meeting “%1” of %2 was not finished. Go on where it was?"
        )
        .replace("%1", start.title(folder.library, language))
        .replace("%2", record.created.strftime("%d-%m-%Y %H:%M")),
    )
    return start if answer == QMessageBox.StandardButton.Yes else None
