"""One key scheme for the clicker, the scribe and the keyboard-only facilitator.

A clicker sends Page Up/Down, F5, Shift+F5, Esc, B and "."; these always steer on
the meeting page, also while the focus is in the flip-over's list. A text field
being typed in keeps its characters; Enter and Esc hand the focus back. Single
keys (Space, T, arrows) only act where the focused control has no use for them,
never on another page, and can be switched off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import ItemKind, Rating
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.ui.flap.typing_burst import TypingBurst
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press


def _pane(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.meeting is not None
    return window.meeting.page.board_pane


def test_typing_keeps_the_clickers_letters_and_enter_gives_the_keys_back(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    pane = _pane(demo_window)
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, "bij wie. ")  # b and . are the clicker's blackout
    assert pane.entry.text() == "bij wie. " and not meeting.controller.blackout
    press(qtbot, Qt.Key.Key_Return)
    assert meeting.board.board.items[-1].text == "bij wie."
    assert QApplication.focusWidget() is pane.items  # the keys are back
    press(qtbot, Qt.Key.Key_B)
    assert meeting.controller.blackout
    press(qtbot, Qt.Key.Key_Period)
    assert not meeting.controller.blackout


def test_the_clickers_page_keys_steer_from_the_input_line_and_the_list(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    engine = demo_window.meeting.controller.engine  # type: ignore[union-attr]
    pane = _pane(demo_window)
    start = engine.current
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, "half a question")
    press(qtbot, Qt.Key.Key_PageDown)
    assert engine.current == start + 1
    assert pane.entry.text() == "half a question"  # the draft stays
    pane.items.setFocus()
    press(qtbot, Qt.Key.Key_PageUp)
    assert engine.current == start


def test_esc_leaves_the_input_line_keeping_the_draft_then_leaves_full_screen(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    pane = _pane(demo_window)
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(meeting.presenter.isFullScreen)
    demo_window.activateWindow()
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, "wat als")
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is pane.items and pane.entry.text() == "wat als"
    assert meeting.presenter.isFullScreen()  # the first Esc only stopped the typing
    press(qtbot, Qt.Key.Key_Escape)
    assert not meeting.presenter.isFullScreen()


def test_shift_f5_presents_too(demo_window: MainWindow, qtbot: QtBot) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    press(qtbot, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert meeting.presenter.presenting


def test_a_letter_in_the_list_starts_the_next_item(demo_window: MainWindow, qtbot: QtBot) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    meeting.controller.previous()  # the clarifying questions: letters write, not rate
    pane = _pane(demo_window)
    pane.items.setFocus()
    qtbot.keyClicks(pane.items, "W")
    assert QApplication.focusWidget() is pane.entry and pane.entry.text() == "W"


def test_space_presses_a_focused_button_instead_of_pausing(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    engine = meeting.controller.engine
    cold = _pane(demo_window).show_cold
    cold.setVisible(True)
    cold.setFocus()
    before = cold.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert cold.isChecked() != before
    assert engine.state is RunState.RUNNING


def test_space_on_the_timeline_pauses_and_its_arrows_never_move_the_meeting(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    engine = demo_window.meeting.controller.engine  # type: ignore[union-attr]
    demo_window.meeting.page.timeline.setFocus()  # type: ignore[union-attr]
    current = engine.current
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Right)
    assert engine.current == current
    press(qtbot, Qt.Key.Key_Space)
    assert engine.state is RunState.PAUSED


def test_meeting_keys_never_act_on_another_page(demo_window: MainWindow, qtbot: QtBot) -> None:
    engine = demo_window.meeting.controller.engine  # type: ignore[union-attr]
    page = demo_window.show_prepare()
    current, state = engine.current, engine.state
    page.tabs.tabBar().setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
        press(qtbot, key)
    page.people.group.setFocus()
    for key in (Qt.Key.Key_B, Qt.Key.Key_T, Qt.Key.Key_PageDown):
        press(qtbot, key)
    assert (engine.current, engine.state) == (current, state)
    assert not demo_window.meeting.controller.blackout  # type: ignore[union-attr]


def test_single_keys_can_be_switched_off_while_the_clicker_keeps_working(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    engine = demo_window.meeting.controller.engine  # type: ignore[union-attr]
    demo_window.actions_.single_keys = False
    demo_window.meeting.page.timeline.setFocus()  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Space)
    assert engine.state is RunState.RUNNING
    current = engine.current
    press(qtbot, Qt.Key.Key_PageDown)
    assert engine.current == current + 1


def test_entering_an_item_in_a_round_of_turns_moves_on_to_the_next_person(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    engine = meeting.controller.engine
    advice = next(i for i, b in enumerate(engine.blocks) if b.id.endswith("impressions"))
    meeting.controller.jump(advice)
    pane = _pane(demo_window)
    first = engine.turns().current_person  # type: ignore[union-attr]
    assert pane.author.currentText() == first
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, "If I were you, I would ask for help.")
    press(qtbot, Qt.Key.Key_Return)
    assert meeting.board.board.of_kind(ItemKind.ADVICE)[-1].author == first
    assert engine.turns().current_person != first  # type: ignore[union-attr]
    assert pane.author.currentText() == engine.turns().current_person  # type: ignore[union-attr]


def test_the_time_is_said_once_per_change_never_every_second(
    demo_window: MainWindow,
    qtbot: QtBot,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    panel = meeting.page.step_panel
    said: list[str] = []
    panel.announced.connect(said.append)
    remaining = meeting.controller.engine.remaining()
    assert panel.remaining.accessibleDescription() == panel.remaining.text() != ""
    for _ in range(int(remaining) + 5):  # second by second, through the warning and zero
        clock.advance(1)
        meeting.controller.refresh()
    assert said == ["Almost time", "Time is up", "Over time"]
    demo_window.meeting.page.timeline.setFocus()  # type: ignore[union-attr]
    press(
        qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert said[-1].endswith("over time on Rating the questions")
    assert demo_window.statusBar().currentMessage() == said[-1]


def test_a_step_change_and_a_pause_are_said_once(
    demo_window: MainWindow,
    qtbot: QtBot,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    """A screen reader hears the clicker's Page Down and the pause, not the seconds."""
    meeting = demo_window.meeting
    assert meeting is not None
    said: list[str] = []
    meeting.page.step_panel.announced.connect(said.append)
    meeting.page.timeline.setFocus()
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(5):
        clock.advance(1)
        meeting.controller.refresh()
    press(qtbot, Qt.Key.Key_Space)
    assert said == ["Now: Answering the warm questions, 15:00", "Paused", "Going on"]


def test_finishing_asks_first_and_says_what_comes_next(
    demo_window: MainWindow,
    qtbot: QtBot,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    engine = demo_window.meeting.controller.engine  # type: ignore[union-attr]
    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_F, ctrl_shift)
    assert engine.state is RunState.RUNNING  # "no": nothing happened
    press(qtbot, Qt.Key.Key_F, ctrl_shift)
    assert engine.state is RunState.FINISHED
    assert "take-away" in asked[-1]
    # however it ended (here, or Page Down on "Afronden?"), the laptop says what is next
    assert "Ctrl+Shift+E" in demo_window.statusBar().currentMessage()


def test_typing_anywhere_on_the_meeting_page_writes_on_the_flip_over(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    meeting.controller.previous()  # the clarifying questions
    meeting.page.timeline.setFocus()
    for character in "Wat maakt dat?":  # each key goes where the focus is by then
        qtbot.keyClicks(QApplication.focusWidget(), character)
    pane = meeting.page.board_pane
    assert QApplication.focusWidget() is pane.entry and pane.entry.text() == "Wat maakt dat?"


def test_sharing_keys_work_wherever_the_focus_is_on_the_meeting_page(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    meeting.page.timeline.setFocus()  # where the focus is when the meeting page opens
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_P, ctrl_shift)
    assert not meeting.presenter.view.board.isHidden()


class _SteadyTyping:
    """A scribe's clock: 0.12 s between keys (a word), or a pause."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _typing_in_the_rating_list(window: MainWindow) -> _SteadyTyping:
    """The list focused on its first question, its burst on a scribe's clock."""
    pane = _pane(window)
    clock = _SteadyTyping()
    pane.items.burst = TypingBurst(clock)
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    return clock


def _type(qtbot: QtBot, clock: _SteadyTyping, text: str) -> None:
    for character in text:
        clock.now += 0.12
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClicks(focus, character)


def test_a_word_typed_in_the_rating_list_is_a_note_not_a_rating_or_a_blackout(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """ "kort overleg": k is a cold rating, "bel": b blacks out the wall. As the first
    letters of a word they are taken back and lead the new item."""
    meeting = demo_window.meeting
    assert meeting is not None
    pane = _pane(demo_window)
    before = [q.rating for q in meeting.board.board.of_kind(ItemKind.QUESTION)]
    clock = _typing_in_the_rating_list(demo_window)
    _type(qtbot, clock, "kort overleg")
    assert pane.entry.text() == "kort overleg"
    assert [q.rating for q in meeting.board.board.of_kind(ItemKind.QUESTION)] == before
    press(qtbot, Qt.Key.Key_Return)
    pane.items.setCurrentRow(0)
    _type(qtbot, clock, "bel morgen")
    assert pane.entry.text() == "bel morgen"
    assert not meeting.controller.blackout


def test_a_rating_given_on_purpose_stays_when_a_note_follows(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    pane = _pane(demo_window)
    clock = _typing_in_the_rating_list(demo_window)
    first = meeting.board.board.of_kind(ItemKind.QUESTION)[0]
    _type(qtbot, clock, "k")
    clock.now += 3  # the case presenter said "cold"; a while later the scribe writes
    _type(qtbot, clock, "een notitie")
    assert meeting.board.board.get(first.id).rating is Rating.COLD
    assert pane.entry.text() == "een notitie"


def test_after_the_last_rating_the_list_can_be_shared_at_once(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """Rate everything, then Ctrl+Shift+P: the selection never slides onto a note."""
    meeting = demo_window.meeting
    assert meeting is not None
    pane = _pane(demo_window)
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    for _ in meeting.board.board.of_kind(ItemKind.QUESTION):
        press(qtbot, Qt.Key.Key_N)
    assert {q.rating for q in meeting.board.board.of_kind(ItemKind.QUESTION)} == {Rating.NEUTRAL}
    press(
        qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert meeting.board.board.is_list_shared(ItemKind.QUESTION)


def test_enter_in_the_answering_step_marks_and_moves_to_the_next_question(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    meeting.controller.next()  # answering the warm questions
    pane = _pane(demo_window)
    pane.items.setFocus()
    pane.items.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    answered = [q for q in meeting.board.board.of_kind(ItemKind.QUESTION) if q.answered]
    assert len(answered) == 2  # two questions marked, not one marked and unmarked


def test_the_redefinition_is_the_case_presenters_without_picking_a_name(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    engine = meeting.controller.engine
    while not engine.block.id.endswith("redefinition"):
        meeting.controller.next()
    pane = _pane(demo_window)
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, "Hoe zeg ik nee zonder schuldgevoel?")
    press(qtbot, Qt.Key.Key_Return)
    item = meeting.board.board.items[-1]
    assert item.kind is ItemKind.REDEFINITION
    assert item.author == engine.participants.case_presenter is not None
