"""The main window fits the screen it opens on, and comes back where the facilitator
left it, remembered per screen set-up (the laptop alone, the laptop with a projector)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from intervisie_desktop.domain.settings import Settings

PREFERRED = (1280, 800)
TITLE_BAR = 32  # the window manager's frame, not part of the available geometry


def fit(window: QMainWindow) -> None:
    """Up to 1280×800, within the screen's free area (a 1366×768 laptop shows the
    start button and the status line), at the top rather than cascaded."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED)
        return
    room = screen.availableGeometry()
    width, height = min(PREFERRED[0], room.width()), min(PREFERRED[1], room.height() - TITLE_BAR)
    window.resize(width, height)
    spare = room.height() - height - TITLE_BAR
    window.move(room.left() + (room.width() - width) // 2, room.top() + max(0, spare // 2))


def screen_setup() -> str:
    """A name for the screens as they are now, e.g. ``1366x768+0+0|1920x1080+1366+0``."""
    parts = []
    for screen in QGuiApplication.screens():
        g = screen.geometry()
        parts.append(f"{g.width()}x{g.height()}+{g.x()}+{g.y()}")
    return "|".join(sorted(parts))


def place(window: QMainWindow, remembered: dict[str, str]) -> None:
    """Where it was last time with these screens (``remembered``: the settings' window
    places); on a small laptop all of the screen; else as :func:`fit` left it."""
    saved = remembered.get(screen_setup())
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    if available.width() <= PREFERRED[0] + 100 or available.height() <= PREFERRED[1] + 50:
        window.showMaximized()  # a small laptop: all of it


def remember(window: QMainWindow, settings: Settings) -> None:
    geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    kept = {k: v for k, v in settings.window_geometry.items() if k != screen_setup()}
    settings.window_geometry = dict(list(kept.items())[-9:]) | {screen_setup(): geometry}
