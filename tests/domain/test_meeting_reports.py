"""The take-away is complete: the extra round's questions are labelled, and the case
presenter's own evaluation and insights go home with them."""

from __future__ import annotations

from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import Board, BoardItem, EvaluationTopic, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.meeting_reports import takeaway_for
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.report import TakeawayOptions
from intervisie_desktop.domain.report_render import to_markdown


def test_the_takeaway_labels_extra_questions_and_keeps_the_presenters_evaluation(
    library: MethodLibrary,
) -> None:
    method = library.get("tienstappen")
    clock = FakeClock()
    engine = SessionEngine(
        build_agenda(method, library.rules_for(method)),
        clock,
        Participants(("Anna", "Dewi"), "Dewi"),
    )
    board = Board(
        items=[
            BoardItem(
                kind=ItemKind.QUESTION,
                text="What do you fear?",
                block_id="tienstappen.clarifying-questions",
            ),
            BoardItem(
                kind=ItemKind.QUESTION, text="Who decides?", block_id="tienstappen.extra-questions"
            ),
            BoardItem(
                kind=ItemKind.EVALUATION,
                text="I saw my own part.",
                author="Dewi",
                topic=EvaluationTopic.CASE,
            ),
            BoardItem(
                kind=ItemKind.EVALUATION,
                text="Good method.",
                author="Anna",
                topic=EvaluationTopic.METHOD,
            ),
        ]
    )
    report = takeaway_for(
        engine,
        board=board,
        title="Ten-step method",
        case_questions=("How do I say no?", ""),
        language="en",
        options=TakeawayOptions(),
        now=clock.wall(),
    )
    text = to_markdown(report)
    assert "- What do you fear?\n" in text
    assert "- Who decides? (extra round)" in text
    assert "## Your own evaluation and insights\n\n- I saw my own part." in text
    assert "Good method." not in text  # another member's evaluation is the group's


def test_action_items_carry_who_and_by_when(library: MethodLibrary) -> None:
    from datetime import date  # noqa: PLC0415

    from intervisie_desktop.domain.capture import parse_due  # noqa: PLC0415

    today = date(2026, 11, 30)
    assert parse_due("15-12", today) == date(2026, 12, 15)
    assert parse_due("3/1", today) == date(2027, 1, 3)  # past this year: next year's
    assert parse_due("15.12.27", today) == date(2027, 12, 15)
    assert parse_due("31-2", today) is None and parse_due("soon", today) is None
    assert parse_due("15 december", today) == date(2026, 12, 15)  # as people write it
    assert parse_due("3 mei", today) == parse_due("3 May", today) == date(2027, 5, 3)
    assert parse_due("1 okt. 2027", today) == date(2027, 10, 1)
    assert parse_due("15 decembr", today) is None and parse_due("32 dec", today) is None
    method = library.get("vijfstappen")
    clock = FakeClock()
    engine = SessionEngine(build_agenda(method, []), clock, Participants(("Anna", "Dewi"), "Dewi"))
    board = Board(
        items=[
            BoardItem(
                kind=ItemKind.ACTION, text="Ask for a day", owner="Dewi", due=date(2026, 12, 15)
            ),
            BoardItem(kind=ItemKind.ACTION, text="Read about saying no"),
        ]
    )
    report = takeaway_for(
        engine,
        board=board,
        title="Five steps",
        case_questions=("", ""),
        language="nl",
        options=TakeawayOptions(use_initials=True),
        now=clock.wall(),
    )
    text = to_markdown(report)
    assert "- Ask for a day — D., vóór 15-12-2026" in text
    assert "- Read about saying no\n" in text


def test_the_case_presenters_own_steps_are_theirs_by_default(library: MethodLibrary) -> None:
    """The redefinition lands in the take-away without the scribe picking a name."""
    from intervisie_desktop.domain.capture import default_author  # noqa: PLC0415

    blocks = {b.id.split(".")[-1]: b for b in build_agenda(library.get("tienstappen"), [])}
    assert default_author(blocks["redefinition"], "Eva") == "Eva"
    assert default_author(blocks["question-ratings"], "Eva") is None  # only notes written
    assert default_author(blocks["clarifying-questions"], "Eva") is None  # the members ask
    assert default_author(blocks["evaluation"], "Eva") is None  # everyone speaks
