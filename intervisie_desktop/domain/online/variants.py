"""Which wording of a block the wall shows, given who is in the room and who in a call.

- Everyone in the room: the room's wording, as always.
- Everyone in a call: the step's wording for a call where it has one (the rest stays
  as in the room).
- Hybrid: the room's wording stays and the call's is shown beside it where they
  differ, so that both halves read what applies to them. A note for those who only
  listen follows where they are: when the case presenter alone listens, their note
  is the one for where they sit (back turned in the room, camera off in the call).
  The rules are the room's with the call's added where they differ.

The projection and the facilitator's step panel both read this, so the panel says
exactly what the wall shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.methods import Role
from intervisie_desktop.domain.online.presence import Presence, Setting
from intervisie_desktop.domain.text import LocalizedText


class Variant(StrEnum):
    ROOM = "room"  # the room's wording (nobody in a call, or no wording for a call)
    CALL = "call"  # the call's wording instead of the room's
    BOTH = "both"  # the room's wording with the call's beside it


@dataclass(frozen=True)
class WallWording:
    instruction: str
    listener_note: str
    rules: tuple[str, ...]
    call_instruction: str = ""  # hybrid: the call's instruction beside the room's
    call_listener_note: str = ""  # hybrid, listeners in both places: the call's note
    variant: Variant = Variant.ROOM  # how the instruction was chosen


def _text(text: LocalizedText | None, language: str) -> str:
    return text.get(language) if text else ""


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(text for text in second if text not in first)


def _listeners_in_call(block: Block, presence: Presence, case_presenter: str | None) -> bool | None:
    """True when those who only listen are all in the call, False when all in the room,
    None when they are in both (or cannot be told apart)."""
    if presence.setting is Setting.ONLINE:
        return True
    if block.listeners == [Role.CASE_PRESENTER] and case_presenter:
        return presence.joins_by_video(case_presenter)
    return None


def wall_wording(
    block: Block, presence: Presence, language: str, *, case_presenter: str | None = None
) -> WallWording:
    """The block's texts for the wall. ``case_presenter`` is whose case this block is
    about (their place decides the listeners' note in a hybrid meeting)."""
    room = WallWording(
        instruction=_text(block.instruction, language),
        listener_note=_text(block.listener_note, language),
        rules=tuple(r.get(language) for r in block.rules),
    )
    online = block.online
    if online is None or not presence.anyone_in_call:
        return room
    call_instruction = _text(online.instruction, language) or room.instruction
    call_note = _text(online.listener_note, language) or room.listener_note
    call_rules = (
        room.rules if online.rules is None else tuple(r.get(language) for r in online.rules)
    )
    if presence.setting is Setting.ONLINE:
        return WallWording(
            instruction=call_instruction,
            listener_note=call_note,
            rules=call_rules,
            variant=Variant.CALL if call_instruction != room.instruction else Variant.ROOM,
        )
    in_call = _listeners_in_call(block, presence, case_presenter)
    differs = call_instruction != room.instruction
    return WallWording(
        instruction=room.instruction,
        listener_note=call_note if in_call else room.listener_note,
        rules=_union(room.rules, call_rules),
        call_instruction=call_instruction if differs else "",
        call_listener_note=call_note if in_call is None and call_note != room.listener_note else "",
        variant=Variant.BOTH if differs else Variant.ROOM,
    )


def current_wording(engine: SessionEngine, presence: Presence, language: str) -> WallWording:
    """The wording of the block the meeting is in (its case presenter: the second case's
    own, or the meeting's)."""
    block = engine.block
    presenter = block.case_presenter or engine.participants.case_presenter
    return wall_wording(block, presence, language, case_presenter=presenter)


__all__ = ["Variant", "WallWording", "current_wording", "wall_wording"]
