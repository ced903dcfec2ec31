"""The running meeting is saved as it goes, resumed after a crash, and followed up."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import demo_group, demo_past_meetings
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.series.evaluation import Evaluation
from intervisie_desktop.domain.series.pretalk import PretalkRecord
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.data.single_instance import SingleInstance
from intervisie_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from intervisie_desktop.ui.meeting.resume import offer_resume
from intervisie_desktop.ui.shell.main_window import MainWindow
from intervisie_desktop.ui.shell.startup import after_start
from tests.ui.keys import press


def _with_store(window: MainWindow, store: DataFolder) -> MainWindow:
    assert window.context.folder.store is store  # the window was built on this folder
    return window


@pytest.fixture
def with_history(
    main_window_in,
    store: DataFolder,
    library: MethodLibrary,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> MainWindow:
    """The main window on a data folder holding the demo group and its three past meetings."""
    for meeting in demo_past_meetings(library, clock.wall(), "en"):
        store.save_meeting(meeting)
    store.save_group(demo_group())
    window = _with_store(main_window_in("en"), store)
    window.context.folder.groups[:] = store.list_groups()
    return window


def test_changes_are_saved_off_the_ui_thread(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = _with_store(main_window_in("en"), store)
    window.show_prepare().start.click()
    keeper = window.meeting.autosave
    assert keeper is not None and window.meeting.board is not None
    qtbot.waitUntil(lambda: not keeper.unsaved)
    window.meeting.board.add(BoardItem(kind=ItemKind.NOTE, text="remember the coffee"))
    assert keeper.unsaved
    with qtbot.waitSignal(keeper.saved):
        keeper.save_now()
    saved = store.load_meeting(keeper.meeting.id)
    assert [i.text for i in saved.board.items] == ["remember the coffee"]


def test_a_step_transition_is_saved_at_once(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = _with_store(main_window_in("en"), store)
    window.show_prepare().start.click()
    keeper = window.meeting.autosave
    assert keeper is not None
    press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(keeper.saved):
        press(qtbot, Qt.Key.Key_PageDown)
    clock = store.load_meeting(keeper.meeting.id).clock
    assert clock is not None and clock.current == 1 and clock.state is RunState.RUNNING


def test_a_failed_save_says_why_and_stays_unsaved(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = _with_store(main_window_in("en"), store)
    window.show_prepare().start.click()
    keeper = window.meeting.autosave
    assert keeper is not None
    qtbot.waitUntil(lambda: not keeper.unsaved)

    def full_disk(meeting) -> None:  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save_meeting", full_disk)
    with qtbot.waitSignal(keeper.failed) as failure:
        keeper.save_now()
    assert "No space left" in failure.args[0]
    assert keeper.unsaved
    assert "not saved" in window.windowTitle()
    assert "No space left" in window.statusBar().currentMessage()


def test_after_a_crash_the_meeting_resumes_with_the_clock_where_it_should_be(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    clock: FakeClock,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _with_store(main_window_in("en"), store)
    window.show_prepare().start.click()
    keeper = window.meeting.autosave
    assert keeper is not None and window.meeting.controller is not None
    press(qtbot, Qt.Key.Key_Space)
    clock.advance(100)
    with qtbot.waitSignal(keeper.saved):
        keeper.save_now()
    meeting_id = keeper.meeting.id
    planned = window.meeting.controller.engine.block.planned_seconds
    keeper.save_now = lambda: None  # type: ignore[method-assign]  # the app is killed:
    keeper.flush = lambda **_k: None  # type: ignore[method-assign]  # nothing more is saved
    clock.advance(60)  # ... and started again a minute later

    again = _with_store(main_window_in("en"), store)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: [b.click() for b in box.buttons() if b.text() == "&Go on"]
    )
    assert [s.id for s in store.unfinished_meetings()] == [meeting_id]
    start = offer_resume(again, again.context.folder, clock, "en")
    assert start is not None
    again.run(start)
    engine = again.meeting.controller.engine
    assert engine.state is RunState.RUNNING
    assert engine.remaining() == pytest.approx(planned - 160, abs=0.01)


def test_last_times_action_plan_is_followed_up(
    with_history: MainWindow, store: DataFolder, clock: FakeClock
) -> None:
    window = with_history
    page = window.show_prepare()
    page.people.reload_groups(demo_group().id)
    page.start.click()
    banner = window.meeting.page.follow_up  # type: ignore[union-attr]
    assert banner.isVisibleTo(window)
    assert "Eva planned to:" in banner.text.text()
    assert "feedback on my presentation" in banner.text.text()
    banner.done.click()
    assert not banner.isVisibleTo(window)
    eva = next(
        m
        for m in store.list_meetings()
        if m.created < clock.wall() and store.load_meeting(m.id).attendance.case_presenter == "Eva"
    )
    assert store.load_meeting(eva.id).followed_up


def test_after_start_reports_damaged_files_and_offers_the_unfinished_meeting(
    main_window_in,
    store: DataFolder,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = _with_store(main_window_in("en"), store)
    window.context.folder.settings.welcomed = True
    store.save_group(demo_group())
    (store.root / "groups" / f"{demo_group().id}.json").write_text("{ not json")
    store.list_groups()  # the damaged group file is found (and set aside)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()))
    after_start(window)
    after_start(window)  # a second look tells nothing new
    assert len(told) == 1 and "group" in told[0].casefold()


@pytest.mark.slow
def test_a_second_start_brings_the_first_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    from .test_single_instance import second_start  # noqa: PLC0415

    first = SingleInstance(tmp_path)
    assert first.listen()
    with qtbot.waitSignal(first.raise_requested, timeout=30_000):
        second = second_start(tmp_path)  # another process, as a real second start
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)  # answered meanwhile
    out, _ = second.communicate(timeout=30)
    assert out.strip() == "True"
    first.close()
    assert not SingleInstance(tmp_path).ask_running_instance()


def test_the_groups_history_shows_cases_plans_and_follow_up(with_history: MainWindow) -> None:
    page = with_history.show_prepare()
    page.tabs.setCurrentWidget(page.history)
    rows = [
        [page.history.table.topLevelItem(r).text(c) for c in (2, 3, 6)]  # type: ignore[union-attr]
        for r in range(page.history.table.topLevelItemCount())
    ]
    assert rows == [
        ["Eva", "Gossip method", "—"],
        ["Chris", "Incident method", "✓"],
        ["Anna", "Five-step method", "✓"],
    ]
    assert "feedback on my presentation" in page.history.details.toPlainText()
    assert page.icebreakers.recent == []  # the demo's past meetings had no icebreaker


def test_retention_deletes_old_meetings_of_a_group_once_confirmed(
    with_history: MainWindow, store: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_group(demo_group().model_copy(update={"retention_months": 3}))
    window = with_history
    window.context.folder.settings.welcomed = True
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        def ask(parent: object, title: str, text: str, *rest: object) -> object:
            asked.append(text)
            return reply

        return ask

    def presenters() -> list[str]:
        meetings = [store.load_meeting(s.id) for s in store.list_meetings()]
        return sorted(m.attendance.case_presenter or "" for m in meetings)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    after_start(window)
    assert len(asked) == 1 and "(1)" in asked[0]  # shown first: one meeting would go
    assert presenters() == ["Anna", "Chris", "Eva"]  # and kept when the answer is no
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    after_start(window)
    assert presenters() == ["Chris", "Eva"]  # Anna's case, three months ago, is gone


def test_the_retention_question_names_the_pre_talks_and_evaluations_that_would_go(
    with_history: MainWindow, store: DataFolder, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_group(demo_group().model_copy(update={"retention_months": 3}))
    old = PretalkRecord(
        group_id=demo_group().id, case_presenter="Bram", updated=clock.wall() - timedelta(days=200)
    )
    evaluation = Evaluation(
        group_id=demo_group().id,
        day=(clock.wall() - timedelta(days=150)).date(),
        updated=clock.wall(),
    )
    store.planning.save_pretalk(old)
    store.planning.save_evaluation(evaluation)
    with_history.context.folder.settings.welcomed = True
    asked: list[str] = []

    def yes(parent: object, title: str, text: str, *rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    after_start(with_history)
    (text,) = asked
    assert "Pre-talk notes and evaluations of the same age would go too (2):" in text
    assert "pre-talk with Bram" in text and "the group's evaluation of" in text
    assert store.planning.list_pretalks() == []
    assert store.planning.list_evaluations(demo_group().id) == []


def test_passphrase_set_then_changed_and_a_wrong_one_changes_nothing(
    store: DataFolder, qtbot: QtBot
) -> None:

    dialog = PassphraseDialog(store)
    qtbot.addWidget(dialog)
    dialog.new.setText("de flap blijft binnen")
    dialog.repeat.setText("de flap blijft buiten")
    dialog.apply()
    assert "not the same" in dialog.problem.text() and not store.encrypted
    dialog.repeat.setText("de flap blijft binnen")
    dialog.apply()
    assert store.encrypted and dialog.result() == PassphraseDialog.DialogCode.Accepted

    keys = {p: p.read_bytes() for p in store.root.iterdir() if p.is_file()}
    change = PassphraseDialog(store)
    qtbot.addWidget(change)
    change.current.setText("wrong passphrase here")
    change.new.setText("een nieuwe lange wachtzin")
    change.repeat.setText("een nieuwe lange wachtzin")
    change.apply()
    assert "not right" in change.problem.text()
    assert {p: p.read_bytes() for p in store.root.iterdir() if p.is_file()} == keys
    change.current.setText("de flap blijft binnen")
    change.apply()
    assert change.result() == PassphraseDialog.DialogCode.Accepted


def test_a_resumed_meeting_still_asks_about_last_times_action_plan(
    with_history: MainWindow,
    main_window_in,
    store: DataFolder,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """After a crash the question "how did it go?" is still open; and the first-run
    welcome never covers the meeting that goes on."""
    page = with_history.show_prepare()
    page.people.reload_groups(demo_group().id)
    page.start.click()
    meeting = with_history.meeting
    assert meeting is not None
    meeting.controller.start()
    meeting.autosave.flush()
    meeting.autosave.flush = lambda **_k: None  # type: ignore[method-assign]  # killed
    again = _with_store(main_window_in("en"), store)
    again.context.folder.settings.welcomed = False
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: [b.click() for b in box.buttons() if b.text() == "&Go on"]
    )
    after_start(again)
    assert again.meeting is not None and again.meeting.record.id == meeting.record.id
    banner = again.meeting.page.follow_up
    assert banner.isVisibleTo(again) and "Eva planned to:" in banner.text.text()
