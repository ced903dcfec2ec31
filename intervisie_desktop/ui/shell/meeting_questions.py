"""The questions asked before a running meeting is left: for a new meeting, or to quit.

A meeting that has not started, or has finished, is left without asking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intervisie_desktop.ui.shell import on_demand

if TYPE_CHECKING:
    from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting


def may_replace(parent: QWidget, meeting: RunningMeeting) -> bool:
    """A new meeting is about to start: ask before stopping one that runs."""
    if not meeting.controller.engine.in_progress:
        return True
    return on_demand.ask(
        parent,
        QCoreApplication.translate("MeetingQuestions", "Start a new meeting?"),
        QCoreApplication.translate(
            "MeetingQuestions", "A meeting is running. Stop it and start a new one?"
        ),
    )


def may_quit(parent: QWidget, meeting: RunningMeeting) -> bool:
    """Quitting during a meeting: it is saved and can be resumed, but ask first. The
    question says "saved" only after a save has just succeeded."""
    autosave = meeting.autosave
    if not autosave.gone:
        autosave.flush()  # try now (a full disk may have room again), then tell the truth
    if autosave.gone:
        text = QCoreApplication.translate(
            "MeetingQuestions",
            "The data folder is gone, so the latest changes are not saved. If you quit "
            "now they are lost. Save a copy elsewhere first (the bar at the top). "
            "Quit anyway?",
        )
    elif autosave.failing is not None:
        text = QCoreApplication.translate(
            "MeetingQuestions",
            "The latest changes could not be saved (%1). If you quit now they are lost. "
            "Make room or fix this first, then quit again. Quit anyway?",
        ).replace("%1", autosave.failing)
    elif meeting.controller.engine.in_progress:
        text = QCoreApplication.translate(
            "MeetingQuestions",
            "The meeting is still running. It is saved, paused at this moment; next "
            "time you can go on where you are. Quit now?",
        )
    else:
        return True
    return on_demand.ask(
        parent, QCoreApplication.translate("MeetingQuestions", "Quit during the meeting?"), text
    )
