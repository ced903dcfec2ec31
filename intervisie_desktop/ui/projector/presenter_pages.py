"""The projector's two layouts: the clock as the main thing, or the lists as the main
thing with a smaller clock that stays in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from intervisie_desktop.domain.projection import PublicView
from intervisie_desktop.ui.projector import presenter_texts as texts
from intervisie_desktop.ui.projector.board_wall import BoardWall
from intervisie_desktop.ui.projector.countdown_text import FittedText


def _label(name: str, *, wrap: bool = False, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    return label


def _progress(name: str) -> QProgressBar:
    progress = QProgressBar()
    progress.setObjectName(name)
    progress.setRange(0, 1000)
    progress.setTextVisible(False)
    progress.setAccessibleName(QCoreApplication.translate("PresenterView", "Progress of this step"))
    return progress


SMALLEST_TEXT = 8  # px: no text on the wall is smaller, where it fits
SHRINK_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6)  # smaller still, rather than cut off


def _set_pixels(label: QLabel, pixels: float, smallest: float = SMALLEST_TEXT) -> None:
    font = label.font()
    size = max(int(smallest), int(pixels))
    if font.pixelSize() != size:
        font.setPixelSize(size)
        label.setFont(font)


def _set_progress(bar: QProgressBar, value: int) -> None:
    """A new value, painted with the next repaint of the view: ``setValue`` alone
    repaints the bar at once, a second paint (and flush) every second besides the
    countdown's."""
    if value == bar.value():
        return
    bar.setUpdatesEnabled(False)
    bar.setValue(value)
    bar.setUpdatesEnabled(True)  # asks for an update, which joins the others


def _show_text(label: QLabel, text: str) -> None:
    """Set a label's text and hide it while empty (so it takes no room)."""
    label.setText(text)
    label.setVisible(bool(text))


class ClockPage(QWidget):
    """Nothing listed: the countdown fills the wall, with the step's instruction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_title = _label("meetingTitle")
        self.heading = _label("stepHeading", wrap=True, bold=True)
        self.countdown = FittedText()
        self.countdown.setObjectName("countdown")
        self.status = _label("timerStatus", wrap=True, bold=True)
        self.progress = _progress("progress")
        self.instruction = _label("instruction", wrap=True)
        self.who = _label("whoSpeaks", wrap=True)
        self.turn = _label("currentSpeaker", wrap=True, bold=True)
        self.rules = _label("rulesReminder", wrap=True)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.meeting_title)
        layout.addWidget(self.heading)
        layout.addWidget(self.countdown, 6)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addSpacing(8)
        layout.addWidget(self.instruction, 2)
        layout.addWidget(self.who)
        layout.addWidget(self.turn)
        layout.addStretch(1)
        layout.addWidget(self.rules)
        self._unit = 6.0
        self._texts: tuple[str, ...] = ()

    def show_view(self, view: PublicView) -> None:
        self.meeting_title.setText(view.meeting_title)
        self.heading.setText(texts.heading_text(view))
        self.countdown.setText(texts.countdown_text(view))
        self.status.setText(texts.status_text(view))
        _set_progress(self.progress, int(view.progress * 1000))
        self.progress.setVisible(bool(texts.countdown_text(view)))
        self.instruction.setText(texts.instruction_text(view))
        self.who.setText(texts.who_text(view))
        _show_text(self.turn, texts.turn_text(view))
        self.rules.setText(" · ".join(view.rules))
        labels = (self.heading, self.status, self.instruction, self.who, self.turn, self.rules)
        shown = tuple(label.text() for label in labels)
        if shown != self._texts:  # a new step: do its texts fit? (not every second)
            self._texts = shown
            self._fit()

    def scale_fonts(self, unit: float) -> None:
        self._unit = unit
        self.progress.setFixedHeight(max(6, int(unit * 0.5)))
        margin = int(unit * 0.7)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The texts at their size for this screen; where they would not fit whole (the
        laptop's small preview, at 200 % text), smaller rather than cut off."""
        view = self.parentWidget()
        room = (view or self).height()  # the view's: this page grows past it when squeezed
        for shrink in SHRINK_STEPS:
            self._apply(shrink)
            if self._layout.totalMinimumHeightForWidth(self.width()) <= room:
                return

    def _apply(self, shrink: float) -> None:
        sizes = {
            self.meeting_title: 0.8,
            self.heading: 1.5,
            self.status: 1.3,
            self.instruction: 1.15,
            self.who: 0.9,
            self.turn: 1.1,
            self.rules: 0.75,
        }
        for label, factor in sizes.items():
            _set_pixels(label, self._unit * factor * shrink, SMALLEST_TEXT * shrink)


class BoardPage(QWidget):
    """Something listed: the lists get the space; step, clock and state stay on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label("boardStepHeading", wrap=True, bold=True)
        self.status = _label("boardTimerStatus", wrap=True, bold=True)
        self.turn = _label("boardCurrentSpeaker", wrap=True)
        self.countdown = FittedText()
        self.countdown.setObjectName("boardCountdown")
        self.progress = _progress("boardProgress")
        self.wall = BoardWall()
        self.rules = _label("boardRulesReminder", wrap=True)
        self.page_number = _label("boardPage", bold=True)  # "1/2" while there are pages
        self.page_number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.wall.pages_changed.connect(self.show_page_number)

        about = QVBoxLayout()
        about.setSpacing(0)
        about.addWidget(self.heading)
        about.addWidget(self.status)
        about.addWidget(self.turn)
        about.addStretch(1)
        self._clock = QVBoxLayout()
        self._clock.addWidget(self.countdown, 1)
        self._clock.addWidget(self.progress)
        top = QHBoxLayout()
        top.addLayout(about, 1)
        top.addLayout(self._clock)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.wall, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.rules, 1)
        bottom.addWidget(self.page_number)
        layout.addLayout(bottom)

    def show_view(self, view: PublicView) -> None:
        self.heading.setText(texts.heading_text(view))
        self.countdown.setText(texts.countdown_text(view))
        _set_progress(self.progress, int(view.progress * 1000))
        _show_text(self.status, texts.status_text(view))
        _show_text(self.turn, texts.turn_text(view))
        _show_text(self.rules, "" if view.rules_in_focus else " · ".join(view.rules))

    def show_page_number(self) -> None:
        """ "1/2" while the lists take more than one page (laid out only when seen)."""
        shown = self.wall.isVisible() and bool(self.wall.sections())
        _show_text(self.page_number, self.wall.page_label() if shown else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_page_number()

    def scale_fonts(self, unit: float, height: int) -> None:
        _set_pixels(self.heading, unit * 1.3)
        _set_pixels(self.status, unit * 0.9)
        _set_pixels(self.turn, unit * 0.9)
        _set_pixels(self.rules, unit * 0.75)
        _set_pixels(self.page_number, unit * 1.2)
        self.countdown.setFixedSize(int(height * 0.32), int(height * 0.115))
        self.progress.setFixedHeight(max(4, int(unit * 0.3)))
        margin = int(unit * 0.7)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._layout.setSpacing(int(unit * 0.4))


class ClosingPage(QWidget):
    """After the meeting: a calm thank-you, nothing of the last step under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_title = _label("closingMeetingTitle")
        self.thanks = FittedText(monospace=False, width_share=0.6)
        self.thanks.setObjectName("closingThanks")
        self.heading = _label("closingHeading", bold=True)
        for label in (self.meeting_title, self.heading):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.meeting_title)
        layout.addWidget(self.thanks, 3)
        layout.addWidget(self.heading)
        layout.addStretch(2)

    def show_view(self, view: PublicView) -> None:
        self.meeting_title.setText(view.meeting_title)
        self.thanks.setText(texts.status_text(view))
        self.heading.setText(texts.heading_text(view))

    def scale_fonts(self, unit: float) -> None:
        _set_pixels(self.meeting_title, unit * 1.1)
        _set_pixels(self.heading, unit * 1.5)
