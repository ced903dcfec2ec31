"""The reports of one running meeting: which facts, whose case, which part of the board.

With two cases in one meeting each case presenter gets a take-away of their own
case only (board items are tied to the blocks they were written in).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from intervisie_desktop.domain.board import Board
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.meeting_start import meeting_started_at, second_case_presenter
from intervisie_desktop.domain.report import (
    MeetingFacts,
    Report,
    TakeawayOptions,
    board_for_case,
    meeting_report,
    takeaway_report,
)


def meeting_facts(
    engine: SessionEngine,
    title: str,
    case_questions: tuple[str, str],
    now: datetime,
    case: int = 1,
) -> MeetingFacts:
    """Method, date, case question, presenter and who was there; for case 1 or 2."""
    participants = engine.participants
    facts = MeetingFacts(
        method=title,
        date=meeting_started_at(engine, now),
        case_question=case_questions[0],
        case_presenter=participants.case_presenter,
        present=participants.members,
    )
    if case == 2:
        facts = replace(
            facts,
            case_question=case_questions[1],
            case_presenter=second_case_presenter(engine),
        )
    return facts


def takeaway_for(
    engine: SessionEngine,
    *,
    board: Board,
    title: str,
    case_questions: tuple[str, str],
    language: str,
    options: TakeawayOptions,
    now: datetime,
) -> Report:
    if second_case_presenter(engine) is not None:
        board = board_for_case(board, options.case)
    facts = meeting_facts(engine, title, case_questions, now, options.case)
    return takeaway_report(facts, board, language, options)


def report_for(
    engine: SessionEngine,
    *,
    board: Board,
    title: str,
    case_questions: tuple[str, str],
    language: str,
    now: datetime,
) -> Report:
    return meeting_report(
        meeting_facts(engine, title, case_questions, now), engine, board, language
    )
