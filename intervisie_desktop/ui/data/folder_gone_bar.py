"""When the data folder goes away mid-meeting (a USB stick pulled, a share lost): say
so, keep the meeting in memory, save again as soon as the folder is back, or save a
copy to a place the facilitator picks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from intervisie_desktop.store.atomic import FolderGoneError
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.meeting.autosave import Autosave
from intervisie_desktop.ui.problem_text import describe_error


class FolderGoneBar(QFrame):
    def __init__(self, folder: FolderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._autosave: Autosave | None = None
        self.setObjectName("folderGoneBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry = QPushButton(self.tr("&Try again"))
        self.retry.clicked.connect(self.try_again)
        self.elsewhere = QPushButton(self.tr("Save a copy &elsewhere…"))
        self.elsewhere.clicked.connect(self.ask_save_elsewhere)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry)
        row.addWidget(self.elsewhere)
        self.hide()

    def watch(self, autosave: Autosave) -> None:
        self._autosave = autosave
        autosave.folder_gone.connect(self._gone)
        autosave.saved.connect(lambda _record: self.hide())

    def _gone(self) -> None:
        self.text.setText(
            self.tr(
                "The data folder %1 is gone (a USB stick pulled?). The meeting is kept "
                "here and saved again as soon as the folder is back."
            ).replace("%1", str(self._folder.data_dir))
        )
        self.show()

    def try_again(self) -> None:
        try:
            self._folder.store.reconnect()
        except FolderGoneError as exc:
            self.text.setText(describe_error(exc))
            return
        if self._autosave is not None:
            self._autosave.save_now()

    def ask_save_elsewhere(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save a copy of the meeting in"))
        if chosen:
            self.save_elsewhere(Path(chosen))

    def save_elsewhere(self, folder: Path) -> None:
        if self._autosave is None:
            return
        try:
            path = self._folder.store.save_meeting_elsewhere(self._autosave.record(), folder)
        except OSError as exc:
            self.text.setText(describe_error(exc))
            return
        self.text.setText(
            self.tr(
                "A copy is saved as %1. Saving goes on in the data folder when it is back."
            ).replace("%1", str(path))
        )
