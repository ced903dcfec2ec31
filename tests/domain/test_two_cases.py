"""A meeting with two cases: the method runs twice, each time with its own presenter."""

from __future__ import annotations

from intervisie_desktop.domain.agenda import BlockKind, case_number
from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.outline import build_meeting_agenda, default_outline
from intervisie_desktop.domain.report import board_for_case


def test_the_method_runs_twice_with_the_second_presenter(library: MethodLibrary) -> None:
    method = library.get("incident")
    blocks = build_meeting_agenda(
        default_outline(False),
        method,
        library.rules_for(method),
        None,
        5,
        second_case_presenter="Bram",
    )
    steps = [b for b in blocks if b.kind is BlockKind.STEP]
    assert len(steps) == 12
    assert steps[0].title.en.startswith("Case 1 — ") and steps[6].title.en.startswith("Case 2 — ")
    assert [case_number(b.id) for b in steps] == [1] * 6 + [2] * 6
    assert {b.case_presenter for b in steps[6:]} == {"Bram"}

    engine = SessionEngine(
        blocks, FakeClock(), Participants(("Anna", "Bram", "Chris", "Dewi"), "Anna")
    )
    advice_1 = blocks.index(steps[3])
    advice_2 = blocks.index(steps[9])
    engine.jump(advice_1)
    assert engine.turns().people == ["Bram", "Chris", "Dewi"]  # type: ignore[union-attr]
    engine.jump(advice_2)
    assert engine.turns().people == ["Anna", "Chris", "Dewi"]  # type: ignore[union-attr]


def test_each_case_keeps_its_own_board_items() -> None:
    board = Board(
        items=[
            BoardItem(
                kind=ItemKind.QUESTION, text="for Anna", block_id="case1.incident.clarifying"
            ),
            BoardItem(
                kind=ItemKind.QUESTION, text="for Bram", block_id="case2.incident.clarifying"
            ),
        ]
    )
    assert [i.text for i in board_for_case(board, 1).items] == ["for Anna"]
    assert [i.text for i in board_for_case(board, 2).items] == ["for Bram"]
