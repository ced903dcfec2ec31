"""The public projection: everything the room may see, and nothing else.

The presenter (projector) view is built only from a :class:`PublicView`. It has
no field for the facilitator's guidance or for private notes, so those cannot
reach the projector by mistake; board items reach it only when shared on purpose.
When people join by video call, the wall words the step for them (see
``online/variants.py``) and says who is in the call.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from intervisie_desktop.domain.agenda import Block, BlockKind, case_number, step_title
from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.methods import Role
from intervisie_desktop.domain.online.presence import Presence, Setting
from intervisie_desktop.domain.online.variants import current_wording
from intervisie_desktop.domain.outline import Part, outline_block_id
from intervisie_desktop.domain.text import LocalizedText
from intervisie_desktop.domain.timefmt import format_countdown

FLASH_SECONDS = 1.5


class TimerPhase(StrEnum):
    READY = "ready"
    NORMAL = "normal"
    WARNING = "warning"  # the last minute (configurable)
    OVERRUN = "overrun"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class SharedItem:
    """A board item the facilitator chose to show to the room."""

    text: str
    detail: str = ""  # e.g. a rating "W", or who gave an advice


@dataclass(frozen=True)
class SharedList:
    title: str
    items: tuple[SharedItem, ...]


class MeetingRole(StrEnum):
    """The roles of today's meeting, as the room is told them."""

    CASE_PRESENTER = "case_presenter"
    SECOND_CASE_PRESENTER = "second_case_presenter"
    FACILITATOR = "facilitator"
    SCRIBE = "scribe"


@dataclass(frozen=True)
class RoleHolder:
    role: MeetingRole
    name: str


@dataclass(frozen=True)
class PublicStep:
    """One step of the method, as the explanation of the method lists it."""

    number: int
    title: str
    minutes: float  # as planned now (a re-plan may make it 7.5)


@dataclass(frozen=True)
class PublicView:
    meeting_title: str
    block_title: str
    step_number: int | None
    step_count: int | None
    countdown: str
    remaining_seconds: float
    phase: TimerPhase
    progress: float
    instruction: str
    speakers: tuple[Role, ...]
    listeners: tuple[Role, ...]
    listener_note: str
    current_speaker: str | None
    next_speaker: str | None
    turn_countdown: str | None
    rules: tuple[str, ...]
    next_block_title: str | None
    flash: bool  # just reached zero: the view flashes once
    shared: tuple[SharedList, ...] = ()
    method_steps: tuple[PublicStep, ...] = ()  # only while the method is explained
    roles: tuple[RoleHolder, ...] = ()  # only while roles and rules are gone through
    rules_in_focus: bool = False  # the rules are what this block is about, not a reminder
    case_question: str = ""  # only when the facilitator puts it on the wall
    closing_asked: bool = False  # "next" on the last block: finish the meeting?
    page: int = 0  # which page of a long shared list the facilitator shows (wraps)
    setting: Setting = Setting.ROOM  # in the room, in a video call, or hybrid
    call_instruction: str = ""  # hybrid: the step's wording for those in the call
    call_listener_note: str = ""  # hybrid: the listeners' note for those in the call
    current_speaker_in_call: bool = False  # joins by video (worth saying in a hybrid meeting)
    next_speaker_in_call: bool = False


def timer_phase(engine: SessionEngine, warning_seconds: float) -> TimerPhase:
    if engine.state is RunState.READY:
        return TimerPhase.READY
    if engine.state is RunState.FINISHED:
        return TimerPhase.FINISHED
    if engine.state is RunState.PAUSED:
        return TimerPhase.PAUSED
    remaining = engine.remaining()
    if remaining <= 0:
        return TimerPhase.OVERRUN
    if remaining <= warning_seconds:
        return TimerPhase.WARNING
    return TimerPhase.NORMAL


EXPLAIN_BLOCK_ID = outline_block_id(Part.EXPLAIN)


def method_steps(blocks: list[Block], block: Block, language: str) -> tuple[PublicStep, ...]:
    """The method's steps with their minutes, while the method is being explained
    (the first case's run of the method; nothing on any other block)."""
    if block.id != EXPLAIN_BLOCK_ID:
        return ()
    return tuple(
        PublicStep(b.step_number or 0, step_title(b, language), b.planned_seconds / 60)
        for b in blocks
        if b.kind is BlockKind.STEP and case_number(b.id) == 1
    )


def roles_in_view(block: Block, roles: tuple[RoleHolder, ...]) -> tuple[RoleHolder, ...]:
    """Who has which role today: shown while roles and rules are gone through."""
    return roles if block.kind is BlockKind.RULES else ()


def case_question_in_view(block: Block, case_questions: tuple[str, ...], show: bool) -> str:
    """The question of the case being discussed, only when the facilitator shows it."""
    index = case_number(block.id) - 1
    if not show or index >= len(case_questions):
        return ""
    return case_questions[index].strip()


def closing_screen(view: PublicView) -> PublicView:
    """After the meeting: a calm screen, without the last step's instruction or lists."""
    return replace(
        view,
        instruction="",
        speakers=(),
        listeners=(),
        listener_note="",
        current_speaker=None,
        next_speaker=None,
        turn_countdown=None,
        rules=(),
        next_block_title=None,
        flash=False,
        shared=(),
        method_steps=(),
        roles=(),
        rules_in_focus=False,
        case_question="",
        closing_asked=False,
        call_instruction="",
        call_listener_note="",
        current_speaker_in_call=False,
        next_speaker_in_call=False,
    )


def project(
    engine: SessionEngine,
    language: str,
    *,
    meeting_title: str = "",
    reminder_rules: list[LocalizedText] | None = None,
    warning_seconds: float = 60,
    shared: tuple[SharedList, ...] = (),
    roles: tuple[RoleHolder, ...] = (),
    case_questions: tuple[str, ...] = (),
    show_case_question: bool = False,
    page: int = 0,
    presence: Presence | None = None,
) -> PublicView:
    """What the projector shows right now (``presence``: who is in a video call)."""
    block = engine.block
    presence = presence or Presence()
    remaining = engine.remaining()
    phase = timer_phase(engine, warning_seconds)
    turns = engine.turns()
    speaker = turns.current_person if turns else None
    following_speaker = turns.next_person() if turns and speaker else None
    wording = current_wording(engine, presence, language)
    rules = wording.rules or tuple(r.get(language) for r in (reminder_rules or [])[:3])
    following = (
        engine.blocks[engine.current + 1] if engine.current + 1 < len(engine.blocks) else None
    )
    view = PublicView(
        meeting_title=meeting_title,
        block_title=block.title.get(language),
        step_number=block.step_number,
        step_count=block.step_count,
        countdown=format_countdown(remaining),
        remaining_seconds=remaining,
        phase=phase,
        progress=engine.progress(),
        instruction=wording.instruction,
        speakers=tuple(block.speakers),
        listeners=tuple(block.listeners),
        listener_note=wording.listener_note,
        current_speaker=speaker,
        next_speaker=following_speaker,
        turn_countdown=(
            format_countdown(turns.turn_remaining(engine.elapsed())) if turns and speaker else None
        ),
        rules=rules,
        next_block_title=following.title.get(language) if following else None,
        flash=phase is TimerPhase.OVERRUN and -remaining < FLASH_SECONDS,
        shared=shared,
        method_steps=method_steps(engine.blocks, block, language),
        roles=roles_in_view(block, roles),
        rules_in_focus=block.kind is BlockKind.RULES,
        case_question=case_question_in_view(block, case_questions, show_case_question),
        closing_asked=engine.closing_asked,
        page=page,
        setting=presence.setting,
        call_instruction=wording.call_instruction,
        call_listener_note=wording.call_listener_note,
        current_speaker_in_call=presence.joins_by_video(speaker),
        next_speaker_in_call=presence.joins_by_video(following_speaker),
    )
    return closing_screen(view) if phase is TimerPhase.FINISHED else view
