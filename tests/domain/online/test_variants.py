"""Which wording the wall shows: the room's, the call's, or (hybrid) both."""

from __future__ import annotations

from intervisie_desktop.domain.agenda import Block, BlockKind, method_blocks
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import MethodLibrary, Role
from intervisie_desktop.domain.online.presence import Presence, Setting
from intervisie_desktop.domain.online.variants import Variant, current_wording, wall_wording
from intervisie_desktop.domain.online.wording import OnlineWording
from intervisie_desktop.domain.outline import build_meeting_agenda, default_outline
from intervisie_desktop.domain.text import LocalizedText

ONLINE = Presence(Setting.ONLINE)
DEWI_IN_CALL = Presence.of(False, ["Dewi"])
ANNA_IN_CALL = Presence.of(False, ["Anna"])


def _block(library: MethodLibrary, method_id: str, step_id: str) -> Block:
    return next(
        b for b in method_blocks(library.get(method_id)) if b.id == f"{method_id}.{step_id}"
    )


def test_in_the_room_the_wall_keeps_the_rooms_wording(library: MethodLibrary) -> None:
    gossip = _block(library, "roddel", "gossip")
    wording = wall_wording(gossip, Presence(), "en", case_presenter="Dewi")
    assert "back to the group" in wording.listener_note
    assert wording.rules == (
        "The case presenter does not respond.",
        "About the question, not the person.",
    )
    assert wording.call_instruction == wording.call_listener_note == ""
    assert wording.variant is Variant.ROOM


def test_online_the_case_presenter_turns_the_camera_off(library: MethodLibrary) -> None:
    gossip = _block(library, "roddel", "gossip")
    wording = wall_wording(gossip, ONLINE, "nl", case_presenter="Dewi")
    assert "camera" in wording.listener_note and "rug" not in wording.listener_note
    assert "De casusinbrenger reageert niet, ook niet in de chat." in wording.rules
    assert wording.instruction == gossip.instruction.nl  # type: ignore[union-attr]
    assert wording.variant is Variant.ROOM  # the instruction itself is the room's


def test_online_the_call_wording_replaces_the_instruction(library: MethodLibrary) -> None:
    feedback = _block(library, "roddel", "feedback")
    wording = wall_wording(feedback, ONLINE, "en")
    assert "camera back on" in wording.instruction and "circle" not in wording.instruction
    assert wording.call_instruction == ""
    assert wording.variant is Variant.CALL


def test_hybrid_the_note_follows_where_the_case_presenter_is(library: MethodLibrary) -> None:
    gossip = _block(library, "roddel", "gossip")
    in_call = wall_wording(gossip, DEWI_IN_CALL, "en", case_presenter="Dewi")
    in_room = wall_wording(gossip, ANNA_IN_CALL, "en", case_presenter="Dewi")
    assert "camera" in in_call.listener_note and "back" not in in_call.listener_note
    assert "back to the group" in in_room.listener_note
    assert in_call.call_listener_note == in_room.call_listener_note == ""
    # the rules hold for both halves: the room's, with what the call adds
    assert in_room.rules == (
        "The case presenter does not respond.",
        "About the question, not the person.",
        "The case presenter does not respond, not even in the chat.",
    )


def test_hybrid_shows_the_rooms_instruction_with_the_calls_beside_it(
    library: MethodLibrary,
) -> None:
    questions = _block(library, "tienstappen", "clarifying-questions")
    wording = wall_wording(questions, ANNA_IN_CALL, "en")
    assert "sticky note" in wording.instruction
    assert "chat" in wording.call_instruction and "sticky" not in wording.call_instruction
    assert wording.variant is Variant.BOTH
    assert "One question per sticky note." in wording.rules
    assert "One question per chat message." in wording.rules
    assert len(wording.rules) == 4  # the two shared rules only once


def test_listeners_in_both_places_get_both_notes() -> None:
    block = Block(
        id="own.listen",
        kind=BlockKind.STEP,
        title=LocalizedText(nl="Luisteren", en="Listening"),
        planned_seconds=600,
        speakers=[Role.CASE_PRESENTER],
        listeners=[Role.MEMBERS],
        listener_note=LocalizedText(nl="Pen en papier.", en="Pen and paper."),
        online=OnlineWording(listener_note=LocalizedText(nl="Microfoon uit.", en="Mic off.")),
    )
    wording = wall_wording(block, ANNA_IN_CALL, "en", case_presenter="Dewi")
    assert (wording.listener_note, wording.call_listener_note) == ("Pen and paper.", "Mic off.")
    assert wall_wording(block, ONLINE, "en").listener_note == "Mic off."


def test_a_step_without_a_call_wording_reads_the_same_everywhere(library: MethodLibrary) -> None:
    intro = _block(library, "roddel", "introduction")
    same = wall_wording(intro, Presence(), "nl")
    for presence in (ONLINE, DEWI_IN_CALL, ANNA_IN_CALL):
        assert wall_wording(intro, presence, "nl", case_presenter="Dewi") == same


def test_with_two_cases_the_note_follows_each_cases_own_presenter(library: MethodLibrary) -> None:
    method = library.get("roddel")
    blocks = build_meeting_agenda(
        default_outline(False), method, [], None, 5, second_case_presenter="Bram"
    )
    engine = SessionEngine(blocks, FakeClock(), Participants(("Anna", "Bram", "Dewi"), "Dewi"))
    bram_in_call = Presence.of(False, ["Bram"])
    notes = []
    for case in (1, 2):
        engine.jump(next(i for i, b in enumerate(blocks) if b.id == f"case{case}.roddel.gossip"))
        notes.append(current_wording(engine, bram_in_call, "en").listener_note)
    assert "back to the group" in notes[0]  # Dewi's case: she sits in the room
    assert "camera" in notes[1]  # Bram's case: he is in the call
