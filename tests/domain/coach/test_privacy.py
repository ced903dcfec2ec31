"""Hints stay on the facilitator's laptop: they are kept apart from the board, keyed
by item id, so neither the projector, a shared list, the stored meeting nor an
export can carry them."""

from __future__ import annotations

import dataclasses
import typing
from datetime import UTC, datetime

from pydantic import BaseModel

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.board import LIST_SHAREABLE, Board, BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.coach import Coach, Hint, HintCode
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import Role
from intervisie_desktop.domain.projection import PublicView, SharedItem, SharedList, project
from intervisie_desktop.domain.report import (
    MeetingFacts,
    Report,
    TakeawayOptions,
    meeting_report,
    takeaway_report,
)
from intervisie_desktop.domain.report_render import to_html, to_markdown
from intervisie_desktop.domain.text import LocalizedText

HINTED = [
    (ItemKind.QUESTION, "Waarom ga je niet gewoon met haar praten? En heb je het gemeld?"),
    (ItemKind.QUESTION, "Heb je dit al besproken?"),
    (ItemKind.PROBLEM_DEFINITION, "De organisatie luistert niet."),
    (ItemKind.REDEFINITION, "Mijn leidinggevende steunt me niet."),
    (ItemKind.ADVICE, "Bel haar. Daarnaast zou ik een coach zoeken."),
    (ItemKind.SHARED_ADVICE, "Ze kan bellen. Daarnaast raden we een coach aan."),
]


def hinted_board() -> Board:
    block = "vijfstappen.problem-exploration"
    board = Board(
        items=[
            BoardItem(kind=kind, text=text, author="Anna", block_id=block, shared=True)
            for kind, text in HINTED
        ]
    )
    for kind in LIST_SHAREABLE:
        board.share_list(kind, True)
    return board


def hint_wordings(coach: Coach) -> list[str]:
    """What only a hint says (a common rule's own text may be on the projector anyway)."""
    texts = []
    for hint in coach.hints.values():
        texts += [hint.message.nl, hint.message.en]
        if hint.alternative:
            texts += [hint.alternative.nl, hint.alternative.en]
    return texts


def assert_no_hint_text(coach: Coach, rendered: str) -> None:
    for wording in hint_wordings(coach):
        assert wording not in rendered


def test_the_board_is_hinted_but_the_projection_of_everything_shared_shows_no_hint(
    coach: Coach,
) -> None:
    board = hinted_board()
    hints = coach.check_board(board, "nl")
    assert len(hints) == len(HINTED)  # every item has a hint on the laptop
    block = Block(
        id="b",
        kind=BlockKind.STEP,
        title=LocalizedText(nl="Vragen", en="Questions"),
        planned_seconds=600,
        speakers=[Role.MEMBERS],
    )
    engine = SessionEngine([block], FakeClock(), Participants(("Anna", "Bram"), "Bram"))
    engine.start()
    shared = tuple(
        SharedList(kind.value, tuple(SharedItem(i.text) for i in board.of_kind(kind)))
        for kind in LIST_SHAREABLE
    )
    for language in ("nl", "en"):
        view = project(engine, language, shared=shared)
        assert_no_hint_text(coach, repr(view))


def test_the_stored_meeting_and_the_reports_carry_no_hint(coach: Coach) -> None:
    board = hinted_board()
    assert coach.check_board(board, "nl")
    engine = SessionEngine(
        [
            Block(
                id="b", kind=BlockKind.STEP, title=LocalizedText(nl="b", en="b"), planned_seconds=60
            )
        ],
        FakeClock(),
    )
    facts = MeetingFacts("Vijf stappen", datetime(2025, 3, 4), "Hoe?", "Bram", ("Anna", "Bram"))
    meeting = Meeting(created=datetime(2025, 3, 4, tzinfo=UTC), blocks=engine.blocks, board=board)
    assert_no_hint_text(coach, meeting.model_dump_json())
    for language in ("nl", "en"):
        reports = [
            takeaway_report(facts, board, language, TakeawayOptions(include_notes=True)),
            meeting_report(facts, engine, board, language),
        ]
        for report in reports:
            assert_no_hint_text(coach, to_markdown(report) + to_html(report))


def test_dismissed_hints_are_left_out_per_item_and_rule(coach: Coach) -> None:
    board = hinted_board()
    first = board.items[0].id
    all_hints = coach.check_board(board, "nl")
    codes = {h.code for h in all_hints[first]}
    assert codes == {
        HintCode.SUGGESTIVE_QUESTION,
        HintCode.CLOSED_QUESTION,
        HintCode.SEVERAL_QUESTIONS,
    }
    fewer = coach.check_board(board, "nl", frozenset({(first, HintCode.SEVERAL_QUESTIONS)}))
    assert {h.code for h in fewer[first]} == codes - {HintCode.SEVERAL_QUESTIONS}
    every = frozenset((first, code) for code in codes)
    assert first not in coach.check_board(board, "nl", every)
    assert fewer[board.items[1].id] == all_hints[board.items[1].id]  # other items untouched


def _mentions_hint(tp: object, seen: set[object]) -> bool:
    """Does a type, or any field type reachable from it, involve :class:`Hint`?"""
    if tp is Hint or tp is HintCode:
        return True
    if tp in seen:
        return False
    seen.add(tp)
    if any(_mentions_hint(arg, seen) for arg in typing.get_args(tp)):
        return True
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return any(_mentions_hint(f.annotation, seen) for f in tp.model_fields.values())
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return any(_mentions_hint(hints[f.name], seen) for f in dataclasses.fields(tp))
    return False


def test_nothing_that_is_stored_projected_or_exported_has_room_for_a_hint() -> None:
    for model in (BoardItem, Board, Meeting, PublicView, SharedList, Report):
        assert not _mentions_hint(model, set()), model
    assert _mentions_hint(dict[str, tuple[Hint, ...]], set())  # the check itself works
