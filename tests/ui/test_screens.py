"""The projector window on two (virtual) screens: placement, swapping, plugging."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press


def _screen_named(name: str):  # type: ignore[no-untyped-def]
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def test_two_virtual_screens_are_there(qapp) -> None:  # type: ignore[no-untyped-def]
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop", "Projector"]


def test_f5_presents_full_screen_on_the_other_screen_and_holds_the_screen_awake(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    presenter = demo_window.meeting.presenter
    assert presenter is not None
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(presenter.isVisible)
    assert presenter.screen().name() == "Projector"
    assert presenter.isFullScreen()
    assert presenter.geometry() == _screen_named("Projector").geometry()
    assert demo_window.context.wake_lock.held  # type: ignore[attr-defined]


def test_swapping_screens_is_remembered(demo_window: MainWindow) -> None:
    presenter = demo_window.meeting.presenter
    assert presenter is not None
    demo_window.meeting.present()
    presenter.swap_screen()
    assert presenter.screen().name() == "Laptop"
    assert not presenter.isFullScreen()  # on the laptop's own screen: a normal window
    assert demo_window.context.folder.settings.presenter_screen == "Laptop"
    presenter.swap_screen()
    assert presenter.screen().name() == "Projector"
    assert demo_window.context.folder.settings.presenter_screen == "Projector"


def test_unplugging_the_projector_keeps_the_meeting_on_screen(
    demo_window: MainWindow,
) -> None:
    presenter = demo_window.meeting.presenter
    controller = demo_window.meeting.controller
    assert presenter is not None and controller is not None
    demo_window.meeting.present()
    before = presenter.view.countdown.text()
    app = QGuiApplication.instance()
    app.screenRemoved.emit(_screen_named("Projector"))  # type: ignore[union-attr]
    assert presenter.isVisible()
    assert presenter.screen().name() == "Laptop"
    assert not presenter.isFullScreen()
    assert presenter.view.countdown.text() == before
    app.screenAdded.emit(_screen_named("Projector"))  # type: ignore[union-attr]
    assert presenter.screen().name() == "Projector"
    assert presenter.isFullScreen()


def test_esc_leaves_full_screen(demo_window: MainWindow, qtbot: QtBot) -> None:
    presenter = demo_window.meeting.presenter
    assert presenter is not None
    demo_window.meeting.present()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isFullScreen()


def test_closing_the_projector_window_lets_the_screen_sleep_again(
    demo_window: MainWindow,
) -> None:
    presenter = demo_window.meeting.presenter
    assert presenter is not None
    demo_window.meeting.present()
    assert demo_window.context.wake_lock.held  # type: ignore[attr-defined]
    presenter.close()
    assert not demo_window.context.wake_lock.held  # type: ignore[attr-defined]
