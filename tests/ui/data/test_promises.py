"""The promises of the data folder, kept in the running app: a quit is a pause, a
half-typed item survives a crash, the most recently left meeting is offered (and
can be closed for good), a newer version's file is never written and nothing
typed is lost, a vanished folder is said and never made again, and a damaged
meeting found while listing is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import demo_group
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.data.rescued import tell_rescued
from intervisie_desktop.ui.meeting.resume import offer_resume
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.keys import press


def _answer_resume(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[str]) -> None:
    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _kill(window: MainWindow) -> None:
    """The app is killed: nothing of this window is saved from here on."""
    assert window.meeting is not None
    autosave = window.meeting.autosave
    autosave.save_now = lambda: None  # type: ignore[method-assign]
    autosave.flush = lambda **_k: None  # type: ignore[method-assign]


def _start(window: MainWindow, qtbot: QtBot) -> str:
    window.show_prepare().start.click()
    assert window.meeting is not None
    press(qtbot, Qt.Key.Key_Space)
    return window.meeting.record.id


def test_a_quit_is_a_pause_and_the_time_away_is_not_meeting_time(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    clock: FakeClock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    _start(window, qtbot)
    clock.advance(90)
    assert window.meeting is not None
    left = window.meeting.controller.engine.remaining()
    window.close_meeting()  # File → Quit, answered yes
    clock.advance(3 * 3600)  # back after lunch
    again: MainWindow = main_window_in("en")
    seen: list[str] = []
    _answer_resume(monkeypatch, "&Go on", seen)
    start = offer_resume(again, again.context.folder, clock, "en")
    assert start is not None
    assert "3 hours ago" in seen[0] and "paused" in seen[0]
    assert start.engine.state is RunState.PAUSED
    assert start.engine.remaining() == pytest.approx(left, abs=0.01)


def test_a_half_typed_item_survives_a_crash(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    clock: FakeClock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    _start(window, qtbot)
    assert window.meeting is not None
    pane = window.meeting.page.board_pane
    pane.entry.setFocus()
    qtbot.keyClicks(pane.entry, "What would you do if")
    with qtbot.waitSignal(window.meeting.autosave.saved):
        window.meeting.autosave.save_now()  # what the timer does while typing
    _kill(window)
    again: MainWindow = main_window_in("en")
    _answer_resume(monkeypatch, "&Go on", [])
    start = offer_resume(again, again.context.folder, clock, "en")
    assert start is not None
    again.run(start)
    assert again.meeting is not None
    assert again.meeting.page.board_pane.entry.text() == "What would you do if"


def test_the_most_recently_left_meeting_is_offered_and_can_be_closed_for_good(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    clock: FakeClock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    first: MainWindow = main_window_in("en")
    older = _start(first, qtbot)
    with qtbot.waitSignal(first.meeting.autosave.saved):  # type: ignore[union-attr]
        first.meeting.autosave.save_now()  # type: ignore[union-attr]
    _kill(first)
    clock.advance(600)
    second: MainWindow = main_window_in("en")
    newer = _start(second, qtbot)
    with qtbot.waitSignal(second.meeting.autosave.saved):  # type: ignore[union-attr]
        second.meeting.autosave.save_now()  # type: ignore[union-attr]
    _kill(second)
    clock.advance(60)
    third: MainWindow = main_window_in("en")
    seen: list[str] = []
    _answer_resume(monkeypatch, "&Close it for good", seen)
    assert offer_resume(third, third.context.folder, clock, "en") is None
    assert "1 minute ago" in seen[0]
    assert store.load_meeting(newer).closed
    _answer_resume(monkeypatch, "&Not now", seen)
    offer_resume(third, third.context.folder, clock, "en")
    assert "11 minutes ago" in seen[-1]  # the older one now; the closed one is never asked
    assert not store.load_meeting(older).closed


def test_a_newer_versions_meeting_is_never_written_and_what_is_typed_goes_into_a_copy(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    meeting_id = _start(window, qtbot)
    window.close_meeting()
    path = store.root / "meetings" / f"{meeting_id}.json"
    future = json.loads(path.read_text())
    future["schema_version"] += 1
    path.write_text(json.dumps(future))
    before = path.read_bytes()
    again: MainWindow = main_window_in("en")
    record = again.context.folder.store.load_meeting(meeting_id)
    assert again.context.folder.store.meeting_is_read_only(meeting_id)
    _answer_resume(monkeypatch, "&Go on", [])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(str(a[1])))
    start = offer_resume(again, again.context.folder, window.context.clock, "en")
    assert start is not None and start.record.id == record.id
    meeting = again.run(start)  # its first save goes into a copy at once
    copy_id = meeting.autosave.meeting.id
    assert copy_id != meeting_id
    assert told == ["Saved as a copy"]  # and the facilitator is told so, once
    meeting.board.add(BoardItem(kind=ItemKind.NOTE, text="typed in an old version"))
    with qtbot.waitSignal(meeting.autosave.saved):
        meeting.autosave.save_now()
    assert path.read_bytes() == before  # the newer file is untouched
    assert "typed in an old version" in [i.text for i in store.load_meeting(copy_id).board.items]


def test_a_vanished_folder_is_said_never_made_again_and_the_meeting_can_go_elsewhere(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    _start(window, qtbot)
    meeting = window.meeting
    assert meeting is not None
    root = store.root
    pulled = root.with_name("stick-elsewhere")
    root.rename(pulled)  # the USB stick is pulled
    meeting.board.add(BoardItem(kind=ItemKind.NOTE, text="typed after the stick went"))
    with qtbot.waitSignal(meeting.autosave.folder_gone):
        meeting.autosave.save_now()
    assert not root.exists()  # never made again on the parent disk
    bar = window.slot.folder_gone
    assert bar.isVisibleTo(window) and "is gone" in bar.text.text()
    assert "not saved" in window.windowTitle()
    elsewhere = tmp_path / "safe"
    elsewhere.mkdir()
    bar.save_elsewhere(elsewhere)
    (copy,) = elsewhere.iterdir()
    assert copy.stat().st_mode & 0o777 == 0o600 and "A copy is saved" in bar.text.text()
    pulled.rename(root)  # the stick is back
    with qtbot.waitSignal(meeting.autosave.saved):
        bar.retry.click()
    assert not bar.isVisibleTo(window)
    texts = [i.text for i in store.load_meeting(meeting.record.id).board.items]
    assert "typed after the stick went" in texts


def test_a_damaged_meeting_found_while_listing_a_group_is_reported(
    main_window_in,
    store: DataFolder,
    library,
    clock: FakeClock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from intervisie_desktop.domain.demo import demo_past_meetings  # noqa: PLC0415

    store.save_group(demo_group())
    for past in demo_past_meetings(library, clock.wall(), "en"):
        store.save_meeting(past)
    damaged = store.list_meetings()[0]
    cut_off = '{"format": "intervisie-desktop/meeting", "schema'
    (store.root / "meetings" / f"{damaged.id}.json").write_text(cut_off)
    window: MainWindow = main_window_in("en")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    window.context.folder.meetings_of(demo_group().id)  # the history and the picker read them
    assert told and damaged.id in told[0]
    window.context.folder.meetings_of(demo_group().id)
    assert len(told) == 1  # told once, not at every look


def test_a_coach_hint_set_aside_stays_aside_after_a_restart(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    clock: FakeClock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    _start(window, qtbot)
    meeting = window.meeting
    assert meeting is not None
    meeting.board.add(BoardItem(kind=ItemKind.QUESTION, text="Why did you say yes?"))
    item = meeting.board.board.items[-1]
    (hint,) = meeting.hints.for_item(item.id)
    meeting.hints.dismiss(item.id, hint.code)
    window.close_meeting()
    again: MainWindow = main_window_in("en")
    _answer_resume(monkeypatch, "&Go on", [])
    start = offer_resume(again, again.context.folder, clock, "en")
    assert start is not None
    resumed = again.run(start)
    assert resumed.hints.for_item(item.id) == ()


def test_stopped_by_the_system_while_the_folder_is_gone_the_meeting_is_rescued(
    main_window_in,
    store: DataFolder,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """A logout (SIGTERM) with the stick out: kept on this computer, said next time."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    window: MainWindow = main_window_in("en")
    meeting_id = _start(window, qtbot)
    meeting = window.meeting
    assert meeting is not None
    pulled = store.root.with_name("stick-elsewhere")
    store.root.rename(pulled)
    meeting.board.add(BoardItem(kind=ItemKind.NOTE, text="typed after the stick went"))
    with qtbot.waitSignal(meeting.autosave.folder_gone):
        meeting.autosave.save_now()
    window.leave_now()  # what SIGTERM does
    (kept,) = (tmp_path / "state" / "intervisie-desktop" / "rescued").iterdir()
    assert kept.stat().st_mode & 0o777 == 0o600
    assert "typed after the stick went" in kept.read_text(encoding="utf-8")
    pulled.rename(store.root)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(str(a[2])))
    tell_rescued(main_window_in("en"))
    (text,) = told
    assert str(kept.parent) in text and f"{kept.name} → meetings/{meeting_id}.json" in text
