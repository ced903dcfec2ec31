"""What the first paint did without, loaded right after it: the window icon, answering
a second start, the validated method library, the settings, the window's context and
the opened data folder.

The first window is drawn from the light catalogue (``domain/catalogue.py``) and the
settings' peek; this module is imported once it has painted (or before, only when
the catalogue cannot even be read, to name the damaged method file).
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from intervisie_desktop.domain.clock import Clock, SystemClock
from intervisie_desktop.domain.definitions import DefinitionError
from intervisie_desktop.domain.methods import MethodLibrary, load_method_library
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.settings_file import load_settings
from intervisie_desktop.ui.app_context import AppContext
from intervisie_desktop.ui.app_icon import app_icon
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.data.open_folder import open_data_folder
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.meeting.wake_lock import WakeLock
from intervisie_desktop.ui.problem_text import describe_problem

if TYPE_CHECKING:
    from intervisie_desktop.store.repository import DataFolder
    from intervisie_desktop.ui.data.single_instance import SingleInstance
    from intervisie_desktop.ui.shell.main_window import MainWindow


def load_the_rest(
    instance: SingleInstance | None,
    data_dir: Path,
    window: MainWindow,
    demo_clock: Clock | None,
    cleanup: ExitStack,
) -> DataFolder | None:
    """Everything above, then the data folder (its lock, and the passphrase if it is
    encrypted), returned open. None when the app cannot go on."""
    QApplication.setWindowIcon(app_icon())  # the windows shown take it on too
    if instance is not None and instance.listen():  # answer a second start from now on
        instance.raise_requested.connect(window.bring_forward)
        cleanup.callback(instance.close)
    library = validated_library()
    if library is None:
        return None
    loaded = load_settings(data_dir)
    window.attach(_context(data_dir, loaded.settings, library, window.language, demo_clock))
    if loaded.problem:
        window.statusBar().showMessage(describe_problem(loaded.problem))
    store = open_data_folder(data_dir, window)
    if store is not None:
        cleanup.callback(store.close)
    return store


def _context(
    data_dir: Path,
    settings: Settings,
    library: MethodLibrary,
    language: str,
    demo_clock: Clock | None,
) -> AppContext:
    """The one context every window gets."""
    folder = FolderService(data_dir, settings, library)
    clock = demo_clock or SystemClock()
    return AppContext(language, clock, folder, Chime(settings.sound), WakeLock())


def validated_library() -> MethodLibrary | None:
    """The built-in methods, validated; None once the damaged file is named (Qt is up)."""
    try:
        return load_method_library()
    except DefinitionError as exc:
        _say_library_damaged(exc)
        return None


def _say_library_damaged(problem: DefinitionError) -> None:
    text = QCoreApplication.translate(
        "App", "A method definition is damaged, so the app cannot start:\n%1"
    )
    QMessageBox.critical(None, "Intervisie Desktop", text.replace("%1", str(problem)))
