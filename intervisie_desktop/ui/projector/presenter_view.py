"""What the room sees: step, countdown, instruction, who speaks, rules, and the lists.

Built only from a :class:`PublicView`; it is never given the engine, the
facilitator's guidance or the notes. The same widget serves as the projector
window's content, the window shared in a video call and the live preview in the
main window. With nothing to list, the clock is the main thing; as soon as
something is listed (a shared list, the method's steps, today's roles, the case
question) the list gets the space and a smaller clock stays in view.

Every tick costs little: texts are only set when they changed, the style sheet
only when the colours changed, and the lists are laid out again only when they,
the size or the page change.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from intervisie_desktop.domain.projection import PublicView, TimerPhase
from intervisie_desktop.ui.projector.presenter_pages import BoardPage, ClockPage, ClosingPage
from intervisie_desktop.ui.projector.presenter_theme import BLACKOUT, Looks, PhaseColours
from intervisie_desktop.ui.projector.wall_content import wall_sections
from intervisie_desktop.ui.projector.wall_layout import Fit, floor_cap_height

HEADLINE_CAP = 1 / 12  # a single shown item: up to this share of the screen's height
LIST_CAP = 1 / 18  # a short list: up to this


class PresenterView(QWidget):
    resized = Signal(QSize)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.setAccessibleName(self.tr("Projector view"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.looks = Looks()
        # The height of the screen the room sees, when this view only previews it
        # (None: this view is what the room sees). The lists are laid out for it.
        self.reference_height: int | None = None

        self.clock_page = ClockPage()
        self.board_page = BoardPage()
        self.closing_page = ClosingPage()
        page = self.clock_page
        self.meeting_title, self.heading, self.countdown = (
            page.meeting_title,
            page.heading,
            page.countdown,
        )
        self.status, self.progress, self.instruction = page.status, page.progress, page.instruction
        self.who, self.turn, self.rules = page.who, page.turn, page.rules
        self.board = self.board_page.wall
        self.blackout_page = QWidget()
        self.blackout_page.setAccessibleName(self.tr("Blacked out"))
        self._stack = QStackedLayout(self)
        pages = (self.clock_page, self.board_page, self.closing_page, self.blackout_page)
        for widget in pages:
            self._stack.addWidget(widget)
        self._view: PublicView | None = None
        self._blackout = False
        self._style = ""
        self._headline: bool | None = None

    # ----- content ----------------------------------------------------------------

    def show_view(self, view: PublicView, blackout: bool = False) -> None:
        self._view = view
        self._blackout = blackout
        finished = view.phase is TimerPhase.FINISHED
        sections = () if finished else wall_sections(view)
        self.clock_page.show_view(view)
        self.board_page.show_view(view)
        self.closing_page.show_view(view)
        self.board.setVisible(bool(sections))
        self.board.set_content(sections, view.page)
        headline = sum(len(s.entries) for s in sections) == 1
        if headline != self._headline:
            self._headline = headline
            self._fit_wall()
        if blackout:
            current: QWidget = self.blackout_page
        elif finished:
            current = self.closing_page
        else:
            current = self.board_page if sections else self.clock_page
        self._stack.setCurrentWidget(current)
        self._apply_colours(view)

    @property
    def listing(self) -> bool:
        """Are lists the main thing on the wall now?"""
        return self._stack.currentWidget() is self.board_page

    # ----- looks ------------------------------------------------------------------

    def set_looks(self, looks: Looks) -> None:
        """The presenter settings: colour theme, blackout colour, text size, warnings."""
        self.looks = looks
        self._scale_fonts()
        if self._view is not None:
            self.show_view(self._view, self._blackout)

    def _colours(self, view: PublicView) -> tuple[PhaseColours, str]:
        if self._blackout:
            colour = self.looks.blackout_colour
            return PhaseColours(colour, BLACKOUT.text, colour), BLACKOUT.text
        return self.looks.phase_colours(view.phase, view.flash)

    def _apply_colours(self, view: PublicView) -> None:
        colours, clock = self._colours(view)
        style = (
            f"#presenterView {{ background: {colours.background}; }}"
            f"#presenterView QLabel {{ color: {colours.text}; background: transparent; }}"
            f"#presenterView QProgressBar {{ background: transparent;"
            f" border: 2px solid {colours.text}; border-radius: 4px; }}"
            f"#presenterView QProgressBar::chunk {{ background: {colours.accent}; }}"
        )
        if style != self._style:  # a new style sheet re-polishes every child: only on change
            self._style = style
            self.setStyleSheet(style)
        for fitted in (self.countdown, self.board_page.countdown, self.closing_page.thanks):
            fitted.setColour(clock)
        self.board.set_colour(colours.text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()
        self.resized.emit(event.size())

    def set_reference_height(self, height: int | None) -> None:
        """Lay the lists out as on a screen this tall (the preview of the wall)."""
        if height != self.reference_height:
            self.reference_height = height
            self._fit_wall()

    def _scale_fonts(self) -> None:
        """Text grows with the window so it stays readable from the back of a room."""
        unit = max(6.0, min(self.height() / 30, self.width() / 48)) * self.looks.font_scale
        self.clock_page.scale_fonts(unit)
        self.board_page.scale_fonts(unit, self.height())
        self.closing_page.scale_fonts(unit)
        self._fit_wall()

    def _fit_wall(self) -> None:
        """The lists' floor and ceiling, for the screen the room sees."""
        reference = float(self.reference_height or self.height() or 1)
        scale = self.looks.font_scale
        if self._headline:
            fit = Fit(
                floor_cap_height(reference) * scale,
                reference * HEADLINE_CAP * scale,
                title_scale=0.5,
                max_columns=1,
            )
        else:
            fit = Fit(floor_cap_height(reference) * scale, reference * LIST_CAP * scale)
        self.board.set_fit(fit, reference / max(1, self.height()))

    def visible_texts(self) -> list[str]:
        """Every text this view currently holds (used to prove nothing private leaks)."""
        texts = [label.text() for label in self.findChildren(QLabel)]
        return [
            *texts,
            self.countdown.text(),
            self.board_page.countdown.text(),
            self.closing_page.thanks.text(),
            self.board.text(),
            self.board.accessibleDescription(),
            self.accessibleName(),
        ]
