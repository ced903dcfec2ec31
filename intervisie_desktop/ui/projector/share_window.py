"""The projector in a window: the room's view as an ordinary window on the laptop's own
screen, for a video call to share exactly that window and never the laptop's view.

It holds one projector view and nothing else, so sharing it cannot show a note or
the facilitator's guidance. Its size is the user's: dragged, or one of the 16:9
presets; the size is handed back to be remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.ui.projector.presenter_view import PresenterView
from intervisie_desktop.ui.projector.presenter_window import ViewWindow
from intervisie_desktop.ui.projector.public_source import PublicSource

PRESETS = (QSize(960, 540), QSize(1280, 720), QSize(1920, 1080))
TYPICAL_HEIGHT = 1080  # the preview's guess while no room view is shown


FRAME_ALLOWANCE = QSize(16, 48)  # a window manager's title bar and borders


def fitting(size: QSize, available: QSize) -> QSize:
    """``size``, or the largest 16:9 size that fits ``available`` with a window frame."""
    room = available - FRAME_ALLOWANCE
    if size.width() <= room.width() and size.height() <= room.height():
        return size
    width = min(room.width(), room.height() * 16 // 9)
    return QSize(width, width * 9 // 16)


class ShareWindow(ViewWindow):
    size_chosen = Signal(QSize)  # the size to remember (after a preset or on closing)

    def __init__(
        self,
        controller: PublicSource,
        facilitator_screen: Callable[[], QScreen | None],
        size: QSize,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        self.setObjectName("shareWindow")
        self.setWindowTitle(self.tr("Intervisie — projector in a window (share this one)"))
        self.setAccessibleName(self.tr("Projector in a window"))
        self._facilitator_screen = facilitator_screen
        # Opening it leaves the keyboard with the laptop's window, where the scribe
        # types (a click on it still makes it the active window, and its keys work)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(size)

    def open(self) -> None:
        """Show it as a normal window on the laptop's screen, in front but without the
        keyboard; a remembered size too large for this screen shrinks (at 16:9) so no
        part is off-screen."""
        if not self.isVisible():
            screen = self._facilitator_screen()
            if screen is not None:
                self.setScreen(screen)
                self.resize(fitting(self.size(), screen.availableGeometry().size()))
                self.move(screen.availableGeometry().center() - self.rect().center())
        keyboard = QApplication.activeWindow()
        self.showNormal()
        self.raise_()
        if keyboard is not None and keyboard is not self:
            keyboard.activateWindow()  # where a platform activates it anyway: back
            self.raise_()  # still in view, in front of the window that has the keys

    def set_preset(self, size: QSize) -> None:
        """One of the 16:9 sizes a call shares well; remembered from now on."""
        self.resize(size)
        self.size_chosen.emit(size)

    def take_down(self) -> None:
        if self.isVisible():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.size_chosen.emit(self.size())
        self.closed.emit()
        super().closeEvent(event)


class PreviewFollower(QObject):
    """Keeps the laptop's preview laid out like the view the room sees: the projector
    if it is shown, else the window shared in a call, else a typical projector."""

    def __init__(
        self, preview: PresenterView, windows: tuple[ViewWindow, ...], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self._windows = windows
        for window in windows:
            window.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        shown = [w for w in self._windows if w.isVisible()]
        self._preview.set_reference_height(shown[0].height() if shown else TYPICAL_HEIGHT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self.follow()
        return False
