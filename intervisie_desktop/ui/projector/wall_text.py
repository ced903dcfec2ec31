"""Measuring the wall's text: wrapped exactly as it is painted, and the pixel size that
gives a wanted cap height (what the back row reads)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption


def sized(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    return font


def text_layout(text: str, font: QFont, width: float) -> QTextLayout:
    """The wrapped lines of ``text`` (at word boundaries; a word longer than the line
    is broken), positioned from (0, 0)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def text_height(text: str, font: QFont, width: float) -> float:
    return text_layout(text, font, width).boundingRect().height()


def pixels_for_cap(base: QFont, cap: float) -> int:
    """The smallest pixel size at which ``base`` has at least this cap height."""
    ratio = QFontMetricsF(sized(base, 100)).capHeight() / 100
    pixels = max(1, math.ceil(cap / ratio))
    while QFontMetricsF(sized(base, pixels)).capHeight() < cap:
        pixels += 1
    return pixels
