"""A series by keyboard: plan six meetings, change one, export the calendar (read back
with two parsers), the invitation, the pre-talk feeding the chooser, the prepare
screen opening a planned meeting, history with planned and held, the evaluation
with its chart and table, and the method card from the library."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.methods import CaseFact, MethodLibrary
from intervisie_desktop.domain.series.evaluation import Evaluation
from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.series.plan import set_method
from intervisie_desktop.domain.series.pretalk import PretalkAnswer
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.prepare.prepare_page import PreparePage
from intervisie_desktop.ui.series.evaluation_dialog import EvaluationDialog
from intervisie_desktop.ui.series.planned_ref import PlannedRef
from intervisie_desktop.ui.series.pretalk_dialog import PretalkDialog
from intervisie_desktop.ui.series.series_dialog import SeriesDialog
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press

WindowIn = Callable[[str], MainWindow]
MEMBERS = ["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid"]


def _type(qtbot: QtBot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def _alt(qtbot: QtBot, key: Qt.Key) -> None:
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)


def _shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


@pytest.fixture
def group() -> Group:
    return Group(name="Team Noord", members=[Member(name=n) for n in MEMBERS])


@pytest.fixture
def window(main_window_in: WindowIn, group: Group) -> MainWindow:
    window = main_window_in("en")
    window.context.folder.groups.append(group)
    window.context.folder.save_groups()
    return window


def _planned_by_keyboard(window: MainWindow, group: Group, qtbot: QtBot) -> SeriesDialog:
    context = window.context
    dialog = SeriesDialog(context.folder, group, context.clock, "en", window)
    _shown(qtbot, dialog)
    _alt(qtbot, Qt.Key.Key_W)  # &Where
    _type(qtbot, "Buurthuis De Linde, Utrecht")
    _alt(qtbot, Qt.Key.Key_P)  # &Plan the meetings
    qtbot.waitUntil(lambda: dialog.series is not None)
    return dialog


def _series(window: MainWindow, group: Group) -> Series:
    return window.context.folder.series_of(group.id)[-1]


def test_six_meetings_planned_by_keyboard_with_fair_roles(
    window: MainWindow, group: Group, qtbot: QtBot, store: DataFolder
) -> None:
    dialog = _planned_by_keyboard(window, group, qtbot)
    series = _series(window, group)
    assert store.planning.list_series(group.id) == [series]  # saved at once
    assert dialog.table.rowCount() == 6 and series.count == 6
    presenters = [m.case_presenter for m in series.meetings]
    assert sorted(presenters) == sorted(MEMBERS)  # nobody twice before everyone once
    assert all(m.facilitator != m.case_presenter for m in series.meetings)
    assert all(m.venue.place == "Buurthuis De Linde, Utrecht" for m in series.meetings)
    assert str(series.time_zone) == dialog.form.zone.currentText()
    gaps = {(b.day - a.day) for a, b in zip(series.meetings, series.meetings[1:], strict=False)}
    assert gaps == {timedelta(weeks=4)}


def test_changing_one_meeting_by_keyboard_and_exporting_the_calendar(
    window: MainWindow, group: Group, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = _planned_by_keyboard(window, group, qtbot)
    first_export = tmp_path / "serie.ics"
    _save_to(monkeypatch, first_export)
    _alt(qtbot, Qt.Key.Key_A)  # Calendar file, &all
    qtbot.waitUntil(first_export.exists)
    assert first_export.stat().st_mode & 0o777 == 0o600
    events = icalendar.Calendar.from_ical(first_export.read_bytes()).walk("VEVENT")
    assert len(events) == 6
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 6
    parsed = vobject.readOne(first_export.read_text(encoding="utf-8"))
    assert len(parsed.vevent_list) == 6
    assert {v.uid.value for v in parsed.vevent_list} == set(uids)

    dialog.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the second meeting
    second = _series(window, group).meetings[1]
    _alt(qtbot, Qt.Key.Key_E)  # Case pr&esenter
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox) and box is dialog.editor.presenter
    before = box.currentData()
    press(qtbot, Qt.Key.Key_Down)
    changed = _series(window, group).meeting(second.id)
    assert changed.case_presenter != before and changed.roles_by_hand
    assert changed.sequence == 1  # calendars take the new file as an update
    one = tmp_path / "one.ics"
    _save_to(monkeypatch, one)
    _alt(qtbot, Qt.Key.Key_J)  # Calendar file, &just this one
    qtbot.waitUntil(one.exists)
    (event,) = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == uids[1] and int(event["SEQUENCE"]) == 1
    assert changed.case_presenter in str(event["DESCRIPTION"])

    _alt(qtbot, Qt.Key.Key_N)  # Ca&ncelled
    qtbot.waitUntil(lambda: _series(window, group).meeting(second.id).cancelled)
    assert _series(window, group).count == 5
    assert dialog.table.item(1, 6).text() == "cancelled"  # type: ignore[union-attr]

    _alt(qtbot, Qt.Key.Key_C)  # &Copy the invitation
    qtbot.waitUntil(lambda: "Buurthuis De Linde" in QApplication.clipboard().text())
    text = QApplication.clipboard().text()
    assert "stays in this group" in text or "stays in the group" in text


def test_the_pre_talk_shows_advice_on_no_and_feeds_the_chooser(
    window: MainWindow, group: Group, qtbot: QtBot, library: MethodLibrary
) -> None:
    dialog = _planned_by_keyboard(window, group, qtbot)
    folder = window.context.folder
    series = _series(window, group)
    planned = series.meetings[0]
    folder.save_series(set_method(series, planned.id, "tienstappen"))
    series = _series(window, group)
    dialog.close()
    pretalk = PretalkDialog(
        folder, PlannedRef(group, series, series.meetings[0]), window.context.clock, "en", window
    )
    _shown(qtbot, pretalk)
    item, box, advice = next(
        entry for entry in pretalk.boxes if entry[0].point.fact is CaseFact.OPEN_TO_REFLECTION
    )
    assert not advice.isVisible()
    box.setFocus()
    while box.currentData() != PretalkAnswer.NO.value:
        press(qtbot, Qt.Key.Key_Down)
    assert advice.isVisible() and advice.text() == item.point.if_no.get("en")  # type: ignore[union-attr]
    pretalk.note.setFocus()
    _type(qtbot, "Wants to talk about the team first.")
    press(qtbot, Qt.Key.Key_Tab)
    assert pretalk.note.toPlainText() == "Wants to talk about the team first."
    pretalk._save()
    record = folder.pretalk_for(planned.id)
    assert record is not None and record.note == "Wants to talk about the team first."

    page: PreparePage = window.show_prepare()
    page.people.reload_groups(group.id)
    assert page.planned.current() is not None
    assert page.methods.answers().pretalk == {CaseFact.OPEN_TO_REFLECTION: False}
    ten = next(
        page.methods.cards.item(r).text()
        for r in range(page.methods.cards.count())
        if page.methods.cards.item(r).text().startswith("Ten-step")
    )
    assert "the pre-talk found something it needs missing" in ten


def test_the_prepare_screen_opens_the_next_planned_meeting_with_its_roles(
    window: MainWindow, group: Group, qtbot: QtBot
) -> None:
    _planned_by_keyboard(window, group, qtbot).close()
    first = _series(window, group).meetings[0]
    page = window.show_prepare()
    page.people.reload_groups(group.id)
    assert page.planned.current().planned.id == first.id  # type: ignore[union-attr]
    assert page.people.case_presenter.currentData() == first.case_presenter
    assert page.people.facilitator.currentData() == first.facilitator
    assert page.people.present_names() == MEMBERS
    assert page.agenda.available.value() == first.minutes
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.people.group.setFocus()
    _alt(qtbot, Qt.Key.Key_D)  # Series &date
    assert QApplication.focusWidget() is page.planned.meeting
    press(qtbot, Qt.Key.Key_Down)  # the meeting after
    second = _series(window, group).meetings[1]
    assert page.people.case_presenter.currentData() == second.case_presenter


def test_history_lists_planned_and_held_and_charts_the_evaluations(
    window: MainWindow,
    group: Group,
    qtbot: QtBot,
    clock: FakeClock,
    library: MethodLibrary,
) -> None:
    _planned_by_keyboard(window, group, qtbot).close()
    first = _series(window, group).meetings[0]
    clock.advance((first.day - clock.wall().date()).days * 86400 + 3600)  # the day comes
    page = window.show_prepare()
    page.people.reload_groups(group.id)
    page.start.click()  # meeting 1 is held
    window.close_meeting()
    page = window.show_prepare()
    page.tabs.setCurrentWidget(page.history)
    kinds = [
        page.history.table.topLevelItem(r).text(1)  # type: ignore[union-attr]
        for r in range(page.history.table.topLevelItemCount())
    ]
    assert kinds.count("held") == 1 and kinds.count("planned") == 5
    assert "Meeting 1 of the series has taken place" in page.history.evaluations.prompt.text()

    entry = page.history.evaluations._subject()
    assert entry is not None and entry.planned is not None and entry.planned.id == first.id
    evaluation = _evaluation_by_keyboard(window, qtbot, group, entry.planned.id, clock)
    window.context.folder.save_evaluation(evaluation)
    panel = page.history.evaluations
    assert panel.prompt.text() == ""  # done
    (line, *_rest) = panel.chart.lines
    assert [p.mean for p in line.points] == [4.5]
    assert panel.table.item(0, 0).text() == "4.5 (2)"  # type: ignore[union-attr]
    assert "1: 4.5 → 4.5" in panel.chart.accessibleDescription()


def _evaluation_by_keyboard(
    window: MainWindow, qtbot: QtBot, group: Group, planned_id: str, clock: FakeClock
) -> Evaluation:
    fresh = Evaluation(
        group_id=group.id,
        planned_meeting_id=planned_id,
        series_id=_series(window, group).id,
        day=clock.wall().date(),
        updated=clock.wall(),
    )
    dialog = EvaluationDialog(fresh, ["Anna", "Bram"], clock, "en", window)
    _shown(qtbot, dialog)
    table = dialog.table
    for row, rating in ((0, "5"), (1, "4")):
        table.setFocus()
        table.setCurrentCell(row, 1)
        press(qtbot, Qt.Key.Key_F2)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, rating)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda row=row: table.item(row, 1).data(Qt.ItemDataRole.EditRole) > 0)  # type: ignore[union-attr]
    table.setCurrentCell(1, 5)
    press(qtbot, Qt.Key.Key_F2)
    _type(qtbot, "More time for the advice")
    press(qtbot, Qt.Key.Key_Tab)  # the last cell: Tab leaves the table
    qtbot.waitUntil(lambda: "More time" in table.item(1, 5).text())  # type: ignore[union-attr]
    evaluation = dialog.evaluation()
    assert [r.respondent for r in evaluation.responses] == ["Anna", "Bram"]
    assert evaluation.responses[1].comments == {"change": "More time for the advice"}
    return evaluation


def test_a_method_card_for_an_own_method_from_the_library(
    main_window_in: WindowIn,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    library: MethodLibrary,
) -> None:
    window = main_window_in("en")
    own = library.get("vijfstappen").model_copy(update={"id": "mijn-vijf"})
    window.context.folder.set_custom_methods([own], select="mijn-vijf")
    page = window.methods_page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert page.selected_method().id == "mijn-vijf"  # type: ignore[union-attr]
    page.method_list.setFocus()
    card = tmp_path / "card.pdf"
    _save_to(monkeypatch, card)
    _alt(qtbot, Qt.Key.Key_C)  # Method &card to print
    qtbot.waitUntil(card.exists)
    assert card.stat().st_mode & 0o777 == 0o600
    assert card.read_bytes().startswith(b"%PDF")
