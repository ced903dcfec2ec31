"""A number of minutes as the UI writes it ("45 min"), on its own so the first window
can use it without the domain's labels (:mod:`labels` imports the domain's models)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("Labels", "%1 min").replace("%1", str(minutes))
