"""A line of text drawn as large as its box allows, with fixed-width digits."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class FittedText(QWidget):
    """Paints ``text`` scaled to fill the widget; the size depends only on the number
    of characters, so the countdown does not jump as digits change."""

    def __init__(
        self, parent: QWidget | None = None, *, monospace: bool = True, width_share: float = 0.96
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("white")
        self._width_share = width_share  # how much of the width the text may take
        self._fitted: tuple[tuple[str, int, int, str], QFont] | None = None
        base = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._font = QFont(base) if monospace else QFont(self.font())
        self._font.setBold(monospace)  # the clock is bold; words are calmer
        if monospace:
            self._font.setStyleHint(QFont.StyleHint.Monospace)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(40, 20)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def colour(self) -> str:
        return str(self._colour.name())

    def setColour(self, colour: str) -> None:
        if QColor(colour) != self._colour:
            self._colour = QColor(colour)
            self.update()

    def fitted_font(self) -> QFont:
        """The largest font at which the text's width template fits the box (worked out
        again only when the template or the box changes, not every second)."""
        template = "".join("8" if ch.isdigit() else ch for ch in self._text) or "0:00"
        key = (template, self.width(), self.height(), self._font.key())
        if self._fitted is None or self._fitted[0] != key:
            self._fitted = (key, self._fit(template))
        return QFont(self._fitted[1])

    def _fit(self, template: str) -> QFont:
        font = QFont(self._font)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        width = max(1.0, metrics.horizontalAdvance(template))
        height = max(1.0, metrics.capHeight() * 1.25)
        scale = min(self.width() * self._width_share / width, self.height() * 0.9 / height)
        font.setPixelSize(max(8, int(100 * scale)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self._colour)
        painter.setFont(self.fitted_font())
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
