"""The platform's colours, with the pairs that fall short of WCAG's 4.5:1 made readable.

Qt's default (Fusion) palette draws placeholder text at half opacity (4.0:1 on a
white field) and white selected text on a light blue (3.7:1). Rather than fix a
theme of our own, each such colour is moved toward more contrast, just as far as
needed, so a dark or high-contrast desktop theme keeps its look.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.contrast import contrast_ratio

MINIMUM = 4.5  # WCAG 1.4.3, normal text
STEPS = 40
Role = QPalette.ColorRole
READ_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)  # disabled is exempt


def flattened(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows on ``background``."""
    alpha = colour.alphaF()

    def channel(fore: int, back: int) -> int:
        return round(fore * alpha + back * (1 - alpha))

    return QColor(
        channel(colour.red(), background.red()),
        channel(colour.green(), background.green()),
        channel(colour.blue(), background.blue()),
    )


def mixed(colour: QColor, target: QColor, share: float) -> QColor:
    def channel(a: int, b: int) -> int:
        return round(a + (b - a) * share)

    return QColor(
        channel(colour.red(), target.red()),
        channel(colour.green(), target.green()),
        channel(colour.blue(), target.blue()),
    )


def worst_ratio(colour: QColor, others: list[QColor]) -> float:
    return min(contrast_ratio(colour.name(), other.name()) for other in others)


def readable(colour: QColor, others: list[QColor], toward: QColor) -> QColor:
    """``colour`` moved toward ``toward`` until it reads against every one of ``others``."""
    for step in range(STEPS + 1):
        candidate = mixed(colour, toward, step / STEPS)
        if worst_ratio(candidate, others) >= MINIMUM:
            return candidate
    return QColor(toward)


def _extreme_away_from(colour: QColor) -> QColor:
    """Black for a light colour, white for a dark one."""
    return QColor("#000000") if colour.lightnessF() >= 0.5 else QColor("#ffffff")


def readable_palette(palette: QPalette) -> QPalette:
    result = copy.copy(palette)  # QPalette(palette) would build all of Qt's enums first
    for group in READ_GROUPS:
        base = palette.color(group, Role.Base)
        fields = [base, palette.color(group, Role.AlternateBase)]
        placeholder = flattened(palette.color(group, Role.PlaceholderText), base)
        text = palette.color(group, Role.Text)
        result.setColor(group, Role.PlaceholderText, readable(placeholder, fields, text))

        selected_text = palette.color(group, Role.HighlightedText)
        highlight = palette.color(group, Role.Highlight)
        darker = readable(highlight, [selected_text], _extreme_away_from(selected_text))
        result.setColor(group, Role.Highlight, darker)
        result.setColor(group, Role.Accent, darker)
    return result


def apply_readable_palette(app: QApplication) -> None:
    app.setPalette(readable_palette(app.palette()))
