"""Everyone gets a turn: who has contributed in a step and who has not yet."""

from __future__ import annotations

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.coach.everyone import current_turn_overview, turn_overview
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import Role, TurnTaking
from intervisie_desktop.domain.text import LocalizedText

PEOPLE = Participants(("Anna", "Bram", "Chris", "Dewi", "Eva"), case_presenter="Chris")


def step(
    name: str,
    minutes: int = 10,
    turns: TurnTaking = TurnTaking.NONE,
    speakers: tuple[Role, ...] = (Role.MEMBERS,),
) -> Block:
    return Block(
        id=name,
        kind=BlockKind.STEP,
        title=LocalizedText(nl=name, en=name),
        planned_seconds=minutes * 60,
        speakers=list(speakers),
        turns=turns,
    )


def item(author: str, block_id: str, kind: ItemKind = ItemKind.QUESTION) -> BoardItem:
    return BoardItem(kind=kind, text="…", author=author, block_id=block_id)


def test_in_an_open_round_the_hint_waits_until_half_time() -> None:
    clock = FakeClock()
    engine = SessionEngine([step("questions")], clock, PEOPLE)
    board = Board(items=[item("Anna", "questions"), item("Dewi", "questions")])
    engine.start()
    clock.advance(299)
    early = current_turn_overview(engine, board)
    assert early is not None
    assert early.expected == ("Anna", "Bram", "Dewi", "Eva")  # not the case presenter
    assert early.contributed == ("Anna", "Dewi")
    assert early.not_yet == ("Bram", "Eva")
    assert not early.in_turns and early.speaking is None
    assert not early.hint_due
    clock.advance(1)
    late = current_turn_overview(engine, board)
    assert late is not None and late.hint_due


def test_only_items_from_this_step_count() -> None:
    board = Board(items=[item("Bram", "earlier"), item("Eva", "questions")])
    overview = turn_overview(step("questions"), PEOPLE, board, None, elapsed=0)
    assert overview is not None and overview.not_yet == ("Anna", "Bram", "Dewi")


def test_no_hint_once_everyone_has_contributed() -> None:
    board = Board(items=[item(p, "q") for p in ("Anna", "Bram", "Dewi", "Eva")])
    overview = turn_overview(step("q"), PEOPLE, board, None, elapsed=600)
    assert overview is not None and overview.not_yet == () and not overview.hint_due


def test_in_a_round_the_list_follows_the_turn_order_from_whoever_is_next() -> None:
    clock = FakeClock()
    engine = SessionEngine([step("advice", turns=TurnTaking.MEMBERS)], clock, PEOPLE)
    engine.start()
    engine.next_turn()  # Anna done; Bram speaks
    engine.skip_turn()  # Bram passed over for now; Dewi speaks
    board = Board(items=[item("Eva", "advice", ItemKind.ADVICE)])  # Eva already gave hers
    overview = current_turn_overview(engine, board)
    assert overview is not None and overview.in_turns
    assert overview.speaking == "Dewi"
    assert overview.contributed == ("Anna", "Eva")
    assert overview.not_yet == ("Bram",)  # comes round again after Dewi
    assert overview.hint_due  # in a round it is shown from the start


def test_steps_where_members_do_not_speak_have_no_overview() -> None:
    presenter_only = step("answers", speakers=(Role.CASE_PRESENTER,))
    assert turn_overview(presenter_only, PEOPLE, Board(), None, elapsed=0) is None
    nobody = turn_overview(step("questions"), Participants(), Board(), None, elapsed=0)
    assert nobody is None


def test_a_step_for_everyone_includes_the_case_presenter() -> None:
    both = step("round", speakers=(Role.MEMBERS, Role.CASE_PRESENTER))
    overview = turn_overview(both, PEOPLE, Board(), None, elapsed=0)
    assert overview is not None and "Chris" in overview.expected
