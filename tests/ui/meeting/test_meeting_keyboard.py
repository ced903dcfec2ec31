"""Run the demo meeting from first to last block with the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.ui.dialogs.help_overlay import shortcut_rows
from intervisie_desktop.ui.meeting.budget_bar import ReplanDialog
from intervisie_desktop.ui.shell.key_bindings import Command
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press


def test_whole_demo_meeting_by_keyboard_with_the_projector_on_screen_two(
    demo_window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window = demo_window
    engine = window.meeting.controller.engine  # type: ignore[union-attr]
    presenter = window.meeting.presenter
    assert presenter is not None
    press(qtbot, Qt.Key.Key_F5)
    assert presenter.screen().name() == "Projector"

    press(qtbot, Qt.Key.Key_PageUp)  # back to step 2, its clock where it was
    assert engine.current == 4
    press(qtbot, Qt.Key.Key_PageDown)  # the timeline has the focus: its arrows never steer
    assert presenter.view.heading.text() == "Step 3 of 10 — Rating the questions"
    planned = engine.block.planned_seconds
    press(qtbot, Qt.Key.Key_Plus)
    press(qtbot, Qt.Key.Key_Minus)
    press(qtbot, Qt.Key.Key_Plus)
    assert engine.block.planned_seconds == planned + 60
    press(qtbot, Qt.Key.Key_Space)
    assert engine.state is RunState.PAUSED
    clock.advance(300)
    press(qtbot, Qt.Key.Key_Space)
    assert engine.state is RunState.RUNNING

    last = len(engine.blocks) - 1
    while engine.current < last:
        before = engine.current
        clock.advance(engine.block.planned_seconds * 0.9)
        if engine.turns() is not None:
            press(qtbot, Qt.Key.Key_T)  # the next person's turn
        press(qtbot, Qt.Key.Key_PageDown)
        assert engine.current == before + 1
        shown = window.meeting.controller.public_view().countdown  # type: ignore[union-attr]
        assert presenter.view.countdown.text() == shown

    clock.advance(engine.block.planned_seconds * 0.9)
    press(qtbot, Qt.Key.Key_PageDown)  # on the last block: "finish?", not the end yet
    assert engine.state is RunState.RUNNING
    assert presenter.view.status.text().startswith("Finish the meeting?")
    press(qtbot, Qt.Key.Key_PageUp)  # no: back to the last block
    assert engine.current == last
    assert not presenter.view.status.text().startswith("Finish the meeting?")
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)  # yes
    assert engine.state is RunState.FINISHED
    assert presenter.view.heading.text() == "End of the meeting"
    assert presenter.view.instruction.text() == ""  # a calm end, without the last step
    assert all(engine.log.visited(i) for i in range(len(engine.blocks)))
    recorded = sum(engine.log.seconds(i) for i in range(len(engine.blocks)))
    assert recorded == pytest.approx(engine.log.total())


def test_timeline_shows_plan_actual_and_the_current_block(demo_window: MainWindow) -> None:
    timeline = demo_window.meeting.page.timeline  # type: ignore[union-attr]
    current = timeline.topLevelItem(5)
    assert current is not None
    assert current.text(1) == "Rating the questions"
    assert current.text(2) == "10 min"
    assert current.text(3) == "6:35 left"
    done = timeline.topLevelItem(4)
    assert done is not None and done.text(3) == "9:50"
    assert timeline.topLevelItem(6).text(3) == ""  # type: ignore[union-attr]


def test_budget_bar_and_replan_after_running_late(
    demo_window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.meeting.page
    controller = demo_window.meeting.controller
    assert page is not None and controller is not None
    assert "15 min to spare" in page.budget.summary.text()
    clock.advance(40 * 60)  # the rating step runs far over
    controller.refresh()
    assert "late" in page.budget.summary.text()
    assert page.budget.replan.isEnabled()
    shown = []
    monkeypatch.setattr(
        ReplanDialog, "launch", classmethod(lambda cls, c, p, parent: shown.append(p) or True)
    )
    page.budget.offer_replan()
    assert shown and shown[0].changes
    evaluation = controller.engine.blocks[-1]
    assert evaluation.protected and evaluation.planned_seconds == 600
    assert "on time" in page.budget.summary.text()


def test_replan_dialog_lists_the_changes(demo_window: MainWindow, clock: FakeClock) -> None:
    controller = demo_window.meeting.controller
    assert controller is not None
    clock.advance(30 * 60)
    proposal = controller.engine.replan_proposal()
    assert proposal is not None
    dialog = ReplanDialog(controller, proposal, demo_window)
    assert dialog.changes.topLevelItemCount() == len(proposal.changes)
    first = dialog.changes.topLevelItem(0)
    assert first is not None and first.text(1) == "15 min"


def test_turns_panel_follows_the_round(demo_window: MainWindow, qtbot: QtBot) -> None:
    controller = demo_window.meeting.controller
    assert controller is not None
    controller.jump(0)  # the icebreaker round: everyone in turn, 90 seconds each
    panel = demo_window.meeting.page.step_panel  # type: ignore[union-attr]
    assert panel.turns_box.isVisibleTo(demo_window)
    view = demo_window.meeting.presenter.view  # type: ignore[union-attr]
    assert panel.turns_heading.text().startswith("Turn: Farid")
    assert view.turn.text().startswith("Now: Farid")
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert view.turn.text().startswith("Now: Eva")
    assert panel.turn_list.currentItem().text() == "Eva"  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_T)
    assert view.turn.text().startswith("Now: Farid")
    assert panel.turn_list.item(4).text() == "Eva — done"  # type: ignore[union-attr]


def test_a_minute_more_leaves_the_reader_where_they_were_in_the_guidance(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """Reading the guidance with the caret half-way, + and − change the block's minutes
    and nothing else: the caret and the scroll position stay; a new block starts on top."""
    page = demo_window.meeting.page  # type: ignore[union-attr]
    engine = demo_window.meeting.controller.engine  # type: ignore[union-attr]
    guidance = page.step_panel.guidance
    guidance.resize(guidance.width(), 60)  # short enough to scroll
    guidance.setFocus()
    qtbot.waitUntil(guidance.hasFocus)
    cursor = guidance.textCursor()
    cursor.setPosition(len(guidance.toPlainText()) // 2)
    guidance.setTextCursor(cursor)
    guidance.ensureCursorVisible()
    scrolled = guidance.verticalScrollBar().value()
    assert scrolled > 0
    planned = engine.block.planned_seconds
    press(qtbot, Qt.Key.Key_Plus)
    press(qtbot, Qt.Key.Key_Plus)
    press(qtbot, Qt.Key.Key_Minus)
    assert engine.block.planned_seconds == planned + 60
    assert guidance.hasFocus()
    assert guidance.textCursor().position() == cursor.position()
    assert guidance.verticalScrollBar().value() == scrolled
    press(qtbot, Qt.Key.Key_PageDown)
    assert guidance.textCursor().position() == 0


def test_help_lists_every_shortcut(demo_window: MainWindow) -> None:
    rows = dict(shortcut_rows())
    assert rows["Next block"] == "PgDown  /  Right"
    assert rows["Blackout"] == "B  /  ."
    assert rows["Start presenting"] == "F5  /  Shift+F5"  # a clicker's "present" button
    assert rows["Keyboard shortcuts"] == "F1  /  ?"


def test_meeting_actions_are_disabled_without_a_meeting(main_window_in) -> None:  # type: ignore[no-untyped-def]
    window = main_window_in("en")
    assert not window.actions_[Command.NEXT].isEnabled()
    assert window.actions_[Command.HELP].isEnabled()
    window.methods_page.start_button.click()
    assert window.pages.currentWidget() is window.prepare_page
    window.prepare_page.start.click()  # type: ignore[union-attr]
    assert window.actions_[Command.NEXT].isEnabled()
    assert window.pages.currentWidget() is window.meeting.page


def test_quitting_during_a_meeting_asks_first(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop())
    demo_window.quit_requested()
    assert demo_window.isVisible() and not answers  # asked, and stayed
