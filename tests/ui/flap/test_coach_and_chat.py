"""The coach's hints beside flip-over items, and a video call's chat pasted in one go."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.report import TakeawayOptions
from intervisie_desktop.domain.report_render import to_markdown
from intervisie_desktop.ui.flap.chat_paste import ChatPasteDialog
from intervisie_desktop.ui.flap.coach_dialog import CoachDialog
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press

WHY = "Why did you say yes to your team leader?"


def _to_questions(window: MainWindow):  # type: ignore[no-untyped-def]
    meeting = window.meeting
    assert meeting is not None
    meeting.controller.previous()  # the demo is in the rating step; back to the questions
    return meeting, meeting.page.board_pane


def test_a_why_question_gets_a_hint_on_the_laptop_only(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting, pane = _to_questions(demo_window)
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, WHY)
    press(qtbot, Qt.Key.Key_Return)
    row = pane.items.currentIndex()
    assert pane.items.row_text(row.row()).startswith(WHY)
    hint = row.data(Qt.ItemDataRole.ToolTipRole)
    assert hint and "why" in hint.casefold()
    assert row.data(Qt.ItemDataRole.DecorationRole) is not None
    assert row.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("Coach:")

    shown: list[CoachDialog] = []

    def exec_(dialog: CoachDialog) -> int:
        shown.append(dialog)
        dialog.dismiss_buttons[0].click()
        return 0

    monkeypatch.setattr(CoachDialog, "exec", exec_)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert shown and not pane.items.currentIndex().data(Qt.ItemDataRole.ToolTipRole)

    meeting.board.share_list(ItemKind.QUESTION, True)
    view = meeting.presenter.view
    assert WHY in view.board.text()
    assert hint.split("\n")[0] not in view.board.text()
    takeaway = to_markdown(meeting.takeaway(TakeawayOptions(include_notes=True)))
    assert WHY in takeaway and hint.split("\n")[0] not in takeaway


def test_the_coach_can_be_switched_off(demo_window: MainWindow, qtbot: QtBot) -> None:
    meeting, pane = _to_questions(demo_window)
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, WHY)
    press(qtbot, Qt.Key.Key_Return)
    settings = demo_window.context.folder.settings.model_copy(update={"coach": False})
    meeting.apply_settings(settings)
    assert pane.items.currentIndex().data(Qt.ItemDataRole.ToolTipRole) is None


TEAMS = """Anna de Vries
10:02
What happens when you say no?
Bram
10:03
How do you notice the pressure?
Dewi
10:03
Thanks, good question!
Piet Groen (Guest)
10:04
What would your team leader say?
Farid joined the meeting
"""


def test_the_chats_questions_land_on_the_flap_in_one_undoable_step(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting, pane = _to_questions(demo_window)
    board = meeting.board
    before = len(board.board.items)
    seen: list[ChatPasteDialog] = []

    def exec_(dialog: ChatPasteDialog) -> int:
        seen.append(dialog)
        dialog.authors["Piet Groen (Guest)"].setCurrentIndex(
            dialog.authors["Piet Groen (Guest)"].findData("Eva")
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChatPasteDialog, "exec", exec_)
    pane.paste_chat(TEAMS)
    added = board.board.items[before:]
    assert [(i.text, i.author) for i in added] == [
        ("What happens when you say no?", "Anna"),
        ("How do you notice the pressure?", "Bram"),
        ("What would your team leader say?", "Eva"),
    ]
    assert all(i.kind is ItemKind.QUESTION and not i.shared for i in added)
    assert "Thanks" not in " ".join(i.text for i in added)  # the case presenter's own line
    assert (
        "left out (joined, left, reactions, quotes): 1." in seen[0].summary_text()
    )  # "Farid joined" left out, and said so
    assert meeting.presenter.view.board.isHidden()
    board.undo_stack.undo()
    assert len(board.board.items) == before
