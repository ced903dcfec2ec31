"""Saving and restoring a running meeting's clock state.

Monotonic clock values mean nothing after a restart, so a snapshot keeps
durations and wall-clock times. When a meeting that was running is restored
after a crash, the time that passed since the snapshot counts as running time
on the block that was current: the clock is where it should be. A deliberate
quit is different: :func:`snapshot_at_quit` records it as a pause at that
moment, so the night between quitting and opening the app again is not
meeting time.
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.bounds import (
    MAX_BLOCK_SECONDS,
    MAX_BLOCKS,
    MAX_PEOPLE,
    MAX_SECONDS,
    MAX_SEGMENTS,
    Moment,
    Name,
    Seconds,
    clamp_seconds,
)
from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.engine import Participants, RunState, SessionEngine
from intervisie_desktop.domain.run_log import Segment
from intervisie_desktop.domain.turns import TurnTracker

BlockIndex = Annotated[int, Field(ge=0, lt=MAX_BLOCKS)]


class SegmentRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    block_index: BlockIndex
    wall_start: Moment
    wall_end: Moment | None
    seconds: Seconds


class TurnRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    block_index: BlockIndex
    people: Annotated[list[Name], Field(min_length=1, max_length=MAX_PEOPLE)]
    seconds_per_turn: Annotated[float, Field(gt=0, le=MAX_BLOCK_SECONDS, allow_inf_nan=False)]
    current: Annotated[int, Field(ge=0)] | None
    done: Annotated[list[Annotated[int, Field(ge=0)]], Field(max_length=MAX_PEOPLE)]
    turn_started_at: Seconds
    spoken: Annotated[dict[Name, Seconds], Field(max_length=MAX_PEOPLE)] = {}  # finished turns

    @model_validator(mode="after")
    def _people_exist(self) -> Self:
        count = len(self.people)
        if (self.current is not None and self.current >= count) or any(
            i >= count for i in self.done
        ):
            raise ValueError("a turn refers to a person who is not in the list")
        return self


class EngineSnapshot(BaseModel):
    model_config = ConfigDict(extra="forbid")

    state: RunState
    current: Annotated[int, Field(ge=0)]
    counted: Annotated[list[Seconds], Field(min_length=1, max_length=MAX_BLOCKS)]
    end_by: Moment | None
    segments: Annotated[list[SegmentRecord], Field(max_length=MAX_SEGMENTS)]
    turns: Annotated[list[TurnRecord], Field(max_length=MAX_BLOCKS)]
    saved_at: Moment
    # saved as the facilitator quit while it ran: restored paused, the time away not counted
    quit_while_running: bool = False

    @model_validator(mode="after")
    def _blocks_exist(self) -> Self:
        blocks = len(self.counted)
        indexes = [self.current] + [s.block_index for s in self.segments]
        if any(i >= blocks for i in indexes + [t.block_index for t in self.turns]):
            raise ValueError("the clock refers to a block that is not in the agenda")
        return self


def take_snapshot(engine: SessionEngine) -> EngineSnapshot:
    now = engine.clock.monotonic()
    return EngineSnapshot(
        state=engine.state,
        current=engine.current,
        counted=[clamp_seconds(engine.elapsed(i)) for i in range(len(engine.blocks))],
        end_by=engine.end_by,
        segments=[
            SegmentRecord(
                block_index=s.block_index,
                wall_start=s.wall_start,
                wall_end=s.wall_end,
                seconds=clamp_seconds(s.seconds(now)),
            )
            for s in engine.log.segments
        ],
        turns=[
            TurnRecord(
                block_index=index,
                people=tracker.people,
                seconds_per_turn=tracker.seconds_per_turn,
                current=tracker.current,
                done=sorted(tracker.done),
                turn_started_at=clamp_seconds(tracker.turn_started_at),
                spoken={p: clamp_seconds(s) for p, s in tracker.spoken.items() if p},
            )
            for index, tracker in engine.turn_trackers().items()
        ],
        saved_at=engine.clock.wall(),
    )


def snapshot_at_quit(engine: SessionEngine) -> EngineSnapshot:
    """The clock as the facilitator quits on purpose: a running meeting is recorded as
    paused at this moment (``quit_while_running`` says it ran). The engine itself is
    not changed."""
    snapshot = take_snapshot(engine)
    if snapshot.state is not RunState.RUNNING:
        return snapshot
    segments = [
        s.model_copy(update={"wall_end": snapshot.saved_at}) if s.wall_end is None else s
        for s in snapshot.segments
    ]
    return snapshot.model_copy(
        update={"state": RunState.PAUSED, "segments": segments, "quit_while_running": True}
    )


def restore_engine(
    blocks: list[Block], clock: Clock, participants: Participants, snapshot: EngineSnapshot
) -> SessionEngine:
    """Rebuild an engine; a meeting that was running goes on running, catching up
    the time that passed since the snapshot (never more than the bound on stored
    time). One that was left by a deliberate quit comes back paused."""
    engine = SessionEngine(blocks, clock, participants)
    if snapshot.quit_while_running and snapshot.state is RunState.RUNNING:
        snapshot = snapshot.model_copy(update={"state": RunState.PAUSED})
    gap = min(float(MAX_SECONDS), max(0.0, (clock.wall() - snapshot.saved_at).total_seconds()))
    now = clock.monotonic()
    running = snapshot.state is RunState.RUNNING
    segments = []
    for number, record in enumerate(snapshot.segments):
        is_open = running and number == len(snapshot.segments) - 1 and record.wall_end is None
        seconds = clamp_seconds(record.seconds + (gap if is_open else 0.0))
        segment = Segment(record.block_index, now - seconds, record.wall_start)
        if not is_open:
            segment.end = now
            segment.wall_end = record.wall_end
        segments.append(segment)
    trackers = {}
    for turn in snapshot.turns:
        tracker = TurnTracker(turn.people, turn.seconds_per_turn)
        tracker.current = turn.current
        tracker.done = set(turn.done)
        tracker.turn_started_at = turn.turn_started_at
        tracker.spoken = dict(turn.spoken)
        trackers[turn.block_index] = tracker
    counted = list(snapshot.counted)
    open_segment = segments[-1] if running and segments and segments[-1].end is None else None
    if open_segment is not None:
        # the open segment's time is counted live, not in ``counted``
        counted[snapshot.current] -= open_segment.seconds(now) - gap
    engine.load_state(
        state=snapshot.state,
        current=snapshot.current,
        counted=counted,
        segments=segments,
        open_segment=open_segment,
        end_by=snapshot.end_by,
        turns=trackers,
    )
    return engine
