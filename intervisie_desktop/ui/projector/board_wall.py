"""The wall's lists, painted like a flip-over: large, in columns, on pages with "1/2".

The layout is made in the coordinates of the *reference* screen (the projector the
room sees) and painted scaled to this widget, so the laptop's small preview pages
and breaks lines exactly as the wall does. It is made again only when the lists,
the size or the page change, never on a clock tick.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from intervisie_desktop.ui.projector.wall_layout import (
    Fit,
    Placed,
    Section,
    WallLayout,
    lay_out,
)
from intervisie_desktop.ui.projector.wall_text import text_layout


class BoardWall(QWidget):
    pages_changed = Signal()  # the lists, the size or the page changed: "1/2" may too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedBoard")
        self.setAccessibleName(self.tr("Shown on the wall"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(40, 20)
        self._sections: tuple[Section, ...] = ()
        self._requested_page = 0
        self._fit = Fit(floor_cap=18, max_cap=40)
        self._scale = 1.0  # layout pixels per widget pixel (the reference screen / this one)
        self._colour = QColor("white")
        self._layout: WallLayout | None = None

    # ----- content ----------------------------------------------------------------

    def set_content(self, sections: tuple[Section, ...], page: int) -> None:
        if (sections, page) == (self._sections, self._requested_page):
            return
        if sections != self._sections:
            self._sections = sections
            self._layout = None
        self._requested_page = page
        self.update()
        self._describe()
        self.pages_changed.emit()

    def set_fit(self, fit: Fit, scale: float) -> None:
        """The floor and ceiling of the text (in layout pixels) and the layout's scale."""
        if (fit, scale) != (self._fit, self._scale):
            self._fit, self._scale = fit, scale
            self._layout = None
            self.update()
            self.pages_changed.emit()

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self._colour:
            self._colour = QColor(colour)
            self.update()

    def sections(self) -> tuple[Section, ...]:
        return self._sections

    def text(self) -> str:
        """Every text the wall holds, on any page (used to prove nothing private leaks)."""
        lines = []
        for section in self._sections:
            lines.append(section.title)
            lines += [f"{e.badge} {e.text}".strip() for e in section.entries]
        return "\n".join(lines)

    # ----- layout -----------------------------------------------------------------

    def layout_size(self) -> QSizeF:
        return QSizeF(self.width() * self._scale, self.height() * self._scale)

    def wall_layout(self) -> WallLayout:
        """The layout for the current lists and size (made once, then reused)."""
        if self._layout is None:
            self._layout = lay_out(
                self._sections, self.layout_size(), QFont(self.font()), self._fit
            )
        return self._layout

    @property
    def page_count(self) -> int:
        return self.wall_layout().page_count

    @property
    def page(self) -> int:
        """The page shown: the facilitator's page, wrapping round."""
        return self._requested_page % max(1, self.page_count)

    def page_items(self) -> tuple[Placed, ...]:
        layout = self.wall_layout()
        return layout.pages[self.page] if layout.pages else ()

    def page_label(self) -> str:
        """ "1/2" while there are pages, else nothing."""
        count = self.page_count
        return f"{self.page + 1}/{count}" if count > 1 else ""

    def _describe(self) -> None:
        if self.isVisible():
            self.setAccessibleDescription("\n".join(p.text for p in self.page_items()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout = None
        self.pages_changed.emit()

    # ----- painting ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(1 / self._scale, 1 / self._scale)
        painter.setPen(self._colour)
        for placed in self.page_items():
            if placed.badge_rect is not None:
                self._paint_badge(painter, placed)
            lines = text_layout(placed.text, placed.font, placed.rect.width())
            lines.draw(painter, placed.rect.topLeft())
        painter.end()

    def _paint_badge(self, painter: QPainter, placed: Placed) -> None:
        rect = placed.badge_rect
        assert rect is not None
        font = QFont(placed.font)
        font.setBold(True)
        painter.setFont(font)
        if placed.boxed:
            pen = QPen(self._colour)
            pen.setWidthF(max(1.0, font.pixelSize() / 14))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = pen.widthF() / 2  # the whole stroke inside the badge's place
            box = rect.adjusted(inset, rect.height() * 0.08, -inset, -rect.height() * 0.08)
            painter.drawRoundedRect(box, box.height() * 0.18, box.height() * 0.18)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, placed.badge)
            painter.setPen(self._colour)
        else:
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, placed.badge
            )
