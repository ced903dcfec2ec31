"""Fixtures for widget tests: the main window in a chosen language, a demo meeting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import DEMO_GROUP_ID, build_demo_meeting
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.app_context import AppContext
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.i18n import install_translators
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.palette import apply_readable_palette
from intervisie_desktop.ui.shell.main_window import MainWindow


class FakeWakeLock:
    def __init__(self) -> None:
        self.held = False

    def hold(self) -> None:
        self.held = True

    def release(self) -> None:
        self.held = False


class CountingChime(Chime):
    def __init__(self) -> None:
        super().__init__(enabled=False)
        self.played = 0

    def play(self) -> None:
        self.played += 1


@pytest.fixture(scope="session", autouse=True)
def readable_palette(qapp: QApplication) -> None:
    """The colours the app starts with (app.py applies the same)."""
    apply_readable_palette(qapp)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DataFolder]:
    """A real, empty data folder in a temporary directory."""
    folder = DataFolder.open(tmp_path / "data")
    yield folder
    folder.close()


@pytest.fixture
def main_window_in(
    qtbot: QtBot, qapp: QApplication, library: MethodLibrary, clock: FakeClock, store: DataFolder
) -> Iterator[Callable[[str], MainWindow]]:
    """Build the main window on the ``store`` folder, with the app in ``language``."""
    installed = []

    def build(language: str) -> MainWindow:
        installed.extend(install_translators(qapp, language))
        folder = FolderService(store.root, Settings(), library)
        folder.attach(store)
        context = AppContext(language, clock, folder, CountingChime(), FakeWakeLock())
        window = MainWindow.over(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts need an active window, as on a desktop
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield build
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def demo_window_in(
    main_window_in: Callable[[str], MainWindow], library: MethodLibrary, clock: FakeClock
) -> Callable[[str], MainWindow]:
    """Build the main window in ``language`` running the demo meeting (in step 3 of 10)."""

    def build(language: str) -> MainWindow:
        window = main_window_in(language)
        demo = build_demo_meeting(library, load_builtin_icebreakers(), clock, language)
        window.run(demo.start(DEMO_GROUP_ID, clock.wall()))
        return window

    return build


@pytest.fixture
def demo_window(demo_window_in: Callable[[str], MainWindow]) -> MainWindow:
    """The English main window running the demo meeting (in step 3 of 10)."""
    return demo_window_in("en")


class UnansweredDialogError(AssertionError):
    """A test opened a modal dialog nobody answers: it would wait forever."""


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog in a test must be answered (the test patches its ``exec`` or the
    static helper it uses); otherwise the test fails at once instead of hanging."""

    def refuse(dialog, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise UnansweredDialogError(f"{type(dialog).__name__} opened and nobody answers it")

    from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: PLC0415

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
