"""The public projection: everything the room may see, and nothing else.

The presenter (projector) view is built only from a :class:`PublicView`. It has
no field for the facilitator's guidance or for private notes, so those cannot
reach the projector by mistake; board items reach it only when shared on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.methods import Role
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


def project(
    engine: SessionEngine,
    language: str,
    *,
    meeting_title: str = "",
    reminder_rules: list[LocalizedText] | None = None,
    warning_seconds: float = 60,
    shared: tuple[SharedList, ...] = (),
) -> PublicView:
    """What the projector shows right now."""
    block = engine.block
    remaining = engine.remaining()
    phase = timer_phase(engine, warning_seconds)
    turns = engine.turns()
    speaker = turns.current_person if turns else None
    rules = block.rules or (reminder_rules or [])[:3]
    following = (
        engine.blocks[engine.current + 1] if engine.current + 1 < len(engine.blocks) else None
    )
    return PublicView(
        meeting_title=meeting_title,
        block_title=block.title.get(language),
        step_number=block.step_number,
        step_count=block.step_count,
        countdown=format_countdown(remaining),
        remaining_seconds=remaining,
        phase=phase,
        progress=engine.progress(),
        instruction=block.instruction.get(language) if block.instruction else "",
        speakers=tuple(block.speakers),
        listeners=tuple(block.listeners),
        listener_note=block.listener_note.get(language) if block.listener_note else "",
        current_speaker=speaker,
        next_speaker=turns.next_person() if turns and speaker else None,
        turn_countdown=(
            format_countdown(turns.turn_remaining(engine.elapsed())) if turns and speaker else None
        ),
        rules=tuple(r.get(language) for r in rules),
        next_block_title=following.title.get(language) if following else None,
        flash=phase is TimerPhase.OVERRUN and -remaining < FLASH_SECONDS,
        shared=shared,
    )
