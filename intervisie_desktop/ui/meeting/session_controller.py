"""The one running-meeting object every view gets: engine + repaint timing + room display.

Views never change the engine directly; they call the controller, which
changes the engine and emits :attr:`changed`. The QTimer here only asks for a
repaint at the next moment the shown second changes; the time itself always
comes from the engine's clock.

While :attr:`changed` is being told, every view that asks for the public view
gets the same one, made once (the preview, the projector and the shared window
show one moment, and the projection is computed once a second, not per view).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.online.presence import Presence
from intervisie_desktop.domain.projection import (
    FLASH_SECONDS,
    PublicView,
    RoleHolder,
    SharedList,
    project,
    timer_phase,
)
from intervisie_desktop.domain.replan import ReplanProposal
from intervisie_desktop.domain.text import LocalizedText
from intervisie_desktop.domain.timefmt import seconds_until_display_changes
from intervisie_desktop.ui.timers import TimerFactory, qt_timer


class SessionController(QObject):
    changed = Signal()  # anything visible may have changed
    reached_zero = Signal()  # the current block's countdown just reached 0:00
    blackout_changed = Signal(bool)
    phase_changed = Signal(object)  # TimerPhase: once per change (warning, overrun, pause…)
    block_changed = Signal(int)  # another block is current now
    case_question_shown = Signal(bool)

    def __init__(
        self,
        engine: SessionEngine,
        language: str,
        *,
        meeting_title: str = "",
        reminder_rules: list[LocalizedText] | None = None,
        warning_seconds: float = 60,
        roles: tuple[RoleHolder, ...] = (),
        case_questions: tuple[str, ...] = (),
        presence: Presence | None = None,
        timers: TimerFactory = qt_timer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.language = language
        self.meeting_title = meeting_title
        self.reminder_rules = reminder_rules or []
        self.warning_seconds = warning_seconds
        self.blackout = False
        self.roles = roles
        self.case_questions = case_questions
        self.presence = presence or Presence()  # who is in a video call: how the wall words
        self.showing_case_question = False  # the facilitator's choice, off at the start
        self.wall_page = 0  # the page of a long list on the wall (views wrap it round)
        self._shared: tuple[SharedList, ...] = ()
        self._was_positive = engine.remaining() > 0
        self._block_seen = engine.current
        self._phase = timer_phase(engine, warning_seconds)
        self._telling = 0  # how deep inside a `changed` emission we are
        self._told_view: PublicView | None = None  # the view of this emission
        self._timer = timers(self)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    # ----- what views read -----------------------------------------------------------

    def public_view(self) -> PublicView:
        if not self._telling:
            return self._project()
        if self._told_view is None:
            self._told_view = self._project()
        return self._told_view

    def _tell(self) -> None:
        """Emit :attr:`changed`; the views it reaches share one public view."""
        self._told_view = None
        self._telling += 1
        try:
            self.changed.emit()
        finally:
            self._telling -= 1
            self._told_view = None

    def _project(self) -> PublicView:
        return project(
            self.engine,
            self.language,
            meeting_title=self.meeting_title,
            reminder_rules=self.reminder_rules,
            warning_seconds=self.warning_seconds,
            shared=self._shared,
            roles=self.roles,
            case_questions=self.case_questions,
            show_case_question=self.showing_case_question,
            page=self.wall_page,
            presence=self.presence,
        )

    def set_shared(self, shared: tuple[SharedList, ...]) -> None:
        """What the board shares with the room (set by the board, see issue 4). Another
        set of lists starts on the first page; a list that grows keeps its page."""
        if shared == self._shared:
            return
        if [s.title for s in shared] != [s.title for s in self._shared]:
            self.wall_page = 0
        self._shared = shared
        self._tell()

    # ----- the wall ------------------------------------------------------------------

    def next_wall_page(self) -> None:
        self.wall_page += 1
        self._tell()

    def previous_wall_page(self) -> None:
        self.wall_page -= 1
        self._tell()

    def toggle_case_question(self) -> None:
        self.show_case_question(not self.showing_case_question)

    def show_case_question(self, on: bool) -> None:
        if on != self.showing_case_question:
            self.showing_case_question = on
            self.wall_page = 0
            self.case_question_shown.emit(on)
            self._tell()

    # ----- timing --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the clock: announce zero, tell views, plan the next repaint."""
        engine = self.engine
        remaining = engine.remaining()
        if engine.current != self._block_seen:
            self._block_seen = engine.current
            self._was_positive = remaining > 0
            self.wall_page = 0
            self.block_changed.emit(engine.current)
        if self._was_positive and remaining <= 0 and engine.state is RunState.RUNNING:
            self._was_positive = False
            self.reached_zero.emit()
        elif remaining > 0:
            self._was_positive = True
        phase = timer_phase(engine, self.warning_seconds)
        if phase is not self._phase:
            self._phase = phase
            self.phase_changed.emit(phase)
        self._tell()
        self._schedule()

    def next_repaint_in_ms(self) -> int | None:
        """When the shown time changes next (None while nothing runs)."""
        if self.engine.state is not RunState.RUNNING:
            return None
        remaining = self.engine.remaining()
        wait = seconds_until_display_changes(remaining)
        overrun = -remaining
        if 0 <= overrun < FLASH_SECONDS:  # end the flash on time as well
            wait = min(wait, FLASH_SECONDS - overrun)
        return max(1, int(wait * 1000) + 1)

    def _schedule(self) -> None:
        wait = self.next_repaint_in_ms()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(wait)

    # ----- actions -------------------------------------------------------------------

    def _do(self, action: Callable[[], None]) -> None:
        action()
        self.refresh()

    def toggle_pause(self) -> None:
        self._do(self.engine.toggle_pause)

    def start(self) -> None:
        self._do(self.engine.start)

    def next(self) -> None:
        self._do(self.engine.next)

    def previous(self) -> None:
        self._do(self.engine.previous)

    def jump(self, index: int) -> None:
        self._do(lambda: self.engine.jump(index))

    def add_minute(self) -> None:
        self._do(lambda: self.engine.add_minutes(1))

    def remove_minute(self) -> None:
        self._do(lambda: self.engine.add_minutes(-1))

    def restart_block(self) -> None:
        self._do(self.engine.restart_block)

    def finish(self) -> None:
        self._do(self.engine.finish)

    def next_turn(self) -> None:
        self._do(self.engine.next_turn)

    def previous_turn(self) -> None:
        self._do(self.engine.previous_turn)

    def skip_turn(self) -> None:
        self._do(self.engine.skip_turn)

    def mark_turn_done(self, person: str) -> None:
        self._do(lambda: self.engine.mark_turn_done(person))

    def set_end_by(self, end_by: datetime | None) -> None:
        self._do(lambda: self.engine.set_end_by(end_by))

    def accept_replan(self, proposal: ReplanProposal) -> None:
        self._do(lambda: self.engine.accept_replan(proposal))

    def toggle_blackout(self) -> None:
        self.set_blackout(not self.blackout)

    def set_blackout(self, on: bool) -> None:
        if on != self.blackout:
            self.blackout = on
            self.blackout_changed.emit(on)
            self._tell()
