"""Help → About: the app's name, promise and licence, with a logo a screen reader can name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from intervisie_desktop.ui.app_icon import app_icon

LOGO_SIZE = 64


def about_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Like ``QMessageBox.about``, whose image has no name (it is read as 'image')."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.setIconPixmap(app_icon().pixmap(LOGO_SIZE, LOGO_SIZE))
    for label in box.findChildren(QLabel):
        if label.pixmap() is not None and not label.pixmap().isNull():
            label.setAccessibleName(QCoreApplication.translate("About", "Intervisie Desktop logo"))
    return box
