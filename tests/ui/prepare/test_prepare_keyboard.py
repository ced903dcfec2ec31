"""Preparing with the keyboard: no traps, no tab characters, the chooser and the agenda
work together, every member of a new group qualifies, the picker picks another."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import demo_group, demo_past_meetings
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.outline import Part
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.prepare.group_dialog import GroupDialog
from intervisie_desktop.ui.prepare.prepare_page import PreparePage
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press

WindowIn = Callable[[str], MainWindow]
MEMBERS = ["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid"]


def _focused_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _type(qtbot: QtBot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def _prepare_new_group(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> PreparePage:
    group = Group(name="Team Noord", members=[Member(name=n) for n in MEMBERS])
    monkeypatch.setattr(GroupDialog, "launch", classmethod(lambda cls, g, parent: group))
    page = window.show_prepare()
    page.people.create_group()
    return page


def test_tab_leaves_the_members_table_instead_of_wrapping_to_the_first_name(
    qtbot: QtBot,
) -> None:
    dialog = GroupDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.members
    table.setFocus()
    table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_F2)
    _type(qtbot, "Anna")
    press(qtbot, Qt.Key.Key_Tab)  # while typing, Tab goes on to the role
    _type(qtbot, "HR")
    press(qtbot, Qt.Key.Key_Tab)  # from the last cell: out of the table, not to "Anna"
    assert not _focused_in(table)
    assert table.item(0, 0).text() == "Anna" and table.item(0, 1).text() == "HR"  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Backtab)
    assert _focused_in(table)
    press(qtbot, Qt.Key.Key_Tab)  # not editing: Tab leaves at once
    assert not _focused_in(table)
    table.setFocus()
    press(qtbot, Qt.Key.Key_Backtab)
    assert not _focused_in(table)
    table.setFocus()
    table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_F2)
    _type(qtbot, "xyz")
    press(qtbot, Qt.Key.Key_Escape)  # Esc drops the edit and stays in the table
    assert table.item(0, 0).text() == "Anna"  # type: ignore[union-attr]
    assert QApplication.focusWidget() is table and dialog.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert not _focused_in(table)


def test_the_agenda_table_is_worked_with_keys_and_let_go_with_tab(
    main_window_in, qtbot: QtBot
) -> None:
    window: MainWindow = main_window_in("en")
    page = window.show_prepare()
    page.tabs.setCurrentWidget(page.agenda)
    table = page.agenda.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    assert page.agenda.outline[0].part is Part.CHECK_IN and page.agenda.outline[0].enabled
    press(qtbot, Qt.Key.Key_Space)
    assert not page.agenda.outline[0].enabled
    press(qtbot, Qt.Key.Key_Space)
    assert page.agenda.outline[0].enabled
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "7")
    press(qtbot, Qt.Key.Key_Return)  # Qt commits an edit on the next turn of the loop
    qtbot.waitUntil(lambda: page.agenda.outline[0].minutes == 7)
    qtbot.waitUntil(lambda: _focused_in(table) and QApplication.focusWidget() is table)
    press(qtbot, Qt.Key.Key_Tab)
    assert not _focused_in(table)


def test_the_case_question_never_types_a_tab(main_window_in: WindowIn, qtbot: QtBot) -> None:
    window: MainWindow = main_window_in("en")
    people = window.show_prepare().people
    people.question.setFocus()
    _type(qtbot, "How do I say no?")
    press(qtbot, Qt.Key.Key_Tab)
    assert people.question.toPlainText() == "How do I say no?"
    assert not _focused_in(people.question)


def test_in_a_new_group_every_member_qualifies_and_is_shown(
    main_window_in: WindowIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = main_window_in("en")
    page = _prepare_new_group(window, monkeypatch)
    text = page.people.suggestions.text()
    assert "No case yet: " + ", ".join(MEMBERS) in text
    assert "Not yet facilitated: " + ", ".join(MEMBERS) in text
    assert page.icebreakers.new_group.isChecked()  # no meetings yet: introductions planned
    assert page.icebreakers.chosen() is not None


def test_the_picker_never_starts_on_last_times_icebreaker_and_always_picks_another(
    main_window_in: WindowIn,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = main_window_in("en")
    page = _prepare_new_group(window, monkeypatch)
    picker = page.icebreakers
    page.tabs.setCurrentWidget(picker)
    first = picker.candidates()[0]
    picker.set_recent([first.id])  # what the group did last time heads the list
    assert picker.shown_id() != first.id
    picker.pick_button.setFocus()
    for _ in range(12):
        before = picker.shown_id()
        press(qtbot, Qt.Key.Key_Space)
        assert picker.shown_id() != before


def test_the_chooser_says_what_it_would_take_and_trims_the_agenda(
    main_window_in: WindowIn,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = main_window_in("en")
    page = _prepare_new_group(window, monkeypatch)
    page.tabs.setCurrentWidget(page.methods)
    page.methods.choose("tienstappen")
    minutes = page.methods.meeting_minutes
    minutes.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "115")
    press(qtbot, Qt.Key.Key_Return)
    assert page.agenda.available.value() == 115
    card = next(
        page.methods.cards.item(r).text()
        for r in range(page.methods.cards.count())
        if page.methods.cards.item(r).text().startswith("Ten-step")
    )
    assert "fits if the check-in takes 5 minutes and the introductions are left out" in card
    assert "does not fit" in page.summary.text()
    assert page.methods.fit_button.isEnabled()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Shorte&n the agenda to fit
    qtbot.waitUntil(lambda: not page.methods.fit_button.isEnabled())  # a mnemonic clicks soon
    outline = {i.part: i for i in page.agenda.outline}
    assert outline[Part.CHECK_IN].minutes == 5 and outline[Part.CHECK_IN].enabled
    assert not outline[Part.INTRODUCTIONS].enabled and page.icebreakers.chosen() is None
    assert not outline[Part.EVALUATION].enabled  # step 10 is the evaluation
    assert "115 min of 115 min available" in page.summary.text()
    assert "leaves 100 min for the method" in page.methods.method_time.text()


@pytest.mark.parametrize("width", [1366, 1000, 800])
def test_no_line_of_a_method_card_is_cut_off(
    main_window_in: WindowIn, qtbot: QtBot, width: int
) -> None:
    window: MainWindow = main_window_in("nl")
    page = window.show_prepare()
    page.tabs.setCurrentWidget(page.methods)
    page.methods.show_all.setChecked(True)
    window.resize(width, 740)
    qtbot.waitUntil(lambda: page.methods.cards.viewport().width() < width)
    cards = page.methods.cards
    metrics = cards.fontMetrics()
    for row in range(cards.count()):
        item = cards.item(row)
        rect = cards.visualItemRect(item)
        area = QRect(0, 0, rect.width() - 12, 10_000)
        needed = metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, item.text()).height()
        assert rect.height() >= needed, item.text()
        assert rect.width() <= cards.viewport().width()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_prepare_page_fits_a_1366_by_768_laptop(
    main_window_in, qtbot: QtBot, language: str
) -> None:
    window: MainWindow = main_window_in(language)
    page = window.show_prepare()
    page.people.two_cases.setChecked(True)  # the tallest first tab
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 738  # 768 less a title bar
    window.resize(1366, 738)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(page.start.isVisible)
        where = page.start.mapTo(window, page.start.rect().bottomRight())
        assert window.rect().contains(where)


def test_the_save_dialog_speaks_dutch(main_window_in: WindowIn, qtbot: QtBot) -> None:
    window: MainWindow = main_window_in("nl")
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = {
        name: dialog.findChild(QLabel, name).text()  # type: ignore[union-attr]
        for name in ("lookInLabel", "fileTypeLabel", "fileNameLabel")
    }
    assert texts == {
        "lookInLabel": "&Zoeken in:",
        "fileTypeLabel": "Bestanden van &type:",
        "fileNameLabel": "Bestands&naam:",
    }


def test_over_time_is_worded_not_signed(main_window_in: WindowIn) -> None:
    main_window_in("nl")
    assert labels.time_left_text(-12) == "0:12 over tijd"
    assert labels.time_left_text(75) == "nog 1:15"


def test_the_timeline_shows_the_agendas_whole_minutes(demo_window: MainWindow) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    timeline = meeting.page.timeline
    for index, block in enumerate(meeting.controller.engine.blocks):
        item = timeline.topLevelItem(index)
        assert item is not None
        assert item.text(2) == f"{math.ceil(block.planned_seconds / 60)} min"


def test_a_dutch_meeting_reads_in_english_in_the_history(
    main_window_in,
    store: DataFolder,
    library: MethodLibrary,
    clock: FakeClock,
) -> None:
    for meeting in demo_past_meetings(library, clock.wall(), "nl"):
        store.save_meeting(meeting)
    window: MainWindow = main_window_in("en")
    window.context.folder.groups.append(demo_group())
    page = window.show_prepare()
    page.people.reload_groups(demo_group().id)
    page.tabs.setCurrentWidget(page.history)
    methods = [
        page.history.table.topLevelItem(r).text(3)  # type: ignore[union-attr]
        for r in range(page.history.table.topLevelItemCount())
    ]
    assert methods == ["Gossip method", "Incident method", "Five-step method"]
    assert "Gossip method" in page.history.details.toPlainText()
