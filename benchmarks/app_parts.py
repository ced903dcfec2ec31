"""The app's UI classes the benchmarks drive, imported in this one place.

When a ``ui`` module moves or a constructor changes, fix it here;
``tests/benchmarks/test_benchmark_drivers.py`` fails until every part works again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.meeting_start import MeetingStart
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.app_context import AppContext
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.board_pane import BoardPane
from intervisie_desktop.ui.meeting.autosave import Autosave
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.meeting.wake_lock import WakeLock
from intervisie_desktop.ui.shell.main_window import MainWindow

__all__ = [
    "Autosave",
    "BoardPane",
    "MainWindow",
    "SessionController",
    "board_pane",
    "close",
    "controller",
    "keeper",
    "meeting_window",
    "present",
    "presenting_a_running_meeting",
    "projector_view",
]


class _NoWakeLock(WakeLock):
    def hold(self) -> None:
        pass


def meeting_window(
    library: MethodLibrary,
    clock: Clock,
    start: MeetingStart,
    store: DataFolder,
    language: str = "nl",
) -> MainWindow:
    """The main window over the open data folder ``store``, running ``start`` (not yet
    shown); it plays no chime and leaves the screen saver alone."""
    folder = FolderService(store.root, Settings(), library)
    folder.attach(store)
    context = AppContext(language, clock, folder, Chime(enabled=False), _NoWakeLock())
    window = MainWindow.over(context)
    window.run(start)
    return window


def close(window: MainWindow) -> None:
    """End the meeting (its last save included) and close the window."""
    window.close_meeting()
    window.close()
    window.deleteLater()


def _running(window: MainWindow) -> RunningMeeting:
    meeting = window.meeting
    assert meeting is not None, "no meeting is running"
    return meeting


def board_pane(window: MainWindow) -> BoardPane:
    """The scribe's notes pane of the running meeting."""
    return _running(window).page.board_pane


def controller(window: MainWindow) -> SessionController:
    return _running(window).controller


def projector_view(window: MainWindow) -> QWidget:
    """What the projector window shows (clock page, wall of lists or closing page)."""
    return _running(window).presenter.view


def present(window: MainWindow) -> None:
    """F5: the projector window shown, as the facilitator starts presenting."""
    _running(window).present()


def presenting_a_running_meeting(window: MainWindow) -> bool:
    """Whether the projector is shown and the meeting's clock runs (so a cheap figure is
    not the cost of a stopped clock)."""
    meeting = window.meeting
    return (
        meeting is not None
        and meeting.controller.engine.state is RunState.RUNNING
        and meeting.presenter.isVisible()
    )


def keeper(
    store: DataFolder, meeting: Meeting, engine: SessionEngine, language: str = "nl"
) -> Autosave:
    """The autosave of ``meeting`` as it runs on ``engine`` (nothing scheduled yet)."""
    session = SessionController(engine, language)
    return Autosave(store, meeting, session, BoardController(meeting.board, language))
