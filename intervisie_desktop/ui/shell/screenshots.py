"""``--screenshot DIR``: render the main screens to PNG files (works offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.ui.dialogs.settings_dialog import SettingsDialog
from intervisie_desktop.ui.dialogs.welcome import WelcomeDialog
from intervisie_desktop.ui.shell.main_window import MainWindow

MAIN_SIZE = (1366, 800)  # a common laptop screen
PRESENTER_SIZE = (1280, 720)  # a projector


def _grab(widget: QWidget, size: tuple[int, int] | None, path: Path) -> Path:
    """Render ``widget`` at ``size`` (None: the size it wants) into ``path``."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render_screenshots(window: MainWindow, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    meeting = window.meeting
    if meeting is not None:  # show the flip-over beside the timer, as a scribe would
        meeting.board.share_list(ItemKind.QUESTION, True)
    written = [_grab(window, MAIN_SIZE, directory / "main.png")]
    if meeting is not None:
        written.append(_grab(meeting.presenter, PRESENTER_SIZE, directory / "presenter.png"))
        meeting.presenter.hide()
    window.pages.setCurrentWidget(window.methods_page)
    written.append(_grab(window, MAIN_SIZE, directory / "methods.png"))
    prepare = window.show_prepare()
    prepare.people.question.setPlainText(prepare.people.examples.itemText(1))
    prepare.tabs.setCurrentWidget(prepare.methods)
    written.append(_grab(window, MAIN_SIZE, directory / "chooser.png"))
    prepare.tabs.setCurrentWidget(prepare.icebreakers)
    written.append(_grab(window, MAIN_SIZE, directory / "icebreakers.png"))
    prepare.tabs.setCurrentWidget(prepare.people)
    written.append(_grab(window, MAIN_SIZE, directory / "prepare.png"))
    folder = window.context.folder
    written.append(_grab(WelcomeDialog(folder.data_dir, window), None, directory / "firstrun.png"))
    written.append(
        _grab(
            SettingsDialog(folder.settings, folder.data_dir, window),
            (620, 520),
            directory / "settings.png",
        )
    )
    return written
