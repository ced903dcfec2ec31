"""Preparing a meeting from an empty app: group, case, method advice, icebreaker, agenda."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.agenda import BlockKind
from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import demo_group, demo_past_meetings
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.methods import CaseType, MethodLibrary
from intervisie_desktop.domain.outline import Part
from intervisie_desktop.domain.report import TakeawayOptions
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.prepare.group_dialog import GroupDialog
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press


def _new_group(monkeypatch: pytest.MonkeyPatch, names: list[str]) -> None:
    group = Group(name="Team Noord", members=[Member(name=n) for n in names])
    monkeypatch.setattr(GroupDialog, "launch", classmethod(lambda cls, g, parent: group))


def test_from_an_empty_app_to_a_running_projected_meeting(
    main_window_in,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.prepare_page
    assert page is not None and window.pages.currentWidget() is page

    _new_group(monkeypatch, ["Anna", "Bram", "Chris", "Dewi", "Eva"])
    page.people.create_group()
    assert window.context.folder.groups[0].name == "Team Noord"
    assert page.people.present_names() == ["Anna", "Bram", "Chris", "Dewi", "Eva"]
    page.people.present.item(4).setCheckState(Qt.CheckState.Unchecked)  # Eva is away
    assert page.people.present_names() == ["Anna", "Bram", "Chris", "Dewi"]
    assert page.people.size_note.text() == ""
    page.people.present.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert "too small" in page.people.size_note.text()  # a warning, not a block
    page.people.present.item(3).setCheckState(Qt.CheckState.Checked)

    page.people.case_presenter.setCurrentIndex(page.people.case_presenter.findData("Dewi"))
    page.people.question.setPlainText("How do I stop saying yes to everything?")
    page.people.case_type.setCurrentIndex(page.people.case_type.findData(CaseType.PRACTICAL.value))

    page.tabs.setCurrentWidget(page.methods)
    page.methods.experience.setCurrentIndex(0)  # new to intervisie
    page.methods.familiarity.setCurrentIndex(0)  # hardly know each other
    page.methods.meeting_minutes.setValue(90)
    ranking = [page.methods.cards.item(r).text() for r in range(page.methods.cards.count())]
    assert ranking[0].startswith("Five-step method")
    assert "only where the group trusts each other" in next(t for t in ranking if "Gossip" in t)
    assert "does not fit in the time" in next(t for t in ranking if "Ten-step" in t)
    assert page.methods.chosen_method().id == "vijfstappen"  # type: ignore[union-attr]

    page.tabs.setCurrentWidget(page.icebreakers)
    page.icebreakers.new_group.setChecked(True)
    page.icebreakers.minutes.setValue(10)
    for box in page.icebreakers.materials.values():
        box.setChecked(False)
    names = [page.icebreakers.list.item(r).text() for r in range(page.icebreakers.list.count())]
    assert names and all("min" in n for n in names)
    assert not any(n.startswith("Dilemma") for n in names)  # needs tape
    page.icebreakers.recent = [page.icebreakers.chosen().id]  # type: ignore[union-attr]
    page.icebreakers.pick_for_me()
    chosen = page.icebreakers.chosen()
    assert chosen is not None and (len(names) == 1 or chosen.id not in page.icebreakers.recent)

    page.tabs.setCurrentWidget(page.agenda)
    parts = [i.part for i in page.agenda.outline]
    assert parts[0] is Part.CHECK_IN and Part.METHOD in parts
    assert "of 90 min available" in page.summary.text()  # set on the method tab
    page.agenda.available.setValue(45)
    assert "does not fit" in page.summary.text()
    page.agenda.available.setValue(120)

    page.start.click()
    assert (
        window.meeting.controller is not None
        and window.pages.currentWidget() is window.meeting.page
    )
    engine = window.meeting.controller.engine
    kinds = [b.kind for b in engine.blocks]
    assert BlockKind.ICEBREAKER in kinds and kinds.count(BlockKind.STEP) == 5
    assert engine.participants.case_presenter == "Dewi"
    assert engine.participants.members == ("Anna", "Bram", "Chris", "Dewi")
    assert window.meeting.case_questions[0] == "How do I stop saying yes to everything?"
    press(qtbot, Qt.Key.Key_F5)
    assert (
        window.meeting.presenter is not None
        and window.meeting.presenter.screen().name() == "Projector"
    )


def test_rotation_suggestions_from_the_groups_history(
    main_window_in,
    store: DataFolder,
    library: MethodLibrary,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    window = main_window_in("en")
    for meeting in demo_past_meetings(library, clock.wall(), "en"):
        store.save_meeting(meeting)
    window.context.folder.groups.append(demo_group())
    page = window.show_prepare()
    page.people.reload_groups(demo_group().id)
    text = page.people.suggestions.text()
    assert "No case yet: Bram, Dewi, Farid" in text  # everyone who qualifies, not two
    assert "Not yet facilitated: Chris, Dewi, Eva, Farid" in text
    assert page.people.case_presenter.currentText() == "Bram"


def test_group_dialog_refuses_a_nameless_group(qtbot: QtBot) -> None:
    dialog = GroupDialog()
    qtbot.addWidget(dialog)
    assert dialog.result_group() is None
    assert "name" in dialog.problem.text()
    dialog.name.setText("Team Zuid")
    dialog.members.item(0, 0).setText("Anna")  # type: ignore[union-attr]
    group = dialog.result_group()
    assert group is not None and group.member_names() == ["Anna"]


def test_two_cases_in_one_meeting_each_get_their_take_away(
    main_window_in,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:

    window: MainWindow = main_window_in("en")
    page = window.show_prepare()
    _new_group(monkeypatch, ["Anna", "Bram", "Chris", "Dewi", "Eva"])
    page.people.create_group()
    page.people.case_presenter.setCurrentIndex(page.people.case_presenter.findData("Anna"))
    page.people.question.setPlainText("Anna's question")
    page.people.two_cases.setChecked(True)
    page.people.second_presenter.setCurrentIndex(page.people.second_presenter.findData("Bram"))
    page.people.second_question.setPlainText("Bram's question")
    page.methods.choose("vijfstappen")
    page.icebreakers.none.setChecked(True)
    # check-in 10 + rules 5 + explaining 5 + twice 50 (each ends with its evaluation)
    assert "120 min of 120 min available" in page.summary.text()
    assert "does not fit" not in page.summary.text()
    page.start.click()
    engine = window.meeting.controller.engine  # type: ignore[union-attr]
    steps = [b for b in engine.blocks if b.kind is BlockKind.STEP]
    assert len(steps) == 10 and steps[5].case_presenter == "Bram"
    window.meeting.board.add(
        BoardItem(
            kind=ItemKind.ACTION,
            text="Anna's plan",  # type: ignore[union-attr]
            block_id=steps[3].id,
        )
    )
    window.meeting.board.add(
        BoardItem(
            kind=ItemKind.ACTION,
            text="Bram's plan",  # type: ignore[union-attr]
            block_id=steps[8].id,
        )
    )
    second = window.meeting.takeaway(TakeawayOptions(case=2))
    text = str(second)
    assert "Bram's question" in text and "Bram's plan" in text and "Anna's plan" not in text
    assert ("Case presenter", "Bram") in second.facts


def test_time_for_the_method_follows_the_agenda(main_window_in) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = main_window_in("en")
    page = window.show_prepare()
    page.icebreakers.none.setChecked(True)
    page.agenda.available.setValue(90)  # check-in 10, rules 5, explaining 5
    assert page.methods.meeting_minutes.value() == 90  # the same number on both tabs
    assert "leaves 70 min for the method" in page.methods.method_time.text()
    assert "does not fit in the time" in next(
        page.methods.cards.item(r).text()
        for r in range(page.methods.cards.count())
        if page.methods.cards.item(r).text().startswith("Ten-step")
    )
    page.methods.meeting_minutes.setValue(120)  # the sources' two hours
    assert page.agenda.available.value() == 120
    page.methods.choose("tienstappen")
    assert "leaves 100 min for the method" in page.methods.method_time.text()
    assert "of 120 min available" in page.summary.text()
    assert "does not fit" not in page.summary.text()
