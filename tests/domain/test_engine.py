"""The session engine against a fake clock: no sleeps, exact times."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intervisie_desktop.domain.agenda import Block, BlockKind, build_agenda
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import (
    Participants,
    RunState,
    SessionEngine,
    StaleProposalError,
)
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.methods import MethodLibrary, TurnTaking
from intervisie_desktop.domain.text import LocalizedText
from intervisie_desktop.domain.timefmt import format_countdown


def block(
    minutes: float,
    *,
    protected: bool = False,
    turns: TurnTaking = TurnTaking.NONE,
    per_turn: int | None = None,
    name: str = "b",
) -> Block:
    return Block(
        id=name,
        kind=BlockKind.STEP,
        title=LocalizedText(nl=name, en=name),
        planned_seconds=int(minutes * 60),
        protected=protected,
        turns=turns,
        seconds_per_turn=per_turn,
    )


def engine(*minutes: float, clock: FakeClock | None = None) -> SessionEngine:
    return SessionEngine(
        [block(m, name=f"b{i}") for i, m in enumerate(minutes)], clock or FakeClock()
    )


def test_countdown_runs_from_the_plan_and_overruns_past_zero() -> None:
    clock = FakeClock()
    e = engine(5, 10, clock=clock)
    e.start()
    clock.advance(120)
    assert e.remaining() == 180
    clock.advance(200)
    assert e.remaining() == -20
    assert e.overrun() == 20
    assert e.progress() == 1.0


def test_pause_freezes_the_countdown() -> None:
    clock = FakeClock()
    e = engine(5, clock=clock)
    e.start()
    clock.advance(60)
    e.pause()
    clock.advance(600)
    assert e.remaining() == 240
    e.toggle_pause()
    assert e.state is RunState.RUNNING
    clock.advance(40)
    assert e.remaining() == 200


def test_next_and_previous_keep_each_blocks_own_time() -> None:
    clock = FakeClock()
    e = engine(5, 10, clock=clock)
    e.start()
    clock.advance(100)
    e.next()
    assert e.current == 1 and e.remaining() == 600
    clock.advance(30)
    e.previous()
    assert e.current == 0 and e.remaining() == 200
    assert e.log.seconds(1) == 30


def test_next_on_last_block_asks_first_then_finishes_and_previous_reopens() -> None:
    clock = FakeClock()
    e = engine(1, clock=clock)
    e.start()
    clock.advance(60)
    e.next()  # one press of the clicker on the last block only asks
    assert e.closing_asked and e.state is RunState.RUNNING
    clock.advance(30)
    e.next()  # the second press finishes
    assert e.state is RunState.FINISHED and not e.closing_asked
    clock.advance(500)
    assert e.log.seconds(0) == 90
    e.previous()
    assert e.state is RunState.RUNNING
    assert e.remaining() == -30


def test_previous_takes_the_finish_question_back_and_keeps_the_last_block() -> None:
    clock = FakeClock()
    e = engine(5, 10, clock=clock)
    e.start()
    e.next()
    e.next()
    assert e.closing_asked
    e.previous()
    assert not e.closing_asked and e.current == 1 and e.state is RunState.RUNNING
    e.next()
    e.jump(0)  # any move elsewhere forgets the question
    assert not e.closing_asked and e.current == 0


def test_moving_before_the_start_does_not_start_the_clock() -> None:
    clock = FakeClock()
    e = engine(5, 10, clock=clock)
    e.next()
    clock.advance(100)
    assert e.state is RunState.READY
    assert e.current == 1 and e.remaining() == 600
    e.next()  # on the last block before starting: nothing to finish
    assert e.state is RunState.READY


def test_jump_while_paused_runs_the_new_block() -> None:
    clock = FakeClock()
    e = engine(5, 10, 15, clock=clock)
    e.start()
    e.pause()
    e.jump(2)
    clock.advance(10)
    assert e.state is RunState.RUNNING and e.remaining() == 890
    with pytest.raises(IndexError):
        e.jump(3)


def test_minutes_can_be_added_and_removed_but_never_below_one() -> None:
    clock = FakeClock()
    e = engine(2, clock=clock)
    e.start()
    clock.advance(30)
    e.add_minutes(1)
    assert e.remaining() == 150
    for _ in range(5):
        e.add_minutes(-1)
    assert e.block.planned_seconds == 60
    assert e.remaining() == 30


def test_restart_block_starts_the_countdown_again_but_keeps_the_record() -> None:
    clock = FakeClock()
    e = engine(5, clock=clock)
    e.start()
    clock.advance(200)
    e.restart_block()
    clock.advance(10)
    assert e.remaining() == 290
    assert e.log.seconds(0) == 210


def test_actual_start_and_end_are_recorded_in_wall_time() -> None:
    clock = FakeClock()
    start = clock.wall()
    e = engine(5, 10, clock=clock)
    e.start()
    clock.advance(330)
    e.next()
    clock.advance(600)
    e.finish()
    assert e.log.started(0) == start
    assert e.log.ended(0) == start + timedelta(seconds=330)
    assert e.log.ended(1) == start + timedelta(seconds=930)
    assert e.projected_end() == start + timedelta(seconds=930)


def test_projected_end_follows_overrun_and_pauses() -> None:
    clock = FakeClock()
    start = clock.wall()
    e = engine(10, 20, clock=clock)
    assert e.projected_end() == start + timedelta(minutes=30)
    e.start()
    clock.advance(15 * 60)  # 5 minutes over
    assert e.projected_end() == start + timedelta(minutes=35)
    e.pause()
    clock.advance(60)
    assert e.projected_end() == start + timedelta(minutes=36)


def test_replan_spreads_lateness_in_proportion_and_spares_protected_blocks() -> None:
    clock = FakeClock()
    blocks = [
        block(10, name="a"),
        block(20, name="b"),
        block(10, name="c"),
        block(10, protected=True, name="eval"),
    ]
    e = SessionEngine(blocks, clock)
    e.set_end_by(clock.wall() + timedelta(minutes=50))
    e.start()
    clock.advance(16 * 60)  # six minutes over on the first block
    proposal = e.replan_proposal()
    assert proposal is not None
    cuts = {c.index: (c.old_seconds - c.new_seconds) // 60 for c in proposal.changes}
    assert cuts == {1: 4, 2: 2}
    assert proposal.shortfall_seconds == 0
    e.accept_replan(proposal)
    assert [b.planned_seconds // 60 for b in e.blocks] == [10, 16, 8, 10]
    e.next()
    assert e.budget_difference() == 0


def test_replan_never_cuts_below_the_minimum_and_reports_the_shortfall() -> None:
    clock = FakeClock()
    e = SessionEngine([block(10), block(4, name="x"), block(10, protected=True, name="e")], clock)
    e.set_end_by(clock.wall() + timedelta(minutes=24))
    e.start()
    clock.advance(20 * 60)  # ten minutes late
    proposal = e.replan_proposal()
    assert proposal is not None
    assert [(c.index, c.new_seconds) for c in proposal.changes] == [(1, 120)]
    assert proposal.shortfall_seconds == 8 * 60


def test_replan_gives_spare_time_back_when_early() -> None:
    clock = FakeClock()
    blocks = [block(10), block(10, name="x"), block(10, name="y"), block(20, name="z")]
    e = SessionEngine(blocks, clock)
    e.set_end_by(clock.wall() + timedelta(minutes=56))
    e.start()
    e.next()  # the first block ended at once: 16 minutes to spare
    proposal = e.replan_proposal()
    assert proposal is not None
    assert [(c.index, c.new_seconds // 60) for c in proposal.changes] == [(2, 15), (3, 31)]


def test_a_stale_proposal_is_refused() -> None:
    clock = FakeClock()
    e = SessionEngine([block(10), block(10, name="x")], clock)
    e.set_end_by(clock.wall())
    e.start()
    proposal = e.replan_proposal()
    assert proposal is not None
    e.add_minutes(1)
    with pytest.raises(StaleProposalError):
        e.accept_replan(proposal)


def test_no_proposal_without_budget_or_when_on_time() -> None:
    clock = FakeClock()
    e = engine(10, 10, clock=clock)
    assert e.replan_proposal() is None
    e.set_end_by(clock.wall() + timedelta(minutes=20, seconds=30))
    assert e.replan_proposal() is None


def test_turns_give_each_member_an_equal_share_and_skip_the_case_presenter() -> None:
    clock = FakeClock()
    people = Participants(("Anna", "Bram", "Chris", "Dewi"), case_presenter="Bram")
    e = SessionEngine([block(9, turns=TurnTaking.MEMBERS)], clock, people)
    e.start()
    turns = e.turns()
    assert turns is not None
    assert turns.people == ["Anna", "Chris", "Dewi"]
    assert turns.current_person == "Anna"
    clock.advance(200)
    assert turns.turn_remaining(e.elapsed()) == -20
    e.next_turn()
    assert turns.current_person == "Chris"
    assert turns.turn_remaining(e.elapsed()) == 180
    e.skip_turn()
    assert turns.current_person == "Dewi"
    e.next_turn()
    assert turns.current_person == "Chris"  # skipped, so still pending
    e.next_turn()
    assert turns.current_person is None and turns.pending == []
    e.previous_turn()
    assert turns.current_person == "Dewi" and turns.pending == ["Dewi"]


def test_fixed_time_per_person_and_marking_someone_done() -> None:
    clock = FakeClock()
    people = Participants(("Anna", "Bram", "Chris"), case_presenter="Bram")
    e = SessionEngine([block(5, turns=TurnTaking.EVERYONE, per_turn=30)], clock, people)
    e.start()
    turns = e.turns()
    assert turns is not None and turns.seconds_per_turn == 30
    e.mark_turn_done("Chris")
    assert turns.pending == ["Anna", "Bram"]
    assert turns.next_person() == "Bram"
    e.pause()
    clock.advance(100)
    assert turns.turn_remaining(e.elapsed()) == 30  # paused time never counts


def test_each_finished_turn_adds_its_time_to_the_speaker_and_a_skip_adds_none() -> None:
    clock = FakeClock()
    people = Participants(("Anna", "Bram", "Chris", "Dewi"), case_presenter="Bram")
    e = SessionEngine([block(9, turns=TurnTaking.MEMBERS)], clock, people)
    e.start()
    turns = e.turns()
    assert turns is not None
    clock.advance(95)
    e.next_turn()  # Anna spoke 95 s
    clock.advance(40)
    e.skip_turn()  # Chris is passed over for now: his 40 s count for nobody
    e.pause()
    clock.advance(300)  # a pause is nobody's time
    e.start()
    clock.advance(25)
    e.next_turn()  # Dewi 25 s; back to Chris
    clock.advance(70)
    e.mark_turn_done("Chris")
    e.previous_turn()  # Dewi had more to say
    clock.advance(10)
    e.next_turn()
    assert turns.spoken == {"Anna": 95, "Dewi": 35, "Chris": 70}


def test_no_turns_without_participants() -> None:
    e = SessionEngine([block(5, turns=TurnTaking.MEMBERS)], FakeClock())
    assert e.turns() is None
    e.next_turn()  # harmless


def test_agenda_from_a_method_and_an_icebreaker(library: MethodLibrary) -> None:
    belangrijk = next(i for i in load_builtin_icebreakers() if i.id == "belangrijk")
    method = library.get("tienstappen")
    blocks = build_agenda(method, library.rules_for(method), belangrijk, people=6)
    assert [b.kind for b in blocks[:5]] == [BlockKind.ICEBREAKER] * 4 + [BlockKind.RULES]
    telling = blocks[2]
    assert telling.seconds_per_turn == 30 and telling.planned_seconds == 180
    steps = blocks[5:]
    assert [b.step_number for b in steps] == list(range(1, 11))
    assert sum(b.planned_seconds for b in steps) == 100 * 60


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (600, "10:00"),
        (599.2, "10:00"),
        (59.0, "0:59"),
        (0.3, "0:01"),
        (0, "0:00"),
        (-0.4, "+0:00"),
        (-83.9, "+1:23"),
        (3725, "1:02:05"),
    ],
)
def test_countdown_format(remaining: float, shown: str) -> None:
    assert format_countdown(remaining) == shown
