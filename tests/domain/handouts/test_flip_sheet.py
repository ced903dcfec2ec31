"""A board list as a flip-over sheet, and the evaluation form on paper."""

from __future__ import annotations

from datetime import date

import pytest

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind, Rating
from intervisie_desktop.domain.handouts.flip_sheet import (
    FlipOptions,
    evaluation_form_sheet,
    flip_sheet,
)
from intervisie_desktop.domain.report_render import to_html, to_markdown
from intervisie_desktop.domain.series.evaluation import EVALUATION_FORM


@pytest.fixture
def board() -> Board:
    board = Board()
    board.add(
        BoardItem(
            kind=ItemKind.QUESTION,
            text="Wat doe je als je ja zegt?",
            author="Anna de Vries",
            rating=Rating.WARM,
        )
    )
    board.add(
        BoardItem(kind=ItemKind.QUESTION, text="Wie merkt het?", author="Bram", rating=Rating.COLD)
    )
    board.add(BoardItem(kind=ItemKind.QUESTION, text="Wanneer begon het?"))
    board.add(BoardItem(kind=ItemKind.ADVICE, text="Zeg eerst: ik kom erop terug.", chosen=True))
    board.add(BoardItem(kind=ItemKind.NOTE, text="Privé: Anna lijkt moe"))
    return board


def test_questions_with_their_ratings_in_board_order(board: Board) -> None:
    sheet = flip_sheet(board, ItemKind.QUESTION, "nl", FlipOptions(day=date(2026, 3, 10)))
    assert sheet.title == "Vragen"
    assert sheet.sections[0].items == [
        "W — Wat doe je als je ja zegt?",
        "K — Wie merkt het?",
        "Wanneer begon het?",
    ]
    assert ("Datum", "10-03-2026") in sheet.facts
    english = flip_sheet(board, ItemKind.QUESTION, "en")
    assert english.sections[0].items[1] == "C — Wie merkt het?"  # cold


def test_names_only_when_asked_and_then_as_initials(board: Board) -> None:
    assert "Anna" not in to_markdown(flip_sheet(board, ItemKind.QUESTION, "nl"))
    named = flip_sheet(board, ItemKind.QUESTION, "nl", FlipOptions(names=True))
    assert named.sections[0].items[0].endswith("— A.d.V.")
    full = flip_sheet(board, ItemKind.QUESTION, "nl", FlipOptions(names=True, use_initials=False))
    assert full.sections[0].items[0].endswith("— Anna de Vries")


def test_chosen_advice_is_marked(board: Board) -> None:
    sheet = flip_sheet(board, ItemKind.ADVICE, "en")
    assert sheet.sections[0].items == ["Zeg eerst: ik kom erop terug. (chosen)"]


def test_private_notes_are_never_printed_as_a_list(board: Board) -> None:
    with pytest.raises(ValueError, match="private"):
        flip_sheet(board, ItemKind.NOTE, "nl")
    for kind in (ItemKind.QUESTION, ItemKind.ADVICE):
        assert "Privé" not in to_markdown(flip_sheet(board, kind, "nl"))


def test_the_sheet_is_confidential_and_in_large_print(board: Board) -> None:
    sheet = flip_sheet(board, ItemKind.QUESTION, "nl")
    assert sheet.confidential.startswith("Vertrouwelijk")
    html = to_html(sheet)
    assert "<body style='font-size:22pt'>" in html and sheet.confidential in html


def test_the_paper_evaluation_form_has_every_question() -> None:
    markdown = to_markdown(evaluation_form_sheet("nl"))
    for number, question in enumerate(EVALUATION_FORM, start=1):
        assert f"## {number}. {question.text.nl}" in markdown
    rated = sum(1 for q in EVALUATION_FORM if q.rated)
    assert markdown.count("Omcirkel: 1 2 3 4 5") == rated
    assert "Vertrouwelijk" in markdown
