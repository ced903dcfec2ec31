"""Window sizes that fit the screen, also with large text (200 %) on a small screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, but never larger than its screen's free area
    (the window's parent's screen while it is not yet shown)."""
    host = window.parentWidget() or window
    available = host.screen().availableGeometry()
    window.resize(min(width, available.width()), min(height, available.height()))
