"""The take-away for the case presenter and the facilitator's meeting report.

Reports are built as plain structures here and rendered to Markdown or HTML
(:mod:`report_render`; the words: :mod:`report_texts`). Private notes are left out
unless asked for; names can be shortened to initials; every rendering of
case content states that it is confidential (a handout without any case, such
as a method card, has an empty ``confidential`` line and shows none).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from intervisie_desktop.domain.agenda import case_number
from intervisie_desktop.domain.board import Board, BoardItem, EvaluationTopic, ItemKind, Rating
from intervisie_desktop.domain.coach.tally import MemberTally, member_tally
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.report_texts import texts
from intervisie_desktop.domain.timefmt import format_countdown


def initials(name: str) -> str:
    """``Anna de Vries`` -> ``A.d.V.``; keeps reports readable without full names."""
    return "".join(f"{part[0]}." for part in name.split() if part) or name


class PrintSize(StrEnum):
    NORMAL = "normal"
    COMPACT = "compact"  # a method card: one A4 where it can
    LARGE = "large"  # a flip-over sheet, read from across the room


@dataclass
class Section:
    title: str
    items: list[str] = field(default_factory=list)


@dataclass
class Report:
    title: str
    facts: list[tuple[str, str]]  # label, value
    sections: list[Section]
    confidential: str
    language: str  # "nl" or "en": what a screen reader reads the file in
    print_size: PrintSize = PrintSize.NORMAL


@dataclass(frozen=True)
class TakeawayOptions:
    include_notes: bool = False
    use_initials: bool = False
    case: int = 1  # in a meeting with two cases: whose take-away


def board_for_case(board: Board, case: int) -> Board:
    """Only what was said about one case (items are tied to the block they came from)."""
    return Board(items=[i for i in board.items if case_number(i.block_id) == case])


@dataclass(frozen=True)
class MeetingFacts:
    method: str
    date: datetime
    case_question: str
    case_presenter: str | None
    present: tuple[str, ...]
    extra_round_blocks: frozenset[str] = frozenset()  # where the extra questions were asked


def _who(item: BoardItem, options: TakeawayOptions) -> str:
    if not item.author:
        return ""
    return f" ({initials(item.author) if options.use_initials else item.author})"


def _rated(item: BoardItem, t: dict[str, str]) -> str:
    return f"[{t[item.rating.value]}] " if isinstance(item.rating, Rating) else ""


def _action(item: BoardItem, t: dict[str, str], options: TakeawayOptions) -> str:
    """One line of the action plan: what, and where known who and by when."""
    parts = []
    if item.owner:
        parts.append(initials(item.owner) if options.use_initials else item.owner)
    if item.due is not None:
        parts.append(f"{t['due']} {item.due.strftime('%d-%m-%Y')}")
    return f"{item.text} — {', '.join(parts)}" if parts else item.text


def takeaway_report(
    facts: MeetingFacts, board: Board, language: str, options: TakeawayOptions
) -> Report:
    t = texts(language)
    sections = [Section(t["question"], [facts.case_question] if facts.case_question else [])]
    questions = []
    for q in board.answering_order():
        flag = f" — {t['answered']}" if q.answered else ""
        extra = f" ({t['extra_round']})" if q.block_id in facts.extra_round_blocks else ""
        questions.append(f"{_rated(q, t)}{q.text}{_who(q, options)}{extra}{flag}")
    sections.append(Section(t["questions"], questions))
    sections.append(
        Section(
            t["definitions"],
            [
                f"{_rated(d, t)}{d.text}{_who(d, options)}"
                for d in board.of_kind(ItemKind.PROBLEM_DEFINITION)
            ],
        )
    )
    sections.append(
        Section(t["redefinition"], [d.text for d in board.of_kind(ItemKind.REDEFINITION)])
    )
    sections.append(
        Section(
            t["advice"],
            [
                f"{'★ ' if a.chosen else ''}{a.text}{_who(a, options)}"
                + (f" — {t['chosen']}" if a.chosen else "")
                for a in board.of_kind(ItemKind.ADVICE)
            ],
        )
    )
    shared = board.of_kind(ItemKind.SHARED_ADVICE)
    if shared:
        sections.append(Section(t["shared_advice"], [a.text for a in shared]))
    sections.append(
        Section(t["plan"], [_action(a, t, options) for a in board.of_kind(ItemKind.ACTION)])
    )
    own = [
        e.text
        for e in board.of_kind(ItemKind.EVALUATION)
        if facts.case_presenter and e.author == facts.case_presenter
    ]
    sections.append(Section(t["own_evaluation"], own))
    if options.include_notes:
        sections.append(Section(t["notes"], [n.text for n in board.of_kind(ItemKind.NOTE)]))
    presenter = facts.case_presenter or ""
    if options.use_initials and presenter:
        presenter = initials(presenter)
    return Report(
        title=t["takeaway"],
        facts=[
            (t["method"], facts.method),
            (t["date"], facts.date.strftime("%d-%m-%Y")),
            (t["case_presenter"], presenter),
        ],
        sections=[s for s in sections if s.items],
        confidential=t["confidential"],
        language=language,
    )


def _tally_line(tally: MemberTally, t: dict[str, str]) -> str:
    """``Anna: 3 op de flap, 1 beurt, 2:30 gesproken``."""
    parts = [
        f"{tally.items} {t['on_board']}",
        f"{tally.turns} {t['turn' if tally.turns == 1 else 'turns']}",
    ]
    if tally.seconds_spoken:
        parts.append(f"{format_countdown(tally.seconds_spoken)} {t['spoken']}")
    return f"{tally.name}: {', '.join(parts)}"


def meeting_report(
    facts: MeetingFacts, engine: SessionEngine, board: Board, language: str
) -> Report:
    """For the facilitator: method, planned and actual times, attendance, each member's
    share (items, turns, time spoken), evaluation. Never on the projector."""
    t = texts(language)
    blocks = []
    for index, block in enumerate(engine.blocks):
        planned = format_countdown(block.planned_seconds)
        actual = (
            format_countdown(engine.log.seconds(index))
            if engine.log.visited(index)
            else (t["not_reached"])
        )
        blocks.append(f"{block.title.get(language)}: {planned} → {actual}")
    topics = {EvaluationTopic.CASE: t["about_case"], EvaluationTopic.METHOD: t["about_method"]}
    evaluation = [
        f"{e.text}"
        + (
            f" ({e.author}, {topics[e.topic]})"
            if e.author and e.topic
            else f" ({e.author})"
            if e.author
            else ""
        )
        for e in board.of_kind(ItemKind.EVALUATION)
    ]
    return Report(
        title=t["meeting_report"],
        facts=[
            (t["method"], facts.method),
            (t["date"], facts.date.strftime("%d-%m-%Y")),
            (t["case_presenter"], facts.case_presenter or ""),
            (t["present"], ", ".join(facts.present)),
        ],
        sections=[
            s
            for s in (
                Section(t["blocks"], blocks),
                Section(t["tally"], [_tally_line(m, t) for m in member_tally(engine, board)]),
                Section(t["evaluation"], evaluation),
            )
            if s.items
        ],
        confidential=t["confidential"],
        language=language,
    )
