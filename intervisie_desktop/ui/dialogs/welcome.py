"""The first-run welcome: what the app is, where the data lives, and how to begin."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeChoice(Enum):
    DEMO = "demo"
    CREATE_GROUP = "create_group"
    CLOSE = "close"


class WelcomeDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Intervisie Desktop"))
        self.choice = WelcomeChoice.CLOSE
        text = QLabel(
            self.tr(
                "<h2>Welcome</h2>"
                "<p>Intervisie Desktop helps you lead an intervisie meeting: choose a method, "
                "show each step and a countdown on the projector, and keep the flip-over in a "
                "private notes pane.</p>"
                "<p>Everything is kept in files on this computer, in %1; nothing is ever sent "
                "over the network.</p>"
                "<p>Try the demo with a fictional group first, or create your own group.</p>"
            ).replace("%1", str(data_dir) if data_dir else "")
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Try the &demo"))
        self.create_button = QPushButton(self.tr("&Create your group"))
        self.create_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(lambda: self._choose(WelcomeChoice.DEMO))
        self.create_button.clicked.connect(lambda: self._choose(WelcomeChoice.CREATE_GROUP))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.adjustSize()  # as tall as the text needs, no empty band

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def launch(cls, data_dir: Path | None, parent: QWidget | None) -> WelcomeChoice:
        dialog = cls(data_dir, parent)
        dialog.exec()
        return dialog.choice
