"""The public projection: what the room sees on each kind of block, and never more."""

from __future__ import annotations

from dataclasses import fields

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.in_view import kept_in_view
from intervisie_desktop.domain.meeting import Attendance
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.outline import build_meeting_agenda, default_outline
from intervisie_desktop.domain.projection import (
    MeetingRole,
    PublicView,
    RoleHolder,
    SharedItem,
    SharedList,
    TimerPhase,
    project,
)
from intervisie_desktop.domain.text import LocalizedText

SECRET = "SECRET-guidance-5d1e"


def _agenda(
    library: MethodLibrary, method_id: str = "tienstappen", second: str | None = None
) -> list[Block]:
    method = library.get(method_id)
    return build_meeting_agenda(
        default_outline(False),
        method,
        library.rules_for(method),
        None,
        5,
        second_case_presenter=second,
    )


def _index(blocks: list[Block], block_id: str) -> int:
    return next(i for i, b in enumerate(blocks) if b.id.endswith(block_id))


ROLES = Attendance(
    present=["Anna", "Bram", "Chris", "Dewi"],
    case_presenter="Dewi",
    facilitator="Anna",
    scribe="Chris",
).roles_today()


def test_the_public_view_has_no_field_for_guidance_or_notes() -> None:
    names = {f.name for f in fields(PublicView)}
    assert not names & {"guidance", "notes", "board", "author", "record"}


def test_roles_today_come_from_the_attendance_and_skip_unnamed_roles() -> None:
    expected = (
        RoleHolder(MeetingRole.CASE_PRESENTER, "Dewi"),
        RoleHolder(MeetingRole.FACILITATOR, "Anna"),
        RoleHolder(MeetingRole.SCRIBE, "Chris"),
    )
    assert expected == ROLES
    assert Attendance(present=["Anna"], scribe="  ").roles_today() == ()


def test_explaining_the_method_shows_its_steps_with_minutes(library: MethodLibrary) -> None:
    blocks = _agenda(library)
    engine = SessionEngine(blocks, FakeClock())
    engine.jump(_index(blocks, "outline.explain"))
    view = project(engine, "nl", roles=ROLES)
    assert [(s.number, s.title, s.minutes) for s in view.method_steps][:3] == [
        (1, "Vraagintroductie", 5),
        (2, "Verhelderende vragen", 10),
        (3, "Vragen waarderen", 10),
    ]
    assert len(view.method_steps) == 10 and sum(s.minutes for s in view.method_steps) == 100
    assert view.roles == ()  # roles belong to their own block
    engine.next()
    assert project(engine, "nl").method_steps == ()


def test_with_two_cases_the_explanation_lists_the_steps_once_without_case_prefix(
    library: MethodLibrary,
) -> None:
    blocks = _agenda(library, "incident", second="Bram")
    engine = SessionEngine(blocks, FakeClock())
    engine.jump(_index(blocks, "outline.explain"))
    steps = project(engine, "en").method_steps
    assert len(steps) == 6
    assert not any(s.title.startswith("Case") for s in steps)


def test_roles_and_rules_block_shows_who_has_which_role(library: MethodLibrary) -> None:
    blocks = _agenda(library)
    engine = SessionEngine(blocks, FakeClock())
    engine.jump(_index(blocks, "opening.rules"))
    view = project(engine, "en", roles=ROLES)
    assert view.roles == ROLES
    assert view.rules  # the common rules, with them
    engine.next()
    assert project(engine, "en", roles=ROLES).roles == ()


def test_the_case_question_only_when_shown_and_per_case(library: MethodLibrary) -> None:
    blocks = _agenda(library, "incident", second="Bram")
    engine = SessionEngine(blocks, FakeClock())
    questions = ("How do I say no?", "Why does my team not listen?")
    engine.jump(_index(blocks, "case1.incident.advice-round"))
    assert project(engine, "en", case_questions=questions).case_question == ""
    shown = project(engine, "en", case_questions=questions, show_case_question=True)
    assert shown.case_question == "How do I say no?"
    engine.jump(_index(blocks, "case2.incident.advice-round"))
    shown = project(engine, "en", case_questions=questions, show_case_question=True)
    assert shown.case_question == "Why does my team not listen?"


def test_the_end_is_a_calm_closing_screen_without_the_last_step(
    library: MethodLibrary,
) -> None:
    blocks = _agenda(library)
    clock = FakeClock()
    engine = SessionEngine(blocks, clock)
    engine.start()
    engine.jump(len(blocks) - 1)
    shared = (SharedList("Questions", (SharedItem("What happens when you say yes?", "W"),)),)
    engine.next()
    asking = project(engine, "en", shared=shared, case_questions=("q",), show_case_question=True)
    assert asking.closing_asked and asking.instruction  # the last block stays until confirmed
    engine.next()
    view = project(engine, "en", shared=shared, case_questions=("q",), show_case_question=True)
    assert view.phase is TimerPhase.FINISHED
    assert (view.instruction, view.speakers, view.rules, view.shared, view.case_question) == (
        "",
        (),
        (),
        (),
        "",
    )
    assert not view.closing_asked and view.current_speaker is None


def test_the_redefinition_stays_in_view_in_the_step_after_it(library: MethodLibrary) -> None:
    blocks = _agenda(library)
    redefinition_step = _index(blocks, "tienstappen.redefinition")
    board = Board(
        items=[
            BoardItem(kind=ItemKind.NOTE, text=SECRET),
            BoardItem(kind=ItemKind.PROBLEM_DEFINITION, text="Anna's definition"),
            BoardItem(
                kind=ItemKind.REDEFINITION,
                text="My problem is that I say yes before I think.",
                block_id=blocks[redefinition_step].id,
            ),
        ]
    )
    assert kept_in_view(board, blocks, redefinition_step) == []  # while it is written
    kept = kept_in_view(board, blocks, redefinition_step + 1)  # step 9: the advice
    assert [i.text for i in kept] == ["My problem is that I say yes before I think."]
    assert kept_in_view(board, blocks, redefinition_step + 2) == []  # step 10: gone
    assert kept_in_view(Board(), blocks, redefinition_step + 1) == []  # nothing entered


def test_five_steps_keep_the_reformulation_in_view_during_the_advice(
    library: MethodLibrary,
) -> None:
    blocks = _agenda(library, "vijfstappen")
    advice = _index(blocks, "vijfstappen.advice-round")
    board = Board(items=[BoardItem(kind=ItemKind.REDEFINITION, text="Mijn probleem is…")])
    assert [i.text for i in kept_in_view(board, blocks, advice)] == ["Mijn probleem is…"]


def test_with_two_cases_each_case_keeps_its_own_redefinition(library: MethodLibrary) -> None:
    blocks = _agenda(library, "vijfstappen", second="Bram")
    first = BoardItem(
        kind=ItemKind.REDEFINITION, text="Anna's", block_id="case1.vijfstappen.problem-definition"
    )
    second = BoardItem(
        kind=ItemKind.REDEFINITION, text="Bram's", block_id="case2.vijfstappen.problem-definition"
    )
    board = Board(items=[first, second])
    assert kept_in_view(board, blocks, _index(blocks, "case2.vijfstappen.advice-round")) == [second]


def test_blocks_that_are_not_steps_keep_nothing_in_view(library: MethodLibrary) -> None:
    blocks = _agenda(library)
    board = Board(items=[BoardItem(kind=ItemKind.REDEFINITION, text="x")])
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.STEP:
            assert kept_in_view(board, blocks, index) == []


def test_the_shared_page_is_passed_on() -> None:
    block = Block(
        id="b", kind=BlockKind.STEP, title=_t("b"), planned_seconds=60, guidance=_t(SECRET)
    )
    view = project(SessionEngine([block], FakeClock()), "en", page=3)
    assert view.page == 3
    assert SECRET not in repr(view)


def _t(text: str) -> LocalizedText:
    return LocalizedText(nl=text, en=text)
