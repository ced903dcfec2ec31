"""The app's UI classes the benchmarks drive, imported in this one place.

When a ``ui`` module moves or a constructor changes, fix it here;
``tests/benchmarks/test_app_parts.py`` fails until every part is found again.
"""

from __future__ import annotations

from intervisie_desktop.domain.board import Board
from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.text import LocalizedText
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.board_pane import BoardPane
from intervisie_desktop.ui.meeting.autosave import MeetingKeeper
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.meeting.wake_lock import WakeLock
from intervisie_desktop.ui.shell.main_window import MainWindow

__all__ = [
    "BoardController",
    "BoardPane",
    "MainWindow",
    "MeetingKeeper",
    "SessionController",
    "board_pane",
    "keeper",
    "meeting_window",
    "present",
    "presenting_a_running_meeting",
]


class _NoWakeLock(WakeLock):
    def hold(self) -> None:
        pass


def meeting_window(
    library: MethodLibrary,
    clock: Clock,
    engine: SessionEngine,
    board: Board,
    *,
    title: str = "Intervisie",
    rules: list[LocalizedText] | None = None,
    language: str = "nl",
) -> MainWindow:
    """The main window running ``engine``'s meeting on ``board`` (not yet shown); it
    plays no chime and leaves the screen saver alone."""
    window = MainWindow(
        library, language, clock=clock, chime=Chime(enabled=False), wake_lock=_NoWakeLock()
    )
    window.start_meeting(engine, title, rules or [], board=board)
    return window


def board_pane(window: MainWindow) -> BoardPane:
    """The scribe's notes pane of the running meeting."""
    assert window.meeting_page is not None, "no meeting is running"
    return window.meeting_page.board_pane


def present(window: MainWindow) -> None:
    """F5: the projector window shown, as the facilitator starts presenting."""
    window.present()


def presenting_a_running_meeting(window: MainWindow) -> bool:
    """Whether the projector is shown and the meeting's clock runs (so a cheap figure is
    not the cost of a stopped clock)."""
    controller, projector = window.controller, window.presenter
    return (
        controller is not None
        and controller.engine.state is RunState.RUNNING
        and projector is not None
        and projector.isVisible()
    )


def keeper(
    store: DataFolder, meeting: Meeting, engine: SessionEngine, language: str = "nl"
) -> MeetingKeeper:
    """The autosave of ``meeting`` as it runs on ``engine`` (nothing scheduled yet)."""
    session = SessionController(engine, language)
    return MeetingKeeper(store, meeting, session, BoardController(meeting.board, language))
