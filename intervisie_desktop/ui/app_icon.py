"""The app icon, from the shipped SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from intervisie_desktop.resources import resource_path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "intervisie-desktop.svg")))
