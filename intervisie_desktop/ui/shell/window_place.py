"""The main window fits the screen it opens on, and comes back where the facilitator
left it, remembered per screen set-up (the laptop alone, the laptop with a projector)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from intervisie_desktop.domain.settings import Settings

PREFERRED = (1280, 800)


def screen_setup() -> str:
    """A name for the screens as they are now, e.g. ``1366x768+0+0|1920x1080+1366+0``."""
    parts = []
    for screen in QGuiApplication.screens():
        g = screen.geometry()
        parts.append(f"{g.width()}x{g.height()}+{g.x()}+{g.y()}")
    return "|".join(sorted(parts))


def place(window: QMainWindow, settings: Settings) -> None:
    """Where it was last time with these screens; else as large as fits, up to 1280×800."""
    saved = settings.window_geometry.get(screen_setup())
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED)
        return
    available = screen.availableGeometry()
    if available.width() <= PREFERRED[0] + 100 or available.height() <= PREFERRED[1] + 50:
        window.setGeometry(available)  # a small laptop: use all of it
        window.showMaximized()
        return
    window.resize(*PREFERRED)
    window.move(available.center() - window.rect().center())


def remember(window: QMainWindow, settings: Settings) -> None:
    geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    kept = {k: v for k, v in settings.window_geometry.items() if k != screen_setup()}
    settings.window_geometry = dict(list(kept.items())[-9:]) | {screen_setup(): geometry}
