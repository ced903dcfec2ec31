"""The stored meeting keeps what a crash or a quit must not lose: the line being typed,
whether the facilitator closed it for good, and a deliberate quit as a pause."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.meeting import Draft, Meeting
from intervisie_desktop.domain.snapshot import (
    EngineSnapshot,
    restore_engine,
    snapshot_at_quit,
    take_snapshot,
)
from intervisie_desktop.domain.text import LocalizedText


def agenda() -> list[Block]:
    return [
        Block(
            id=name,
            kind=BlockKind.STEP,
            title=LocalizedText(nl=name, en=name),
            planned_seconds=minutes * 60,
        )
        for name, minutes in (("intro", 5), ("questions", 10), ("close", 10))
    ]


def record(clock: FakeClock, engine: SessionEngine | None = None) -> Meeting:
    return Meeting(
        created=clock.wall(),
        blocks=agenda(),
        clock=None if engine is None else take_snapshot(engine),
    )


def reopened(clock: FakeClock, hours: float) -> FakeClock:
    return FakeClock(clock.wall() + timedelta(hours=hours))


def test_a_quit_during_a_running_meeting_is_a_pause_at_that_moment() -> None:
    clock = FakeClock()
    engine = SessionEngine(agenda(), clock)
    engine.start()
    clock.advance(100)
    engine.next()
    clock.advance(40)
    left = EngineSnapshot.model_validate_json(snapshot_at_quit(engine).model_dump_json())
    assert left.state is RunState.PAUSED
    assert left.quit_while_running
    assert engine.state is RunState.RUNNING  # taking the snapshot changes nothing live

    later = reopened(clock, 20)  # opened again the next morning
    restored = restore_engine(agenda(), later, engine.participants, left)
    assert restored.state is RunState.PAUSED
    assert restored.current == 1
    assert restored.elapsed() == pytest.approx(40)  # the night is not meeting time
    assert restored.log.total() == pytest.approx(140)
    later.advance(600)
    assert restored.elapsed() == pytest.approx(40)
    restored.start()
    later.advance(5)
    assert restored.elapsed() == pytest.approx(45)


def test_a_crash_still_counts_the_time_that_passed() -> None:
    clock = FakeClock()
    engine = SessionEngine(agenda(), clock)
    engine.start()
    clock.advance(100)
    restored = restore_engine(
        agenda(), reopened(clock, 0.5), engine.participants, take_snapshot(engine)
    )
    assert restored.state is RunState.RUNNING
    assert restored.elapsed() == pytest.approx(100 + 1800)


def test_a_quit_while_paused_or_before_the_start_changes_nothing() -> None:
    clock = FakeClock()
    engine = SessionEngine(agenda(), clock)
    assert snapshot_at_quit(engine).state is RunState.READY
    engine.start()
    clock.advance(30)
    engine.pause()
    left = snapshot_at_quit(engine)
    assert left.state is RunState.PAUSED and not left.quit_while_running
    assert left.counted == take_snapshot(engine).counted


def test_a_quit_record_from_a_running_state_is_restored_paused() -> None:
    """Even a snapshot that says running is not caught up when it says it was a quit."""
    clock = FakeClock()
    engine = SessionEngine(agenda(), clock)
    engine.start()
    clock.advance(60)
    odd = take_snapshot(engine).model_copy(update={"quit_while_running": True})
    restored = restore_engine(agenda(), reopened(clock, 3), engine.participants, odd)
    assert restored.state is RunState.PAUSED
    assert restored.elapsed() == pytest.approx(60)


def test_the_entry_line_draft_and_closing_are_kept() -> None:
    clock = FakeClock()
    meeting = record(clock)
    meeting.draft = Draft(
        text="Wat maakt het voor jou zo", kind=ItemKind.QUESTION, block_id="questions"
    )
    meeting.closed = True
    again = Meeting.model_validate_json(meeting.model_dump_json())
    assert again.draft == meeting.draft
    assert again.closed


def test_only_a_started_unfinished_unclosed_meeting_asks_to_be_resumed() -> None:
    clock = FakeClock()
    engine = SessionEngine(agenda(), clock)
    assert not record(clock, engine).unfinished  # never started
    engine.start()
    running = record(clock, engine)
    assert running.unfinished
    assert not running.model_copy(update={"closed": True}).unfinished
    engine.finish()
    assert not record(clock, engine).unfinished
