"""The first window: the method list and a method's steps, in Dutch and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from intervisie_desktop.ui.dialogs.about import about_text
from intervisie_desktop.ui.shell.main_window import MainWindow


def _select(window: MainWindow, method_id: str) -> None:
    for row in range(window.methods_page.method_list.count()):
        if window.methods_page.method_list.item(row).data(Qt.ItemDataRole.UserRole) == method_id:
            window.methods_page.method_list.setCurrentRow(row)
            return
    raise AssertionError(method_id)


def test_lists_all_methods_with_their_length(main_window_in) -> None:
    window = main_window_in("en")
    texts = [
        window.methods_page.method_list.item(r).text()
        for r in range(window.methods_page.method_list.count())
    ]
    assert len(texts) == 7
    assert any("Gossip" in t and "45 min · 5 steps" in t for t in texts)


def test_selecting_a_method_shows_its_steps_and_minutes(main_window_in) -> None:
    window = main_window_in("en")
    _select(window, "tienstappen")
    steps = window.methods_page.method_view.steps
    assert steps.topLevelItemCount() == 10
    assert [steps.topLevelItem(i).text(2) for i in range(10)] == [
        "5",
        "10",
        "10",
        "15",
        "10",
        "10",
        "10",
        "10",
        "10",
        "10",
    ]
    assert "100 minutes · 10 steps" in window.methods_page.method_view.summary.text()


def test_arrow_keys_move_through_methods_and_steps(
    main_window_in,
    qtbot: QtBot,
) -> None:
    window = main_window_in("en")
    window.methods_page.method_list.setFocus()
    _select(window, "vijfstappen")
    qtbot.keyClick(window.methods_page.method_list, Qt.Key.Key_Down)
    assert window.methods_page.method_view.title.text() == "Incident method"
    steps = window.methods_page.method_view.steps
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    html = window.methods_page.method_view.step_text.toPlainText()
    assert html.startswith(steps.topLevelItem(2).text(1))
    assert "Only listening: case presenter" in html


def test_step_shows_room_text_and_facilitator_guidance(main_window_in) -> None:
    window = main_window_in("en")
    _select(window, "roddel")
    window.methods_page.method_view.steps.setCurrentItem(
        window.methods_page.method_view.steps.topLevelItem(2)
    )
    text = window.methods_page.method_view.step_text.toPlainText()
    assert "For the room:" in text
    assert "For you, the facilitator:" in text
    assert "Only listening: case presenter" in text


def test_suggested_minutes_are_marked(main_window_in) -> None:
    window = main_window_in("en")
    _select(window, "balint")
    assert "suggestion" in window.methods_page.method_view.summary.text()
    _select(window, "roddel")
    assert "suggestion" not in window.methods_page.method_view.summary.text()


def test_dutch_interface_and_dutch_method_texts(main_window_in) -> None:
    window = main_window_in("nl")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "B&ijeenkomst", "Bea&mer", "&Help"]
    _select(window, "tienstappen")
    assert window.methods_page.method_view.title.text() == "10-stappenmethode"
    assert "100 minuten · 10 stappen" in window.methods_page.method_view.summary.text()
    assert window.methods_page.method_view.steps.headerItem().text(1) == "Stap"


def test_about_states_the_privacy_promise(main_window_in) -> None:
    main_window_in("en")
    assert "never uses the network" in about_text()
    main_window_in("nl")
    assert "nooit het netwerk" in about_text()


def test_stopping_a_running_meeting_is_asked_with_no_as_the_default(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An Enter pressed out of habit must not stop the meeting (quit, or a new one)."""
    defaults = []

    def question(*args: object) -> QMessageBox.StandardButton:
        defaults.append(args[4] if len(args) > 4 else QMessageBox.StandardButton.NoButton)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    demo_window.quit_requested()
    assert defaults == [QMessageBox.StandardButton.No]
    assert demo_window.isVisible() and demo_window.meeting is not None
