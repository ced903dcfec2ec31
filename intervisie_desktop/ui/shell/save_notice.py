"""Whether what was typed is saved, said where the facilitator looks: the window's
title and its status bar (and once, aloud, when a meeting is saved as a copy)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from intervisie_desktop.ui.shell import on_demand


class SaveNotice(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def not_saved(self, reason: str) -> None:
        self._window.setWindowTitle(self.tr("Intervisie Desktop — not saved"))
        self._window.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", reason))

    def saved(self) -> None:
        self._window.setWindowTitle(self.tr("Intervisie Desktop"))

    def saved_as_copy(self, _copy: object) -> None:
        self.saved()
        on_demand.tell(
            self._window,
            self.tr("Saved as a copy"),
            self.tr(
                "This meeting was saved by a newer version of the app, so its file stays as "
                "it is. What you add now is saved in a copy that this version can read."
            ),
        )
