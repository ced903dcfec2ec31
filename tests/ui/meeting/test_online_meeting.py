"""Preparing an online and a hybrid meeting with the keyboard, and what the wall and
the step panel then say, in Dutch and English; a resumed meeting keeps it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.meeting import Attendance
from intervisie_desktop.domain.meeting_start import start_prepared
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.online.presence import Presence, Setting
from intervisie_desktop.domain.outline import default_outline
from intervisie_desktop.domain.preparation import PreparedMeeting
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.meeting.resume import offer_resume
from intervisie_desktop.ui.prepare.group_dialog import GroupDialog
from intervisie_desktop.ui.prepare.prepare_page import PreparePage
from intervisie_desktop.ui.prepare.where_we_meet import WhereWeMeet
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press

WindowIn = Callable[[str], MainWindow]
MEMBERS = ["Anna", "Bram", "Chris", "Dewi", "Eva"]
ALT = Qt.KeyboardModifier.AltModifier
# the mnemonics of the setting, per language (Dutch has its own letters)
KEYS = {
    "en": {"online": Qt.Key.Key_O, "hybrid": Qt.Key.Key_B, "who": Qt.Key.Key_J},
    "nl": {"online": Qt.Key.Key_L, "hybrid": Qt.Key.Key_Y, "who": Qt.Key.Key_P},
}
WORDS = {
    "en": {
        "left out": "Left out, as they need everyone in one room:",
        "walk": "A walk together",
        "camera note": "turns camera and microphone off",
        "back": "back to the group",
        "listening online": "Listening only, microphone off:",
        "listening hybrid": "Listening only (in the call: microphone off):",
        "chat rule": "not even in the chat",
        "in the call": "In the call: ",
        "sticky": "sticky note",
        "by video": "(by video)",
        "unmute": "unmute when it is yours",
        "camera rule": "In the call: camera on",
        "worded for the call": "The room sees (worded for the call)",
        "beside it": "Below it, for those in the call",
        "advice": "A first meeting goes better in person",
    },
    "nl": {
        "left out": "Weggelaten, omdat iedereen daarvoor in één ruimte moet zijn:",
        "walk": "Rondje wandelen",
        "camera note": "zet camera en microfoon uit",
        "back": "rug naar de groep",
        "listening online": "Luistert alleen, microfoon uit:",
        "listening hybrid": "Luistert alleen (in het videogesprek: microfoon uit):",
        "chat rule": "ook niet in de chat",
        "in the call": "In het videogesprek: ",
        "sticky": "post-it",
        "by video": "(via video)",
        "unmute": "microfoon aan als het jouw beurt is",
        "camera rule": "In het videogesprek: camera aan",
        "worded for the call": "De groep ziet (de tekst voor het videogesprek)",
        "beside it": "Eronder, voor wie via video meedoet",
        "advice": "Een eerste bijeenkomst gaat beter",
    },
}


def _prepare(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> PreparePage:
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.prepare_page
    assert page is not None
    group = Group(name="Team Noord", members=[Member(name=n) for n in MEMBERS])
    monkeypatch.setattr(GroupDialog, "launch", classmethod(lambda cls, g, parent: group))
    page.people.create_group()
    page.people.case_presenter.setCurrentIndex(page.people.case_presenter.findData("Dewi"))
    page.people.question.setFocus()
    return page


def _choose(page: PreparePage, qtbot: QtBot, language: str, setting: str) -> None:
    """Alt + the setting's letter, as a facilitator would."""
    press(qtbot, KEYS[language][setting], ALT)
    wanted = Setting.ONLINE if setting == "online" else Setting.HYBRID
    qtbot.waitUntil(lambda: page.where.setting() is wanted)  # a mnemonic clicks soon


def _jump(window: MainWindow, block_suffix: str) -> None:
    assert window.meeting is not None
    controller = window.meeting.controller
    blocks = controller.engine.blocks
    controller.jump(next(i for i, b in enumerate(blocks) if b.id.endswith(block_suffix)))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_an_online_meeting_is_prepared_and_the_wall_words_it_for_a_call(
    main_window_in: WindowIn, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    words = WORDS[language]
    window = main_window_in(language)
    page = _prepare(window, qtbot, monkeypatch)
    _choose(page, qtbot, language, "online")
    assert not page.where.in_call.isVisibleTo(page)  # online: everyone, nobody to tick
    assert words["advice"] in page.where.advice.text()  # a new group: better in person
    assert page.where.summary() in page.summary.text()

    page.tabs.setCurrentWidget(page.icebreakers)
    page.icebreakers.minutes.setValue(60)
    listed = [page.icebreakers.list.item(r).text() for r in range(page.icebreakers.list.count())]
    assert listed and not any(name.startswith(words["walk"]) for name in listed)
    assert page.icebreakers.left_out.text().startswith(words["left out"])
    assert words["walk"] in page.icebreakers.left_out.text()
    assert words["camera rule"] in page.agenda.rules.toPlainText()

    page.methods.choose("roddel")
    page.start.click()
    meeting = window.meeting
    assert meeting is not None and meeting.record.online
    wall = meeting.presenter.view
    _jump(window, "roddel.gossip")
    assert words["listening online"] in wall.who.text()
    assert words["camera note"] in wall.who.text() and words["back"] not in wall.who.text()
    assert words["chat rule"] in wall.rules.text()
    panel = meeting.page.step_panel.guidance.toPlainText()
    assert words["camera note"] in panel and words["back"] not in panel
    _jump(window, "roddel.feedback")
    assert words["worded for the call"] in meeting.page.step_panel.guidance.toPlainText()
    _jump(window, "opening.rules")
    assert words["camera rule"] in wall.rules.text()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_hybrid_meeting_names_who_is_in_the_call_and_a_resume_keeps_it(  # noqa: PLR0917
    main_window_in: WindowIn,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    store: DataFolder,
    clock: FakeClock,
    language: str,
) -> None:
    words = WORDS[language]
    window = main_window_in(language)
    page = _prepare(window, qtbot, monkeypatch)
    _choose(page, qtbot, language, "hybrid")
    assert page.where.in_call.isVisibleTo(page)
    press(qtbot, KEYS[language]["who"], ALT)  # to the list of who joins by video
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.where.in_call)
    page.where.in_call.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Space)  # Anna
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # Dewi, the case presenter
    assert page.where.presence().in_call == {"Anna", "Dewi"}
    assert page.icebreakers.setting is Setting.HYBRID

    page.methods.choose("tienstappen")
    page.start.click()
    meeting = window.meeting
    assert meeting is not None
    assert (meeting.record.online, meeting.record.attendance.online) == (False, ["Anna", "Dewi"])
    wall = meeting.presenter.view
    press(qtbot, Qt.Key.Key_Space)  # the clock runs
    _jump(window, "tienstappen.clarifying-questions")
    instruction = wall.instruction.text()
    assert words["sticky"] in instruction.split("\n")[0]  # the room's wording first
    assert words["in the call"] in instruction and "chat" in instruction.split("\n")[1]
    assert words["listening hybrid"] in wall.who.text()
    assert words["beside it"] in meeting.page.step_panel.guidance.toPlainText()
    _jump(window, "tienstappen.problem-definitions")  # the members in turn: Anna first
    assert wall.turn.text().startswith(
        ("Now: Anna " if language == "en" else "Nu: Anna ") + words["by video"]
    )
    assert words["unmute"] in wall.who.text()
    turns = meeting.page.step_panel.turn_list
    assert words["by video"] in turns.item(0).text()  # Anna
    assert words["by video"] not in turns.item(1).text()  # Bram is in the room
    shown = (wall.instruction.text(), wall.who.text(), wall.turn.text(), wall.rules.text())
    with qtbot.waitSignal(meeting.autosave.saved):
        meeting.autosave.save_now()
    record_id = meeting.record.id
    for part in (meeting.autosave.save_now, meeting.autosave.flush):  # the app is killed
        monkeypatch.setattr(meeting.autosave, part.__name__, lambda **_k: None)

    again = main_window_in(language)
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: [b.click() for b in box.buttons() if b.text() in ("&Go on", "&Verdergaan")],
    )
    assert [s.id for s in store.unfinished_meetings()] == [record_id]
    start = offer_resume(again, again.context.folder, clock, language)
    assert start is not None
    again.run(start)
    resumed = again.meeting
    assert resumed is not None and resumed.controller.presence == meeting.controller.presence
    wall = resumed.presenter.view
    assert (wall.instruction.text(), wall.who.text(), wall.turn.text(), wall.rules.text()) == shown


def test_who_joins_by_video_follows_who_is_present_and_a_planned_venue(qtbot: QtBot) -> None:
    where = WhereWeMeet()
    qtbot.addWidget(where)
    where.set_present(MEMBERS)
    where.set_setting(Setting.HYBRID)
    where.set_in_call(["Anna", "Dewi"])
    where.set_present(["Anna", "Bram", "Chris", "Eva"])  # Dewi is away after all
    assert where.presence().in_call == {"Anna"}
    where.set_present(MEMBERS)  # back: not ticked again without asking
    assert where.presence().in_call == {"Anna"}
    where.follow_venue(online=False)  # a planned meeting in a place: hybrid stays
    assert where.setting() is Setting.HYBRID
    where.follow_venue(online=True)
    assert where.presence() == Presence(Setting.ONLINE)
    where.follow_venue(online=False)
    assert where.presence() == Presence()
    where.set_setting(Setting.HYBRID)
    where.set_in_call([])
    assert where.presence() == Presence()  # nobody ticked: a meeting in the room, and said so
    assert where.advice.text()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_hybrid_wall_shows_both_wordings_whole_in_a_small_call_window(
    main_window_in: WindowIn, qtbot: QtBot, library: MethodLibrary, clock: FakeClock, language: str
) -> None:
    """The longest texts there are (the room's and the call's instruction together) fit
    the 960×540 window a call shares, with the clock still large."""
    window = main_window_in(language)
    presence = Presence.of(False, ["Anna"])
    size = QSize(960, 540)
    for method in library.methods:
        if not any(step.online and step.online.instruction for step in method.steps):
            continue
        prepared = PreparedMeeting(
            group=None,
            attendance=Attendance(present=MEMBERS, case_presenter="Dewi"),
            case_question="",
            method=method,
            icebreaker=None,
            outline=tuple(default_outline(False)),
            presence=presence,
        )
        window.run(start_prepared(prepared, library, clock, language))
        meeting = window.meeting
        assert meeting is not None
        meeting.share.show()
        meeting.share.set_preset(size)
        qtbot.waitUntil(lambda m=meeting: m.share.view.size() == size)  # type: ignore[misc]
        page = meeting.share.view.clock_page
        for index, block in enumerate(meeting.controller.engine.blocks):
            if not (block.online and block.online.instruction):
                continue
            meeting.controller.jump(index)
            QApplication.processEvents()
            label = page.instruction
            assert "\n" in label.text(), block.id  # both wordings
            assert label.height() >= label.heightForWidth(label.width()), block.id
            assert page.countdown.fitted_font().pixelSize() >= size.height() / 10, block.id
        meeting.share.hide()
