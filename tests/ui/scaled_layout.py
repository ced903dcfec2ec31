"""The app at 200 % on a 1920×1080 screen (960×540 to the layouts): what does not fit?

Run in its own process (the scale is fixed when Qt starts), as ``test_text_200.py``
does: ``QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen:configfile=tests/data/one_screen_1080.json
python -m tests.ui.scaled_layout DATA_DIR``. Prints JSON: per window or page, the
problems found: a window larger than the screen; then, with the main window given
at most the screen (as a window manager does), buttons and labels that are cut off.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import DEMO_GROUP_ID, build_demo_meeting
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.methods import load_method_library
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.app_context import AppContext
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.dialogs.about import about_box, about_text
from intervisie_desktop.ui.dialogs.help_overlay import ShortcutHelp
from intervisie_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from intervisie_desktop.ui.dialogs.settings_dialog import SettingsDialog
from intervisie_desktop.ui.dialogs.welcome import WelcomeDialog
from intervisie_desktop.ui.i18n import install_translators
from intervisie_desktop.ui.library.method_editor import MethodEditor
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.meeting.wake_lock import WakeLock
from intervisie_desktop.ui.palette import apply_readable_palette
from intervisie_desktop.ui.shell.main_window import MainWindow

LANGUAGE = "nl"  # the app's first language, and its longer words


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's contents, where being out of view is what scrolling is for."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_text(widget: QWidget) -> str | None:
    """Why the widget's text does not show whole, or None."""
    button = isinstance(widget, QAbstractButton) and bool(widget.text())
    if button and widget.width() < widget.sizeHint().width():
        return f"text needs {widget.sizeHint().width()} px, has {widget.width()}"
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap() and widget.hasHeightForWidth():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                return f"wrapped text needs {needed} px high, has {widget.height()}"
        elif widget.width() < widget.minimumSizeHint().width():
            return f"text needs {widget.minimumSizeHint().width()} px, has {widget.width()}"
    return None


def off_screen(window: QWidget) -> list[str]:
    """The window as the app sizes it: does it fit the screen?"""
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return []
    least = window.minimumSizeHint()
    return [
        f"window {frame.width()}×{frame.height()} (at least {least.width()}×{least.height()}) "
        f"on a screen of {available.width()}×{available.height()}"
    ]


def cut_off(window: QWidget) -> list[str]:
    """Buttons and labels outside the window, hidden by their parents, or too small."""
    found = []
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLabel) or not widget.isVisible():
            continue
        if type(widget).__name__ == "QAbstractButton" and not widget.text():
            continue  # a table's corner button, Qt's own and empty
        if _scrolled(widget):
            continue
        what = f"{type(widget).__name__} {(widget.text() or widget.accessibleName())[:40]!r}"
        box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        shown = widget.visibleRegion().boundingRect()
        if not inside.contains(box):
            found.append(f"{what} lies outside the window ({box.getRect()})")
        elif shown.size() != widget.size():
            found.append(f"{what} is cut off (shows {shown.width()}×{shown.height()})")
        reason = _cut_text(widget)
        if reason:
            found.append(f"{what}: {reason}")
    return found


def every_block(window: MainWindow, page: Callable[[Callable[[], object]], list[str]]) -> list[str]:
    """The meeting page in each block: what the flip-over asks for changes with the step."""
    assert window.meeting is not None
    controller = window.meeting.controller
    found: list[str] = []
    for index, block in enumerate(controller.engine.blocks):
        problems = page(lambda i=index: (controller.jump(i), window.show_meeting_page()))
        found += [f"{block.title.get(LANGUAGE)}: {p}" for p in problems if p not in found]
    return found


def fit_to_screen(window: QWidget) -> None:
    """What a window manager does with a window bigger than the screen."""
    available = window.screen().availableGeometry()
    window.resize(min(window.width(), available.width()), min(window.height(), available.height()))
    window.move(available.topLeft())
    QApplication.processEvents()


def main() -> None:
    app = QApplication([sys.argv[0]])
    apply_readable_palette(app)
    install_translators(app, LANGUAGE)
    library = load_method_library()
    clock = FakeClock()
    store = DataFolder.open(Path(sys.argv[1]))
    folder = FolderService(store.root, Settings(), library)
    folder.attach(store)
    window = MainWindow.over(AppContext(LANGUAGE, clock, folder, Chime(enabled=False), WakeLock()))
    demo = build_demo_meeting(library, load_builtin_icebreakers(), clock, LANGUAGE)
    window.run(demo.start(DEMO_GROUP_ID, clock.wall()))
    window.show()
    QApplication.processEvents()
    report: dict[str, list[str]] = {"main window": off_screen(window)}
    fit_to_screen(window)

    def page(show: Callable[[], object]) -> list[str]:
        show()
        QApplication.processEvents()
        return cut_off(window)

    report["methods"] = page(lambda: window.pages.setCurrentWidget(window.methods_page))
    prepare = window.show_prepare()
    for index in range(prepare.tabs.count()):
        report[f"prepare {index + 1}"] = page(lambda i=index: prepare.tabs.setCurrentIndex(i))
    report["meeting"] = every_block(window, page)
    dialogs: dict[str, QWidget] = {
        "help": ShortcutHelp(window),
        "settings": SettingsDialog(Settings(), store.root, window),
        "method editor": MethodEditor(library.get("tienstappen"), window),
        "passphrase": PassphraseDialog(store, window),
        "welcome": WelcomeDialog(store.root, window),
        "about": about_box(window, "About", about_text()),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        QApplication.processEvents()
        report[name] = off_screen(dialog) + cut_off(dialog)
        dialog.close()
    print(json.dumps(report))
    window.close_meeting()
    store.close()


if __name__ == "__main__":
    main()
