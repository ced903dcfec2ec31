"""Everything a meeting needs to run, built in one place: from a preparation, from a
saved meeting (resume after a crash), or from the demo.

The UI receives a :class:`MeetingStart` and only shows it; which record is
saved, which rules are reminded and what the meeting is called are decided here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intervisie_desktop.domain.board import Board
from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import Method, MethodLibrary
from intervisie_desktop.domain.online.presence import Presence
from intervisie_desktop.domain.preparation import PreparedMeeting
from intervisie_desktop.domain.snapshot import restore_engine
from intervisie_desktop.domain.text import LocalizedText


@dataclass(frozen=True)
class MeetingStart:
    engine: SessionEngine
    record: Meeting  # what is saved; its board is the live board of the meeting
    reminder_rules: list[LocalizedText]

    @property
    def board(self) -> Board:
        return self.record.board

    @property
    def presence(self) -> Presence:
        """Who is in the room and who in a video call (kept in the record, so a resumed
        meeting is worded as it began)."""
        return self.record.presence()

    def title(self, library: MethodLibrary, language: str) -> str:
        """The method's name in the app's language (stored ids, translated at display)."""
        return meeting_title(self.record, library, language)


def meeting_title(record: Meeting, library: MethodLibrary, language: str) -> str:
    """What a saved meeting is called in ``language``: its method's name from the
    stored id (a meeting made in Dutch reads in English under ``--lang en``); the
    stored title only when the method is gone."""
    method = library.methods_by_id().get(record.method_id or "")
    return method.name.get(language) if method else record.title


def reminder_rules(
    library: MethodLibrary, method: Method | None, presence: Presence
) -> list[LocalizedText]:
    """The rules the wall reminds of in a step without its own (the first few): with
    anyone in a video call, the rules for the call come first."""
    call = [r.text for r in library.call_rules] if presence.anyone_in_call else []
    return call + ([r.text for r in library.rules_for(method)] if method else [])


def start_prepared(
    prepared: PreparedMeeting, library: MethodLibrary, clock: Clock, language: str
) -> MeetingStart:
    method = prepared.method
    engine = SessionEngine(prepared.blocks(library), clock, prepared.attendance.participants())
    online, in_call = prepared.presence.stored(prepared.attendance.present)
    record = Meeting(
        group_id=prepared.group.id if prepared.group else None,
        title=method.name.get(language),
        method_id=method.id,
        icebreaker_id=prepared.icebreaker.id if prepared.icebreaker else None,
        created=clock.wall(),
        case_question=prepared.case_question,
        second_case_question=prepared.second_case_question,
        attendance=prepared.attendance.model_copy(update={"online": in_call}),
        blocks=engine.blocks,
        online=online,
    )
    return MeetingStart(engine, record, reminder_rules(library, method, record.presence()))


def resume_saved(record: Meeting, library: MethodLibrary, clock: Clock) -> MeetingStart | None:
    """A saved meeting with its clock where it should be; None if it never started."""
    if record.clock is None:
        return None
    engine = restore_engine(record.blocks, clock, record.attendance.participants(), record.clock)
    method = library.methods_by_id().get(record.method_id or "")
    return MeetingStart(engine, record, reminder_rules(library, method, record.presence()))


def second_case_presenter(engine: SessionEngine) -> str | None:
    """Whose second case this meeting holds (None for one case)."""
    return next((b.case_presenter for b in engine.blocks if b.case_presenter), None)


def case_presenters(engine: SessionEngine) -> list[str]:
    """One entry per case, in order (an unnamed first presenter is an empty name)."""
    presenters = [engine.participants.case_presenter or ""]
    second = second_case_presenter(engine)
    if second is not None:
        presenters.append(second)
    return presenters


def meeting_started_at(engine: SessionEngine, now: datetime) -> datetime:
    return engine.log.started(0) or now
