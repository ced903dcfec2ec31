"""Opening the data folder as the app does: the window is there first, the meetings are
checked (a lost index rebuilt) on a worker thread, and the commands that need the
folder wait until it is open."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.catalogue import listed_methods
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.meeting_index import INDEX_FILE
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.app_context import AppContext
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.shell.main_window import MainWindow

from ..conftest import FakeWakeLock


class HeldCheck:
    """The store's check of its meetings, held on its thread until let go."""

    def __init__(self, store: DataFolder, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[threading.Thread] = []
        self._go = threading.Event()
        check = store.check_meetings

        def held() -> object:
            self.threads.append(threading.current_thread())
            self._go.wait(30)
            return check()

        monkeypatch.setattr(store, "check_meetings", held)

    def let_go(self) -> None:
        self._go.set()


def test_the_meetings_are_checked_off_the_ui_thread_while_the_ui_goes_on(
    qtbot: QtBot, store: DataFolder, library: MethodLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = FolderService(store.root, Settings(), library)
    check = HeldCheck(store, monkeypatch)
    folder.attach_checked(store)
    qtbot.waitUntil(lambda: bool(check.threads))
    answered: list[bool] = []
    QTimer.singleShot(0, lambda: answered.append(True))  # the UI thread is not blocked
    qtbot.waitUntil(lambda: bool(answered))
    assert not folder.is_open
    with qtbot.waitSignal(folder.opened):
        check.let_go()
    assert check.threads[0] is not threading.main_thread()
    assert folder.is_open


def test_a_lost_index_is_rebuilt_before_the_folder_counts_as_open(
    qtbot: QtBot, tmp_path: Path, library: MethodLibrary
) -> None:
    from ...store.conftest import make_meeting  # noqa: PLC0415

    meetings = [make_meeting(library, items=1) for _ in range(5)]
    with DataFolder.open(tmp_path / "data") as store:
        for meeting in meetings:
            store.save_meeting(meeting)
    (tmp_path / "data" / INDEX_FILE).unlink()
    with DataFolder.open(tmp_path / "data") as store:
        folder = FolderService(store.root, Settings(), library)
        with qtbot.waitSignal(folder.opened):
            folder.attach_checked(store)
        assert (store.root / INDEX_FILE).exists()  # made again from the files
        assert {s.id for s in store.list_meetings()} == {m.id for m in meetings}


def test_the_window_waits_with_what_needs_the_folder(
    qtbot: QtBot,
    store: DataFolder,
    library: MethodLibrary,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow("en", listed_methods(library, "en"))
    qtbot.addWidget(window)
    page = window.methods_page
    assert page.method_view is None  # no details before the library is there
    assert not page.start_button.isEnabled() and not window.menus.prepare.isEnabled()
    folder = FolderService(store.root, Settings(), library)
    window.attach(AppContext("en", clock, folder, Chime(enabled=False), FakeWakeLock()))
    assert page.method_view is not None and page.card_button.isEnabled()
    assert not page.start_button.isEnabled() and not window.menus.prepare.isEnabled()
    check = HeldCheck(store, monkeypatch)
    folder.attach_checked(store)
    qtbot.waitUntil(lambda: bool(check.threads))
    assert not window.menus.settings.isEnabled()
    with qtbot.waitSignal(folder.opened):
        check.let_go()
    assert page.start_button.isEnabled() and window.menus.prepare.isEnabled()
    assert window.menus.settings.isEnabled()
