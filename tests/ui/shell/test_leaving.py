"""Leaving without Quit (SIGTERM, SIGINT, SIGHUP, logout, sleep) saves the meeting first."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.store.atomic import SaveError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.shell.leaving import QuitSignals, SleepWatch
from intervisie_desktop.ui.shell.main_window import MainWindow


def _type_a_note(window: MainWindow, text: str) -> str:
    meeting = window.meeting
    assert meeting is not None
    meeting.autosave.flush()
    meeting.board.add(BoardItem(kind=ItemKind.NOTE, text=text))
    assert meeting.autosave.unsaved  # waiting for the quiet delay
    return meeting.record.id


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_quit_signal_saves_the_meeting_and_closes_the_window(
    demo_window: MainWindow, store: DataFolder, qtbot: QtBot, number: int
) -> None:
    meeting_id = _type_a_note(demo_window, "typed just before the logout")
    leaving = QuitSignals()
    try:
        leaving.received.connect(lambda _n: demo_window.leave_now())
        os.kill(os.getpid(), number)
        qtbot.waitUntil(lambda: not demo_window.isVisible())
    finally:
        leaving.restore()
    texts = [i.text for i in store.load_meeting(meeting_id).board.items]
    assert "typed just before the logout" in texts


def test_going_to_sleep_writes_what_was_typed(demo_window: MainWindow, store: DataFolder) -> None:
    meeting_id = _type_a_note(demo_window, "typed as the lid closed")
    sleep = demo_window.findChild(SleepWatch)  # the window's own, made with the meeting
    assert sleep is not None
    sleep.prepare_for_sleep(True)  # what logind says before the laptop sleeps
    texts = [i.text for i in store.load_meeting(meeting_id).board.items]
    assert "typed as the lid closed" in texts
    assert demo_window.meeting is not None and not demo_window.meeting.autosave.unsaved


def test_the_window_listens_for_sleep_only_once_a_meeting_runs(
    main_window_in: Callable[[str], MainWindow],
) -> None:
    """No D-Bus connection for a window that only shows the methods."""
    window = main_window_in("en")
    assert window.findChild(SleepWatch) is None


def test_the_quit_question_says_saved_only_when_it_is(
    demo_window: MainWindow, store: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (a nearly full USB stick): saves fail; quitting must not claim the
    notes are saved, and must say why. Once there is room, it saves and says so."""
    _type_a_note(demo_window, "typed after the disk filled")
    real_save = store.save_meeting

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise SaveError("meetings/m.json", Code.DISK_FULL)

    monkeypatch.setattr(store, "save_meeting", disk_full)
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    demo_window.quit_requested()
    assert "could not be saved" in asked[-1] and "disk is full" in asked[-1]
    assert "It is saved" not in asked[-1] and demo_window.isVisible()
    monkeypatch.setattr(store, "save_meeting", real_save)  # room again
    demo_window.quit_requested()
    assert "It is saved" in asked[-1]
    meeting = demo_window.meeting
    assert meeting is not None
    texts = [i.text for i in store.load_meeting(meeting.record.id).board.items]
    assert "typed after the disk filled" in texts
