"""Crash recovery of the clock: a snapshot, stored as JSON, restored after a gap.

A running meeting's clock must be where it would have been without the crash;
a paused one must not have moved; turns carry on with the same person.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, RunState, SessionEngine
from intervisie_desktop.domain.methods import TurnTaking
from intervisie_desktop.domain.snapshot import EngineSnapshot, restore_engine, take_snapshot
from intervisie_desktop.domain.text import LocalizedText

PEOPLE = Participants(("Anna", "Bram", "Chris", "Dewi"), case_presenter="Dewi")


def blocks() -> list[Block]:
    def block(name: str, minutes: int, turns: TurnTaking = TurnTaking.NONE) -> Block:
        return Block(
            id=name,
            kind=BlockKind.STEP,
            title=LocalizedText(nl=name, en=name),
            planned_seconds=minutes * 60,
            turns=turns,
        )

    return [block("intro", 5), block("round", 12, TurnTaking.MEMBERS), block("close", 10)]


def stored(engine: SessionEngine) -> EngineSnapshot:
    """A snapshot as it comes back from a file."""
    return EngineSnapshot.model_validate_json(take_snapshot(engine).model_dump_json())


def later_clock(clock: FakeClock, gap: float) -> FakeClock:
    """The restarted app's clock: the wall clock moved on, the monotonic one started anew."""
    origin = 12_345.0  # a new process's monotonic clock has another origin
    restarted = FakeClock(clock.wall() + timedelta(seconds=gap - origin))
    restarted.advance(origin)
    assert restarted.wall() == clock.wall() + timedelta(seconds=gap)
    return restarted


@pytest.mark.parametrize("gap", [0.0, 1.5, 90.0, 3600.0])
def test_a_running_meeting_catches_up_the_time_that_passed(gap: float) -> None:
    clock = FakeClock()
    engine = SessionEngine(blocks(), clock, PEOPLE)
    engine.start()
    clock.advance(200)
    engine.next()
    clock.advance(70)
    snapshot = stored(engine)

    new_clock = later_clock(clock, gap)
    restored = restore_engine(blocks(), new_clock, PEOPLE, snapshot)

    assert restored.state is RunState.RUNNING
    assert restored.current == 1
    assert restored.elapsed() == pytest.approx(70 + gap)
    assert restored.remaining() == pytest.approx(12 * 60 - 70 - gap)
    assert restored.elapsed(0) == pytest.approx(200)
    assert restored.log.seconds(1) == pytest.approx(70 + gap)
    new_clock.advance(30)  # and it goes on running
    assert restored.remaining() == pytest.approx(12 * 60 - 100 - gap)


def test_a_paused_meeting_is_unchanged_after_any_gap() -> None:
    clock = FakeClock()
    engine = SessionEngine(blocks(), clock, PEOPLE)
    engine.start()
    clock.advance(100)
    engine.next()
    clock.advance(45)
    engine.pause()
    clock.advance(500)  # paused time counts for nothing
    before = (engine.current, engine.remaining(), engine.elapsed(0), engine.log.total())

    new_clock = later_clock(clock, 7200)
    restored = restore_engine(blocks(), new_clock, PEOPLE, stored(engine))

    assert restored.state is RunState.PAUSED
    after = (restored.current, restored.remaining(), restored.elapsed(0))
    assert after == pytest.approx(before[:3])
    assert restored.log.total() == pytest.approx(before[3])
    new_clock.advance(60)
    assert restored.remaining() == pytest.approx(before[1])
    restored.start()
    new_clock.advance(15)
    assert restored.remaining() == pytest.approx(before[1] - 15)


def test_turns_are_restored_with_the_same_person_and_time() -> None:
    clock = FakeClock()
    engine = SessionEngine(blocks(), clock, PEOPLE)
    engine.start()
    engine.next()  # the round: Anna, Bram, Chris take turns (Dewi presents the case)
    clock.advance(100)
    engine.next_turn()  # Anna done
    clock.advance(40)
    engine.skip_turn()  # Bram skipped for now: Chris
    clock.advance(25)
    tracker = engine.turns()
    assert tracker is not None
    expected = (tracker.current_person, sorted(tracker.done), tracker.pending)
    turn_left = tracker.turn_remaining(engine.elapsed())

    restored = restore_engine(blocks(), later_clock(clock, 0), PEOPLE, stored(engine))

    again = restored.turns()
    assert again is not None
    assert (again.current_person, sorted(again.done), again.pending) == expected
    assert again.current_person == "Chris"
    assert again.turn_remaining(restored.elapsed()) == pytest.approx(turn_left)
    assert again.spoken == tracker.spoken == {"Anna": pytest.approx(100)}  # for the tally
    restored.next_turn()
    assert again.current_person == "Bram"


def test_a_finished_meeting_keeps_its_record() -> None:
    clock = FakeClock()
    engine = SessionEngine(blocks(), clock, PEOPLE)
    engine.start()
    for seconds in (300, 700, 650):
        clock.advance(seconds)
        engine.next()
    engine.next()  # confirm: finish
    assert engine.state is RunState.FINISHED

    restored = restore_engine(blocks(), later_clock(clock, 86_400), PEOPLE, stored(engine))

    assert restored.state is RunState.FINISHED
    assert [restored.log.seconds(i) for i in range(3)] == pytest.approx([300, 700, 650])
    assert restored.log.started(0) == engine.log.started(0)
    assert restored.log.ended(2) == engine.log.ended(2)


def test_a_meeting_that_had_not_started_stays_ready() -> None:
    clock = FakeClock()
    engine = SessionEngine(blocks(), clock, PEOPLE)
    restored = restore_engine(blocks(), later_clock(clock, 600), PEOPLE, stored(engine))
    assert restored.state is RunState.READY
    assert restored.remaining() == 5 * 60


def test_a_clock_set_back_never_runs_the_countdown_backwards() -> None:
    clock = FakeClock()
    engine = SessionEngine(blocks(), clock, PEOPLE)
    engine.start()
    clock.advance(120)
    snapshot = stored(engine)
    earlier = FakeClock(clock.wall() - timedelta(hours=1))  # the wall clock was changed
    restored = restore_engine(blocks(), earlier, PEOPLE, snapshot)
    assert restored.elapsed() == pytest.approx(120)


def test_a_restored_meeting_can_be_snapshotted_and_restored_again() -> None:
    clock = FakeClock()
    engine = SessionEngine(blocks(), clock, PEOPLE)
    engine.start()
    clock.advance(100)
    first_clock = later_clock(clock, 50)
    first = restore_engine(blocks(), first_clock, PEOPLE, stored(engine))
    first_clock.advance(20)
    second = restore_engine(blocks(), later_clock(first_clock, 30), PEOPLE, stored(first))
    assert second.elapsed() == pytest.approx(100 + 50 + 20 + 30)
