"""The projector window: full screen on a screen other than the laptop's.

It follows projectors being plugged in and out, remembers the chosen screen by
name, and keeps its content (it is just another view of the controller).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from intervisie_desktop.ui.projector.presenter_view import PresenterView
from intervisie_desktop.ui.projector.public_source import PublicSource


def choose_screen(
    screens: list[QScreen], facilitator: QScreen | None, preferred_name: str | None
) -> QScreen | None:
    """The remembered screen if present, else the first one that is not the laptop's."""
    for screen in screens:
        if preferred_name and screen.name() == preferred_name:
            return screen
    others = [s for s in screens if s is not facilitator]
    if others:
        return others[0]
    return facilitator or (screens[0] if screens else None)


class ViewWindow(QMainWindow):
    """A top-level window holding one projector view and nothing else, kept up to date
    from the public source; single keys pressed in it steer the meeting.

    A main window (with no bars) so that a screen reader finds it as a window: a plain
    QWidget reaches AT-SPI as a "filler", which Orca does not list among the windows."""

    closed = Signal()  # the window was closed or taken down

    def __init__(self, controller: PublicSource, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the clicker's keys land here
        self._controller = controller
        self.view = PresenterView()
        self.setCentralWidget(self.view)
        controller.changed.connect(self._refresh)
        self._unused_keys: Callable[[QKeyEvent], bool] = lambda _event: False
        self._refresh()

    def set_key_handler(self, handler: Callable[[QKeyEvent], bool]) -> None:
        """Who steers the meeting with the single keys pressed here (T, Space, +)."""
        self._unused_keys = handler

    def _refresh(self) -> None:
        self.view.show_view(self._controller.public_view(), self._controller.blackout)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._unused_keys(event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Activated (clicked, or full screen on the projector): take the keyboard focus,
        so the clicker's keys steer from here. Nothing inside can take focus, and Qt
        would otherwise leave the focus with no widget at all."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            focus = QApplication.focusWidget()
            if focus is None or not (focus is self or self.isAncestorOf(focus)):
                self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


class PresenterWindow(ViewWindow):
    screen_chosen = Signal(str)  # the name of the screen the user moved it to

    def __init__(
        self,
        controller: PublicSource,
        facilitator_screen: Callable[[], QScreen | None],
        preferred_screen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        self.setWindowTitle(self.tr("Intervisie — projector"))
        # The keyboard stays on the laptop, where the scribe types and where every
        # clicker key works; the wall never takes it (not on F5, not when clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self._facilitator_screen = facilitator_screen
        self.preferred_screen = preferred_screen
        self.resize(960, 540)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(lambda _screen: self.place())
        app.screenRemoved.connect(lambda screen: self.place(leaving=screen))
        self._presenting = False

    @property
    def presenting(self) -> bool:
        return self._presenting

    def present(self) -> None:
        """Show on the projector: full screen there, or a normal window with one screen."""
        self._presenting = True
        self.place()

    def place(self, leaving: QScreen | None = None) -> None:
        """Put the window on the right screen (again), e.g. after a projector came or went."""
        if not self._presenting:
            return
        screens = [s for s in QGuiApplication.screens() if s is not leaving]
        facilitator = self._facilitator_screen()
        target = choose_screen(screens, facilitator, self.preferred_screen)
        if target is None:
            return
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(target)
        if target is facilitator:
            geometry = target.availableGeometry()
            self.resize(min(self.width(), geometry.width()), min(self.height(), geometry.height()))
            self.move(geometry.center() - self.rect().center())
            self.showNormal()
        else:
            self.setGeometry(target.geometry())
            # not showFullScreen(): that also asks for the keyboard, which stays on the laptop
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
            self.show()
        self.raise_()

    def on_other_screen(self) -> bool:
        return self.screen() is not self._facilitator_screen()

    def swap_screen(self) -> None:
        """Move to the next screen (e.g. when the projector was detected as the laptop)."""
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return
        current = self.screen()
        index = screens.index(current) if current in screens else -1
        target = screens[(index + 1) % len(screens)]
        self.preferred_screen = target.name()
        self.screen_chosen.emit(target.name())
        self._presenting = True
        self.place()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def stop_presenting(self) -> None:
        self._presenting = False
        self.hide()
        self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._presenting = False
        self.closed.emit()
        super().closeEvent(event)
