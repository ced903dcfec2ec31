"""An online or hybrid meeting from preparation to the wall, and after a resume: the
record keeps who was in the call, the wall words the steps for it, and nothing
private reaches the wall on the way."""

from __future__ import annotations

from dataclasses import astuple

from intervisie_desktop.domain.agenda import BlockKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.meeting import Attendance
from intervisie_desktop.domain.meeting_start import MeetingStart, resume_saved, start_prepared
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.online.presence import Presence, Setting
from intervisie_desktop.domain.outline import default_outline
from intervisie_desktop.domain.preparation import PreparedMeeting
from intervisie_desktop.domain.projection import PublicView, TimerPhase, project
from intervisie_desktop.domain.snapshot import take_snapshot

PRESENT = ["Anna", "Bram", "Chris", "Dewi", "Eva"]


def _start(library: MethodLibrary, method_id: str, presence: Presence) -> MeetingStart:
    prepared = PreparedMeeting(
        group=None,
        attendance=Attendance(present=PRESENT, case_presenter="Dewi", facilitator="Anna"),
        case_question="How do I say no?",
        method=library.get(method_id),
        icebreaker=None,
        outline=tuple(default_outline(False)),
        presence=presence,
    )
    return start_prepared(prepared, library, FakeClock(), "en")


def _view_at(start: MeetingStart, block_id: str) -> PublicView:
    engine = start.engine
    engine.jump(next(i for i, b in enumerate(engine.blocks) if b.id == block_id))
    return project(engine, "en", reminder_rules=start.reminder_rules, presence=start.presence)


def test_the_record_keeps_an_online_meeting_and_who_joins_a_hybrid_one(
    library: MethodLibrary,
) -> None:
    online = _start(library, "roddel", Presence(Setting.ONLINE)).record
    assert online.online and online.attendance.online == []
    hybrid = _start(library, "roddel", Presence(Setting.HYBRID, frozenset({"Eva", "Dewi"}))).record
    assert not hybrid.online and hybrid.attendance.online == ["Dewi", "Eva"]
    room = _start(library, "roddel", Presence()).record
    assert not room.online and room.attendance.online == []


def test_an_online_gossip_step_asks_for_the_camera_off_and_words_the_roles_hint(
    library: MethodLibrary,
) -> None:
    start = _start(library, "roddel", Presence(Setting.ONLINE))
    view = _view_at(start, "roddel.gossip")
    assert view.setting is Setting.ONLINE
    assert "camera" in view.listener_note and "back" not in view.listener_note
    assert "The case presenter does not respond, not even in the chat." in view.rules
    room = _view_at(_start(library, "roddel", Presence()), "roddel.gossip")
    assert room.setting is Setting.ROOM and "back to the group" in room.listener_note


def test_online_the_wall_reminds_of_the_rules_for_a_call_first(library: MethodLibrary) -> None:
    start = _start(library, "tienstappen", Presence(Setting.ONLINE))
    view = _view_at(start, "tienstappen.extra-questions")  # a step without rules of its own
    assert view.rules == tuple(r.text.en for r in library.call_rules)
    rules_block = next(b for b in start.engine.blocks if b.kind is BlockKind.RULES)
    assert {r.en for r in rules_block.rules} >= {r.text.en for r in library.call_rules}
    room = _start(library, "tienstappen", Presence())
    assert _view_at(room, "tienstappen.extra-questions").rules == tuple(
        r.text.en for r in library.common_rules[:3]
    )
    room_rules = next(b for b in room.engine.blocks if b.kind is BlockKind.RULES).rules
    assert not {r.en for r in room_rules} & {r.text.en for r in library.call_rules}


def test_hybrid_turns_say_who_is_in_the_call(library: MethodLibrary) -> None:
    start = _start(library, "vijfstappen", Presence(Setting.HYBRID, frozenset({"Bram"})))
    start.engine.start()
    view = _view_at(start, "vijfstappen.advice-round")
    assert (view.current_speaker, view.current_speaker_in_call) == ("Anna", False)
    assert (view.next_speaker, view.next_speaker_in_call) == ("Bram", True)
    assert view.call_instruction == ""  # the advice round has no wording for a call


def test_a_resumed_meeting_is_worded_as_it_began(library: MethodLibrary) -> None:
    start = _start(library, "roddel", Presence(Setting.HYBRID, frozenset({"Dewi"})))
    start.engine.start()
    before = _view_at(start, "roddel.gossip")
    record = start.record.model_copy(update={"clock": take_snapshot(start.engine)})
    resumed = resume_saved(record, library, FakeClock())
    assert resumed is not None and resumed.presence == start.presence
    assert resumed.reminder_rules == start.reminder_rules
    after = project(
        resumed.engine, "en", reminder_rules=resumed.reminder_rules, presence=resumed.presence
    )
    assert (after.listener_note, after.rules, after.setting) == (
        before.listener_note,
        before.rules,
        before.setting,
    )
    assert "camera" in after.listener_note  # Dewi, the case presenter, is in the call


def test_nothing_private_reaches_the_wall_of_an_online_meeting(library: MethodLibrary) -> None:
    for presence in (Presence(Setting.ONLINE), Presence.of(False, ["Dewi"])):
        start = _start(library, "tienstappen", presence)
        for index, block in enumerate(start.engine.blocks):
            start.engine.jump(index)
            view = project(start.engine, "nl", presence=presence)
            shown = " ".join(str(value) for value in astuple(view))
            assert not block.guidance or block.guidance.nl not in shown


def test_the_closing_screen_of_an_online_meeting_drops_the_calls_texts(
    library: MethodLibrary,
) -> None:
    start = _start(library, "tienstappen", Presence.of(False, ["Anna"]))
    engine = start.engine
    engine.start()
    engine.jump(
        next(i for i, b in enumerate(engine.blocks) if b.id.endswith("clarifying-questions"))
    )
    assert project(engine, "en", presence=start.presence).call_instruction
    engine.finish()
    view = project(engine, "en", presence=start.presence)
    assert view.phase is TimerPhase.FINISHED
    assert (view.call_instruction, view.call_listener_note, view.instruction) == ("", "", "")
