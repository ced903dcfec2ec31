"""Help → About: the app's name, promise and licence, with a logo a screen reader can name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from intervisie_desktop import __version__
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


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "<h3>Intervisie Desktop %1</h3>"
        "<p>For the facilitator of an intervisie meeting: methods, a timer for the "
        "projector and private notes.</p>"
        "<p>What is said in intervisie stays in the group: this app keeps everything "
        "in local files on this computer and never uses the network.</p>"
        "<p>Licence: GNU GPL version 3 or later.</p>",
    ).replace("%1", __version__)


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "About Intervisie Desktop")
    about_box(parent, title, about_text()).exec()
