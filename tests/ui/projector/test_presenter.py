"""The projector view: what the room sees, and what it must never see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import Role, TurnTaking
from intervisie_desktop.domain.text import LocalizedText
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.projector.presenter_view import PresenterView
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press

CANARY = "CANARY-private-7f3a91"


def _texts_of(view: PresenterView) -> str:
    return "\n".join(view.visible_texts())


def _all_widget_texts(root) -> str:  # type: ignore[no-untyped-def]
    texts = []
    for widget in [root, *root.findChildren(QLabel)]:
        texts += [widget.accessibleName(), widget.toolTip(), widget.whatsThis()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
    return "\n".join(texts)


def _text(nl: str) -> LocalizedText:
    return LocalizedText(nl=nl, en=nl)


def test_private_guidance_never_reaches_the_projector(qtbot: QtBot, clock: FakeClock) -> None:
    """Plant a unique text in every laptop-only field; walk the whole meeting; the
    projector and its preview never contain it."""
    blocks = [
        Block(
            id=f"b{i}",
            kind=BlockKind.STEP,
            title=_text(f"Step {i}"),
            planned_seconds=60,
            instruction=_text("For the room"),
            guidance=_text(f"{CANARY} guidance {i}"),
            speakers=[Role.MEMBERS],
            listeners=[Role.CASE_PRESENTER],
            turns=TurnTaking.MEMBERS if i == 1 else TurnTaking.NONE,
        )
        for i in range(3)
    ]
    engine = SessionEngine(blocks, clock, Participants(("Anna", "Bram"), "Bram"))
    controller = SessionController(engine, "en", meeting_title="Demo")
    view = PresenterView()
    qtbot.addWidget(view)
    view.show()
    seen = []
    controller.changed.connect(lambda: view.show_view(controller.public_view()))
    for action in (
        controller.start,
        controller.next,
        controller.next_turn,
        controller.toggle_pause,
        controller.next,
        controller.finish,
    ):
        clock.advance(70)
        action()
        seen.append(_all_widget_texts(view) + _texts_of(view))
        assert CANARY not in seen[-1]
    assert "For the room" in seen[0]
    assert not hasattr(controller.public_view(), "guidance")


def test_the_demo_projector_and_preview_hold_no_facilitator_guidance(
    demo_window: MainWindow,
) -> None:
    assert demo_window.meeting.presenter is not None and demo_window.meeting.page is not None
    guidance = demo_window.meeting.controller.engine.block.guidance  # type: ignore[union-attr]
    assert guidance is not None
    secret = guidance.en[:40]
    assert secret in demo_window.meeting.page.step_panel.guidance.toPlainText()
    for view in (demo_window.meeting.presenter.view, demo_window.meeting.page.preview):
        assert secret not in _all_widget_texts(view)


def test_heading_countdown_and_who_speaks(demo_window: MainWindow) -> None:
    view = demo_window.meeting.presenter.view  # type: ignore[union-attr]
    assert view.heading.text() == "Step 3 of 10 — Rating the questions"
    assert view.countdown.text() == "6:35"
    assert view.who.text().startswith("Speaking: case presenter")
    assert "Listening only: members" in view.who.text()
    assert view.meeting_title.text() == "Ten-step method"


def test_warning_overrun_and_flash_are_shown_in_words_not_only_colour(
    demo_window: MainWindow, clock: FakeClock
) -> None:
    controller = demo_window.meeting.controller
    assert controller is not None
    view = demo_window.meeting.presenter.view  # type: ignore[union-attr]
    clock.advance(controller.engine.remaining() - 30)
    controller.refresh()
    assert view.status.text() == "Time is nearly up"
    clock.advance(30.5)
    controller.refresh()
    assert view.countdown.text() == "+0:00"
    assert controller.public_view().flash
    clock.advance(83)
    controller.refresh()
    assert view.countdown.text() == "+1:23"
    assert view.status.text() == "Over time"
    assert not controller.public_view().flash


def test_reaching_zero_chimes_once(demo_window: MainWindow, clock: FakeClock) -> None:
    controller = demo_window.meeting.controller
    assert controller is not None
    chime = demo_window.context.chime
    clock.advance(controller.engine.remaining() + 1)
    controller.refresh()
    clock.advance(5)
    controller.refresh()
    assert chime.played == 1  # type: ignore[attr-defined]


def test_blackout_and_pause_screens(demo_window: MainWindow, qtbot: QtBot) -> None:
    window = demo_window
    view = window.meeting.presenter.view  # type: ignore[union-attr]
    press(qtbot, "b")
    assert view._stack.currentWidget() is view.blackout_page
    assert window.meeting.page.blackout_note.isVisibleTo(window)  # type: ignore[union-attr]
    press(qtbot, ".")
    assert view._stack.currentIndex() == 0
    press(qtbot, " ")
    assert view.status.text() == "Paused — the clock is stopped"


def test_countdown_grows_with_the_window(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = PresenterView()
    qtbot.addWidget(view)
    view.show_view(demo_window.meeting.controller.public_view())  # type: ignore[union-attr]
    view.show()
    view.resize(640, 360)
    QApplication.processEvents()
    small = view.countdown.fitted_font().pixelSize()
    view.resize(1920, 1080)
    QApplication.processEvents()
    assert view.countdown.fitted_font().pixelSize() > 2 * small


@pytest.mark.parametrize("remaining", [394.3, 394.0, 0.4, -0.25, -83.9])
def test_next_repaint_lands_on_the_next_second_boundary(
    demo_window: MainWindow, clock: FakeClock, remaining: float
) -> None:
    controller = demo_window.meeting.controller
    assert controller is not None
    clock.advance(controller.engine.remaining() - remaining)
    wait = controller.next_repaint_in_ms()
    assert wait is not None
    before = controller.public_view().countdown
    clock.advance(wait / 1000)
    assert controller.public_view().countdown != before


def test_the_projector_never_takes_the_keyboard_from_the_laptop(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """F5 and a click on the wall leave the keyboard on the laptop, where the scribe
    types and where every clicker key works."""
    meeting = demo_window.meeting
    assert meeting is not None
    focus = meeting.page.board_pane.items
    focus.setFocus()
    meeting.present()
    presenter = meeting.presenter
    qtbot.waitUntil(presenter.isVisible)
    qtbot.mouseClick(presenter.view, Qt.MouseButton.LeftButton)
    assert presenter.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert presenter.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.focusWidget() is focus
    press(qtbot, "b")
    assert presenter.view._stack.currentWidget() is presenter.view.blackout_page
    press(qtbot, "b")
    block = meeting.controller.engine.current
    press(qtbot, Qt.Key.Key_PageDown)
    assert meeting.controller.engine.current == block + 1


def test_the_end_is_a_calm_thank_you_without_the_last_step(demo_window: MainWindow) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    controller, view = meeting.controller, meeting.presenter.view
    controller.jump(len(controller.engine.blocks) - 1)
    controller.next()
    assert view.status.text().startswith("Finish the meeting?")
    controller.next()
    assert view._stack.currentWidget() is view.closing_page
    assert "Ctrl+Shift+E" in demo_window.statusBar().currentMessage()  # what is next
    assert view.closing_page.thanks.text() == "Thank you"
    assert view.closing_page.heading.text() == "End of the meeting"
    instruction = controller.engine.block.instruction
    assert instruction is not None
    assert instruction.en not in "\n".join(view.visible_texts())
