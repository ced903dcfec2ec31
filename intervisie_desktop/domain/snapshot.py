"""Saving and restoring a running meeting's clock state.

Monotonic clock values mean nothing after a restart, so a snapshot keeps
durations and wall-clock times. When a meeting that was running is restored
(e.g. after a crash), the time that passed since the snapshot counts as running
time on the block that was current: the clock is where it should be.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.engine import Participants, RunState, Segment, SessionEngine
from intervisie_desktop.domain.turns import TurnTracker


class SegmentRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    block_index: int
    wall_start: datetime
    wall_end: datetime | None
    seconds: float


class TurnRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    block_index: int
    people: list[str]
    seconds_per_turn: float
    current: int | None
    done: list[int]
    turn_started_at: float


class EngineSnapshot(BaseModel):
    model_config = ConfigDict(extra="forbid")

    state: RunState
    current: int
    counted: list[float]
    end_by: datetime | None
    segments: list[SegmentRecord]
    turns: list[TurnRecord]
    saved_at: datetime


def take_snapshot(engine: SessionEngine) -> EngineSnapshot:
    now = engine.clock.monotonic()
    return EngineSnapshot(
        state=engine.state,
        current=engine.current,
        counted=[engine.elapsed(i) for i in range(len(engine.blocks))],
        end_by=engine.end_by,
        segments=[
            SegmentRecord(
                block_index=s.block_index,
                wall_start=s.wall_start,
                wall_end=s.wall_end,
                seconds=s.seconds(now),
            )
            for s in engine.segments
        ],
        turns=[
            TurnRecord(
                block_index=index,
                people=tracker.people,
                seconds_per_turn=tracker.seconds_per_turn,
                current=tracker.current,
                done=sorted(tracker.done),
                turn_started_at=tracker.turn_started_at,
            )
            for index, tracker in engine.turn_trackers().items()
        ],
        saved_at=engine.clock.wall(),
    )


def restore_engine(
    blocks: list[Block], clock: Clock, participants: Participants, snapshot: EngineSnapshot
) -> SessionEngine:
    """Rebuild an engine; a meeting that was running goes on running, catching up
    the time that passed since the snapshot."""
    engine = SessionEngine(blocks, clock, participants)
    gap = max(0.0, (clock.wall() - snapshot.saved_at).total_seconds())
    now = clock.monotonic()
    running = snapshot.state is RunState.RUNNING
    segments = []
    for number, record in enumerate(snapshot.segments):
        is_open = running and number == len(snapshot.segments) - 1 and record.wall_end is None
        seconds = record.seconds + (gap if is_open else 0.0)
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
