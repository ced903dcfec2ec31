"""What the notes pane offers in a step, decided by the step's capture kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from intervisie_desktop.domain.agenda import Block
from intervisie_desktop.domain.board import BoardItem, ItemKind, Rating
from intervisie_desktop.domain.methods import CaptureKind, Role, TurnTaking

# Capture kind -> the item kind you type in that step.
_INPUT = {
    CaptureKind.QUESTIONS: ItemKind.QUESTION,
    CaptureKind.PROBLEM_DEFINITIONS: ItemKind.PROBLEM_DEFINITION,
    CaptureKind.REDEFINITION: ItemKind.REDEFINITION,
    CaptureKind.ADVICE: ItemKind.ADVICE,
    CaptureKind.SHARED_ADVICE: ItemKind.SHARED_ADVICE,
    CaptureKind.ACTION_PLAN: ItemKind.ACTION,
    CaptureKind.CHOSEN_ADVICE: ItemKind.ACTION,
    CaptureKind.EVALUATION: ItemKind.EVALUATION,
    CaptureKind.NOTES: ItemKind.NOTE,
}
# Capture kind -> the item kinds listed alongside.
_SHOWN = {
    CaptureKind.QUESTION_RATINGS: (ItemKind.QUESTION,),
    CaptureKind.QUESTION_ANSWERS: (ItemKind.QUESTION,),
    CaptureKind.DEFINITION_RATINGS: (ItemKind.PROBLEM_DEFINITION,),
    CaptureKind.REDEFINITION: (ItemKind.PROBLEM_DEFINITION, ItemKind.REDEFINITION),
    CaptureKind.CHOSEN_ADVICE: (ItemKind.ADVICE, ItemKind.SHARED_ADVICE, ItemKind.ACTION),
}


@dataclass(frozen=True)
class PaneMode:
    input_kinds: tuple[ItemKind, ...]  # the first is offered by default; notes always last
    list_kinds: tuple[ItemKind, ...]
    rating: bool = False  # W/N/K rate the selected item and move on
    answering: bool = False  # warm first, cold folded away; Enter marks answered
    choosing: bool = False  # Enter marks an advice as chosen


def pane_mode(capture: list[CaptureKind]) -> PaneMode:
    inputs: list[ItemKind] = []
    shown: list[ItemKind] = []
    for kind in capture:
        if kind in _INPUT and _INPUT[kind] not in inputs:
            inputs.append(_INPUT[kind])
        for listed in (_INPUT.get(kind), *_SHOWN.get(kind, ())):
            if listed is not None and listed not in shown:
                shown.append(listed)
    if ItemKind.NOTE in inputs:
        inputs.remove(ItemKind.NOTE)
    inputs.append(ItemKind.NOTE)
    if ItemKind.NOTE not in shown:
        shown.append(ItemKind.NOTE)
    return PaneMode(
        input_kinds=tuple(inputs),
        list_kinds=tuple(shown),
        rating=bool({CaptureKind.QUESTION_RATINGS, CaptureKind.DEFINITION_RATINGS} & set(capture)),
        answering=CaptureKind.QUESTION_ANSWERS in capture,
        choosing=CaptureKind.CHOSEN_ADVICE in capture,
    )


_ANSWERING_ORDER = {Rating.WARM: 0, Rating.NEUTRAL: 1, None: 2, Rating.COLD: 3}


def is_listed(item: BoardItem, mode: PaneMode, show_cold: bool = False) -> bool:
    """Does the flap list this item in this step? Cold questions are folded away in the
    answering step unless asked for."""
    if item.kind not in mode.list_kinds:
        return False
    folded = mode.answering and item.kind is ItemKind.QUESTION and item.rating is Rating.COLD
    return show_cold or not folded


def listing_key(item: BoardItem, mode: PaneMode, position: int) -> tuple[int, int, int]:
    """Where the item stands in the step's list: the step's own kinds first, notes last;
    in the answering step warm questions first, then neutral, unrated and cold.
    ``position`` (the place on the board) keeps the order stable within a group."""
    if mode.answering:
        if item.kind is ItemKind.QUESTION:
            return (0, _ANSWERING_ORDER[item.rating], position)
        return (1, 0, position)
    return (mode.list_kinds.index(item.kind), 0, position)


def enter_marks(mode: PaneMode, kind: ItemKind) -> str | None:
    """Which yes/no field Enter flips on an item in this step: a question is marked
    answered in the answering step, an advice chosen in the choosing step."""
    if mode.answering and kind is ItemKind.QUESTION:
        return "answered"
    if mode.choosing and kind in (ItemKind.ADVICE, ItemKind.SHARED_ADVICE):
        return "chosen"
    return None


def default_author(block: Block, meeting_presenter: str | None) -> str | None:
    """Who said an item, until the scribe or a turn says otherwise: the case presenter
    in a step where only they speak and something of theirs is written down (the
    redefinition), so their words land in their take-away. A private note is nobody's
    in particular."""
    writes = pane_mode(block.capture or [CaptureKind.NOTES]).input_kinds[0]
    if block.speakers == [Role.CASE_PRESENTER] and writes is not ItemKind.NOTE:
        return block.case_presenter or meeting_presenter
    return None


def passes_turn(block: Block, current_person: str | None, author: str | None) -> bool:
    """In a round of turns, an item entered for the person whose turn it is ends their
    turn (the definitions and advice rounds go on to the next person by themselves)."""
    return (
        block.turns is not TurnTaking.NONE
        and current_person is not None
        and author == current_person
    )


_DUE = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{2}|\d{4}))?\s*$")
_DUE_NAMED = re.compile(r"^\s*(\d{1,2})\s*\.?\s+([^\W\d_]+)\.?(?:\s+(\d{2}|\d{4}))?\s*$")
# Dutch and English month names and their usual abbreviations (the first three letters,
# and "sept"); "mei"/"may" and "maart"/"march" are the only spellings that differ early.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january"),
            ("februari", "february"),
            ("maart", "march", "mrt"),
            ("april",),
            ("mei", "may"),
            ("juni", "june"),
            ("juli", "july"),
            ("augustus", "august"),
            ("september", "sept"),
            ("oktober", "october", "okt"),
            ("november",),
            ("december",),
        ),
        start=1,
    )
    for full in names
    for name in {full, full[:3]}
}


def parse_due(text: str, today: date) -> date | None:
    """When an action is due, as a facilitator types it: "15-12", "15/12/2026",
    "15.12.26" (day first, as in Dutch), or "15 december", "15 dec 2026", "3 mei".
    Without a year the next such day is meant. Anything else is no date (the UI says
    so rather than drop it)."""
    match = _DUE.match(text)
    named = None if match else _DUE_NAMED.match(text)
    if match is not None:
        day, month, year = int(match[1]), int(match[2]), match[3]
    elif named is not None and named[2].lower() in _MONTHS:
        day, month, year = int(named[1]), _MONTHS[named[2].lower()], named[3]
    else:
        return None
    return _next_date(day, month, year, today)


def _next_date(day: int, month: int, year: str | None, today: date) -> date | None:
    """That day, in ``year`` or else the next time it comes; None when there is none."""
    try:
        if year is not None:
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        due = date(today.year, month, day)
        return due if due >= today else date(today.year + 1, month, day)
    except ValueError:
        return None
