"""The projector in a window, for a video call to share: only the room's view is in it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.ui.projector.presenter_view import PresenterView
from intervisie_desktop.ui.projector.share_window import ShareWindow, fitting
from intervisie_desktop.ui.shell.key_bindings import Command
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press
from tests.ui.projector.wall_checks import assert_every_entry_whole, cap_height
from tests.ui.projector.wall_samples import QUESTIONS_NL

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PROJECTOR_PACKAGE = "intervisie_desktop.ui.projector."


def _open(window: MainWindow, qtbot: QtBot) -> ShareWindow:
    meeting = window.meeting
    assert meeting is not None
    meeting.page.timeline.setFocus()
    press(qtbot, Qt.Key.Key_F5, CTRL_SHIFT)
    qtbot.waitUntil(meeting.share.isVisible)
    return meeting.share


def test_ctrl_shift_f5_opens_an_ordinary_window_on_the_laptop_screen(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    share = _open(demo_window, qtbot)
    assert share.screen().name() == "Laptop"
    assert not share.isFullScreen()
    assert share.size() == QSize(1280, 720)  # the remembered size (16:9)
    assert demo_window.actions_[Command.SHARE_WINDOW].isChecked()
    assert "share this one" in share.windowTitle()
    assert share.view.countdown.text() == "6:35"  # the room's view, live
    assert not demo_window.meeting.presenter.isVisible()  # the projector is not touched


def test_the_shared_window_holds_the_projector_view_and_nothing_of_the_laptop(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    meeting.board.add(BoardItem(kind=ItemKind.NOTE, text="PRIVATE-note-0a1b"))
    share = _open(demo_window, qtbot)
    children = share.findChildren(QWidget)
    assert share.view in children
    for widget in children:
        inside = widget is share.view or share.view.isAncestorOf(widget)
        assert inside, f"{type(widget).__name__} is not part of the projector view"
        module = type(widget).__module__
        assert module.startswith((PROJECTOR_PACKAGE, "PySide6.")), module
    assert not set(children) & set(meeting.page.findChildren(QWidget))
    guidance = meeting.controller.engine.block.guidance
    assert guidance is not None
    texts = "\n".join(share.view.visible_texts())
    texts += "\n".join(
        label.toolTip() + label.accessibleName() for label in share.findChildren(QLabel)
    )
    assert guidance.en[:40] not in texts and "PRIVATE" not in texts


def test_opening_it_leaves_the_keyboard_with_the_scribe(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """Ctrl+Shift+F5 while writing: the next letters still go on the flip-over, and a
    space is a space, not a pause."""
    meeting = demo_window.meeting
    assert meeting is not None
    pane = meeting.page.board_pane
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    pane.entry.setFocus()
    press(qtbot, Qt.Key.Key_F5, CTRL_SHIFT)
    assert meeting.share is not None and meeting.share.isVisible()
    QApplication.processEvents()  # an activation the window asked for has happened now
    assert not meeting.share.isActiveWindow()
    assert QApplication.focusWidget() is pane.entry
    qtbot.keyClicks(QApplication.focusWidget(), "Test note")
    assert pane.entry.text() == "Test note"
    assert meeting.controller.engine.state is RunState.RUNNING


def test_blackout_pause_and_lists_work_in_the_window(demo_window: MainWindow, qtbot: QtBot) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    share = _open(demo_window, qtbot)
    view = share.view
    share.activateWindow()
    qtbot.waitUntil(share.isActiveWindow)
    assert QApplication.focusWidget() is share  # keys pressed here reach the meeting
    press(qtbot, Qt.Key.Key_B)  # the clicker's blackout works with the focus here
    assert view._stack.currentWidget() is view.blackout_page
    press(qtbot, Qt.Key.Key_B)
    press(qtbot, Qt.Key.Key_Space)
    assert view.status.text() == "Paused — the clock is stopped"
    meeting.board.share_list(ItemKind.QUESTION, True)
    assert view.listing and "What happens inside you" in view.board.text()


@pytest.mark.parametrize(("size", "floor"), [(QSize(1280, 720), 22), (QSize(960, 540), 18)])
def test_step_time_and_ten_questions_are_readable_at_call_sizes(
    demo_window: MainWindow, qtbot: QtBot, size: QSize, floor: float
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    board = meeting.board
    for item in list(board.board.of_kind(ItemKind.QUESTION)):
        board.remove(item.id)
    for text, _rating in QUESTIONS_NL[:10]:
        board.add(BoardItem(kind=ItemKind.QUESTION, text=text))
    board.share_list(ItemKind.QUESTION, True)
    share = _open(demo_window, qtbot)
    share.set_preset(size)
    qtbot.waitUntil(lambda: share.view.size() == size)
    QApplication.processEvents()
    page = share.view.board_page
    layout = assert_every_entry_whole(share.view.board)
    assert layout.page_count == 1 and cap_height(layout) >= floor
    assert page.heading.text() == "Step 3 of 10 — Rating the questions"
    assert QFontMetricsF(page.heading.font()).capHeight() >= floor * 0.8
    assert page.countdown.text() == "6:35" and page.countdown.isVisible()
    assert page.countdown.fitted_font().pixelSize() >= size.height() / 10


def test_presets_and_the_dragged_size_are_remembered(demo_window: MainWindow, qtbot: QtBot) -> None:
    settings = lambda: demo_window.context.folder.settings  # noqa: E731
    share = _open(demo_window, qtbot)
    demo_window.actions_[Command.SHARE_WINDOW_SMALL].trigger()
    assert share.size() == QSize(960, 540)
    assert (settings().share_window_width, settings().share_window_height) == (960, 540)
    share.resize(1000, 562)  # dragged by the user
    demo_window.meeting.page.timeline.setFocus()
    demo_window.activateWindow()
    press(qtbot, Qt.Key.Key_F5, CTRL_SHIFT)  # the same command closes it
    assert not share.isVisible()
    assert not demo_window.actions_[Command.SHARE_WINDOW].isChecked()
    assert (settings().share_window_width, settings().share_window_height) == (1000, 562)


def test_the_preview_follows_the_window_the_room_sees(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    preview: PresenterView = meeting.page.preview
    assert preview.reference_height == 1080  # a typical projector, while none is shown
    share = _open(demo_window, qtbot)
    share.set_preset(QSize(960, 540))
    qtbot.waitUntil(lambda: preview.reference_height == 540)
    share.close()
    qtbot.waitUntil(lambda: preview.reference_height == 1080)


def test_a_remembered_size_too_big_for_the_laptop_shrinks_at_16_to_9() -> None:
    assert fitting(QSize(1280, 720), QSize(1366, 768)) == QSize(1280, 720)
    assert fitting(QSize(1920, 1080), QSize(1366, 768)) == QSize(1280, 720)
    assert fitting(QSize(1920, 1080), QSize(1024, 600)) == QSize(981, 551)
