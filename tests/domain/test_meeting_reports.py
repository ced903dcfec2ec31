"""The take-away is complete: the extra round's questions are labelled, and the case
presenter's own evaluation and insights go home with them."""

from __future__ import annotations

from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import Board, BoardItem, EvaluationTopic, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.meeting_reports import takeaway_for
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.report import TakeawayOptions, to_markdown


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
