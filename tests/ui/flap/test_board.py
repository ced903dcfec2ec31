"""The scribe's board, driven with the keyboard through a whole ten-step meeting."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import Board, ItemKind, Rating
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.meeting_start import MeetingStart
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.report import TakeawayOptions
from intervisie_desktop.ui.flap.board_pane import BoardPane
from intervisie_desktop.ui.reports.exports import write_report
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press

MEMBERS = ("Anna", "Bram", "Chris", "Dewi", "Eva")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PRIVATE = "PRIVATE-note-9c2e"


@pytest.fixture
def meeting(main_window_in, library: MethodLibrary, clock: FakeClock) -> MainWindow:  # type: ignore[no-untyped-def]
    window = main_window_in("en")
    method = library.get("tienstappen")
    rules = library.rules_for(method)
    engine = SessionEngine(build_agenda(method, rules), clock, Participants(MEMBERS, "Dewi"))
    record = Meeting(
        title="Ten-step method",
        method_id=method.id,
        created=clock.wall(),
        case_question="How do I say no more often?",
        blocks=engine.blocks,
        board=Board(),
    )
    window.run(MeetingStart(engine, record, [r.text for r in rules]))
    return window


def _pane(window: MainWindow) -> BoardPane:
    assert window.meeting.page is not None
    return window.meeting.page.board_pane


def _type(qtbot: QtBot, pane: BoardPane, text: str, author: str | None = None) -> None:
    if author is not None:  # pick the member with the arrow keys, as a user would
        pane.author.setFocus()
        steps = pane.author.findText(author) - pane.author.currentIndex()
        for _ in range(abs(steps)):
            qtbot.keyClick(pane.author, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
        assert pane.author.currentText() == author
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, text)
    qtbot.keyClick(pane.entry, Qt.Key.Key_Return)


def _next_block(qtbot: QtBot, window: MainWindow) -> None:
    window.meeting.page.timeline.setFocus()  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_PageDown)


def test_a_whole_ten_step_meeting_on_the_board(
    meeting: MainWindow, qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window, pane = meeting, _pane(meeting)
    board = window.meeting.board.board  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Space)  # start: roles and rules
    _next_block(qtbot, window)  # step 1: introduction
    _type(qtbot, pane, f"{PRIVATE}: Dewi looks tired")
    assert board.of_kind(ItemKind.NOTE)[0].text.startswith(PRIVATE)

    _next_block(qtbot, window)  # step 2: clarifying questions, at most 3 each
    assert pane.current_kind() is ItemKind.QUESTION
    _type(qtbot, pane, "What happens when you say yes?", author="Anna")
    _type(qtbot, pane, "Who asks the most of you?", author="Bram")
    _type(qtbot, pane, "When did you last say no?", author="Chris")
    _type(qtbot, pane, "What would change if you said no?", author="Anna")
    assert "Anna 2/3" in pane.status.text() and "Dewi" not in pane.status.text()
    for question in ("Why now?", "And then?"):
        _type(qtbot, pane, question, author="Anna")
    assert "⚠ Anna 4/3" in pane.status.text()  # allowed, but it shows
    for _ in range(2):
        pane.items.setFocus()
        qtbot.keyClick(pane.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q.author for q in board.of_kind(ItemKind.QUESTION)] == ["Anna", "Bram", "Chris", "Anna"]

    _next_block(qtbot, window)  # step 3: the case presenter rates every question
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    for key in (Qt.Key.Key_W, Qt.Key.Key_N, Qt.Key.Key_W, Qt.Key.Key_K):
        qtbot.keyClick(pane.items, key)
    assert [q.rating for q in board.of_kind(ItemKind.QUESTION)] == [
        Rating.WARM,
        Rating.NEUTRAL,
        Rating.WARM,
        Rating.COLD,
    ]
    qtbot.keyClick(pane.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert board.of_kind(ItemKind.QUESTION)[3].rating is None
    pane.items.setCurrentRow(3)
    qtbot.keyClick(pane.items, Qt.Key.Key_C)  # C for cold works too
    assert board.of_kind(ItemKind.QUESTION)[3].rating is Rating.COLD

    _next_block(qtbot, window)  # step 4: warm first, cold folded away, Enter = answered
    shown = [pane.items.row_text(r) for r in range(pane.items.count())]
    assert shown[0].startswith("[W] What happens") and shown[1].startswith("[W] When did")
    assert not any("[C]" in line for line in shown)
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    qtbot.keyClick(pane.items, Qt.Key.Key_Return)
    pane.items.setCurrentRow(1)
    qtbot.keyClick(pane.items, Qt.Key.Key_Return)
    assert [q.answered for q in board.answering_order()] == [True, True, False, False]
    pane.items.setCurrentRow(2)
    pane.entry.setFocus()  # Enter on the empty input line marks it too
    qtbot.keyClick(pane.entry, Qt.Key.Key_Return)
    assert [q.answered for q in board.answering_order()] == [True, True, True, False]
    pane.items.setCurrentRow(2)
    qtbot.keyClick(pane.items, Qt.Key.Key_Return)  # and again: not answered after all

    _next_block(qtbot, window)  # step 5: extra questions
    _type(qtbot, pane, "What would a good no sound like?", author="Eva")
    _next_block(qtbot, window)  # step 6: problem definitions, members in turn
    assert pane.current_kind() is ItemKind.PROBLEM_DEFINITION
    assert pane.author.currentText() == "Anna"  # whose turn it is
    _type(qtbot, pane, "My problem is that I want to be liked.")
    assert pane.author.currentText() == "Bram"  # entering it passed the turn on
    _type(qtbot, pane, "My problem is that I have no priorities.")
    _next_block(qtbot, window)  # step 7: rate the definitions
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    qtbot.keyClick(pane.items, Qt.Key.Key_W)
    qtbot.keyClick(pane.items, Qt.Key.Key_K)
    _next_block(qtbot, window)  # step 8: the case presenter's redefinition
    assert pane.current_kind() is ItemKind.REDEFINITION
    _type(qtbot, pane, "The core of my question is: how do I stay valuable?", author="Dewi")
    listed = [pane.items.row_text(r) for r in range(pane.items.count())]
    assert any("want to be liked" in line for line in listed)  # next to the group's

    _next_block(qtbot, window)  # step 9: advice, one each, in turn
    for member in ("Anna", "Bram", "Chris", "Eva"):
        assert pane.author.currentText() == member
        _type(qtbot, pane, f"If I were you, I would ask {member} for help.")  # and on to the next
    assert pane.status.text() == "Everyone has given advice."

    _next_block(qtbot, window)  # step 10: evaluation, chosen advice, action plan
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    qtbot.keyClick(pane.items, Qt.Key.Key_Return)  # Anna's advice is chosen
    pane.kind.setCurrentIndex(pane.kind.findData(ItemKind.ACTION))
    _type(qtbot, pane, "I ask for a day to think before I say yes.", author="Dewi")
    pane.kind.setCurrentIndex(pane.kind.findData(ItemKind.EVALUATION))
    _type(qtbot, pane, "I learned that yes is about being liked.", author="Dewi")
    assert board.of_kind(ItemKind.ADVICE)[0].chosen
    assert window.meeting.meeting_report().sections[-1].items == [
        "I learned that yes is about being liked. (Dewi, about the case)"
    ]

    pdf = tmp_path / "takeaway.pdf"
    write_report(window.meeting.takeaway(TakeawayOptions(use_initials=True)), pdf)
    assert pdf.stat().st_mode & 0o777 == 0o600
    text = subprocess.run(
        [_pdftotext(), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "How do I say no more often?",
        "[warm] What happens when you say yes?",
        "My problem is that I want to be liked.",
        "how do I stay valuable?",
        "ask Anna for help",
        "chosen",
        "I ask for a day to think",
        "(A.)",
        "what is said in intervisie stays in the group",
    ):
        assert expected in text
    assert PRIVATE not in text
    assert "Anna)" not in text  # initials only


def _pdftotext() -> str:
    found = shutil.which("pdftotext")
    assert found, "pdftotext (poppler-utils) is installed by `make test`"
    return found


def test_private_notes_only_with_the_tick(meeting: MainWindow, qtbot: QtBot) -> None:
    pane = _pane(meeting)
    _type(qtbot, pane, f"{PRIVATE} private")
    without = meeting.meeting.takeaway(TakeawayOptions())
    with_notes = meeting.meeting.takeaway(TakeawayOptions(include_notes=True))
    assert PRIVATE not in str(without)
    assert PRIVATE in str(with_notes)


def test_shared_items_reach_the_projector_and_private_ones_never(
    meeting: MainWindow, qtbot: QtBot
) -> None:
    window, pane = meeting, _pane(meeting)
    board = window.meeting.board
    assert board is not None and window.meeting.presenter is not None
    press(qtbot, Qt.Key.Key_Space)
    _next_block(qtbot, window)
    _next_block(qtbot, window)  # clarifying questions
    _type(qtbot, pane, "What happens when you say yes?", author="Anna")
    _type(qtbot, pane, f"{PRIVATE} - not for the room")  # typed as a question...
    pane.kind.setCurrentIndex(pane.kind.findData(ItemKind.NOTE))
    _type(qtbot, pane, f"{PRIVATE} note")
    board.remove(board.board.of_kind(ItemKind.QUESTION)[1].id)
    view = window.meeting.presenter.view
    assert view.board.isHidden()

    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    qtbot.keyClick(pane, Qt.Key.Key_P, CTRL_SHIFT)
    assert "What happens when you say yes?" in view.board.text()
    assert PRIVATE not in view.board.text()
    assert "on projector" in pane.items.row_text(0)

    note = board.board.of_kind(ItemKind.NOTE)[0]
    with pytest.raises(ValueError, match="one by one"):
        board.board.share_list(ItemKind.NOTE, True)
    pane.items.setCurrentRow(1)
    assert pane.selected_id() == note.id
    qtbot.keyClick(pane, Qt.Key.Key_P, CTRL_SHIFT)  # a notes list cannot be shown whole
    assert "show them one at a time" in pane.hint.text()
    assert PRIVATE not in view.board.text()

    qtbot.keyClick(pane, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # this one, on purpose
    assert PRIVATE in view.board.text()
    qtbot.keyClick(pane, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # and away again
    assert PRIVATE not in view.board.text()
    pane.items.setCurrentRow(0)
    qtbot.keyClick(pane, Qt.Key.Key_P, CTRL_SHIFT)
    assert view.board.isHidden()


def test_edit_reorder_delete_and_undo(meeting: MainWindow, qtbot: QtBot) -> None:
    pane = _pane(meeting)
    board = meeting.meeting.board.board  # type: ignore[union-attr]
    _type(qtbot, pane, "first")
    _type(qtbot, pane, "second")
    pane.items.setFocus()
    pane.items.setCurrentRow(1)
    qtbot.keyClick(pane.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.text for i in board.items] == ["second", "first"]
    qtbot.keyClick(pane.items, Qt.Key.Key_F2)
    assert pane.entry.hasFocus() and pane.entry.text() == "second"
    qtbot.keyClicks(pane.entry, "2nd")
    qtbot.keyClick(pane.entry, Qt.Key.Key_Return)
    assert [i.text for i in board.items] == ["2nd", "first"]
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    qtbot.keyClick(pane.items, Qt.Key.Key_Delete)
    assert [i.text for i in board.items] == ["first"]
    for _ in range(3):
        qtbot.keyClick(pane.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in board.items] == ["first", "second"]


def test_the_rating_step_puts_the_cursor_in_the_list(meeting: MainWindow, qtbot: QtBot) -> None:
    window, pane = meeting, _pane(meeting)
    board = window.meeting.board.board  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(2):
        _next_block(qtbot, window)  # to the clarifying questions
    _type(qtbot, pane, "What do you need?")
    _next_block(qtbot, window)  # the rating step: no clicking needed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W)
    assert board.of_kind(ItemKind.QUESTION)[0].rating is Rating.WARM
    assert pane.entry.text() == ""


def test_typing_a_name_as_author_never_triggers_a_shortcut(
    meeting: MainWindow, qtbot: QtBot
) -> None:
    window, pane = meeting, _pane(meeting)
    pane.author.setFocus()
    pane.author.lineEdit().selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(pane.author.lineEdit(), "bram")  # b is the blackout key elsewhere
    assert not window.meeting.controller.blackout  # type: ignore[union-attr]
    _type(qtbot, pane, "Who decides?")
    assert window.meeting.board.board.items[-1].author == "Bram"  # type: ignore[union-attr]
