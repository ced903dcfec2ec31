"""After a crash or a quit: offer to go on with the meeting left most recently, say
how long ago that was, and let the facilitator close an old one for good."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.meeting_start import MeetingStart, resume_saved
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.problem_text import describe_error


def ago_text(left: datetime, now: datetime) -> str:
    """How long ago, in words ("3 hours ago")."""
    minutes = max(0, int((now - left).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("Resume", "just now")
    if minutes < 60:
        text = (
            QCoreApplication.translate("Resume", "1 minute ago")
            if minutes == 1
            else QCoreApplication.translate("Resume", "%1 minutes ago")
        )
        return text.replace("%1", str(minutes))
    hours = minutes // 60
    if hours < 48:
        text = (
            QCoreApplication.translate("Resume", "1 hour ago")
            if hours == 1
            else QCoreApplication.translate("Resume", "%1 hours ago")
        )
        return text.replace("%1", str(hours))
    return QCoreApplication.translate("Resume", "%1 days ago").replace("%1", str(hours // 24))


def offer_resume(
    parent: QWidget, folder: FolderService, clock: Clock, language: str
) -> MeetingStart | None:
    """Ask about the meeting left most recently; the start to run, or None."""
    store = folder.store
    summary = store.meeting_to_resume()
    if summary is None:
        return None
    try:
        record = store.load_meeting(summary.id)
    except (OSError, ValueError):
        return None  # told among the problems
    start = resume_saved(record, folder.library, clock)
    if start is None or record.clock is None:
        return None
    text = (
        QCoreApplication.translate(
            "Resume", "The meeting “%1” of %2 was left %3 and is not finished."
        )
        .replace("%1", start.title(folder.library, language))
        .replace("%2", record.created.strftime("%d-%m-%Y %H:%M"))
        .replace("%3", ago_text(record.clock.saved_at, clock.wall()))
    )
    if record.clock.quit_while_running:
        text += " " + QCoreApplication.translate(
            "Resume", "You quit while it ran: it goes on paused, its clock as you left it."
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Resume", "Go on with the meeting?"),
        text,
        parent=parent,
    )
    go_on = box.addButton(
        QCoreApplication.translate("Resume", "&Go on"), QMessageBox.ButtonRole.YesRole
    )
    box.addButton(QCoreApplication.translate("Resume", "&Not now"), QMessageBox.ButtonRole.NoRole)
    close = box.addButton(
        QCoreApplication.translate("Resume", "&Close it for good"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(go_on)
    box.exec()
    if box.clickedButton() is go_on:
        return start
    if box.clickedButton() is close:
        try:
            store.close_meeting_for_good(record.id)
        except (OSError, ValueError) as exc:
            folder.failed.emit(describe_error(exc))
    return None
