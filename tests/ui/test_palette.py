"""Placeholder text and selected text read at 4.5:1 or more, on any starting palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.contrast import contrast_ratio
from intervisie_desktop.ui.palette import MINIMUM, READ_GROUPS, flattened, readable_palette

Role = QPalette.ColorRole


def placeholder_ratio(
    palette: QPalette, group: QPalette.ColorGroup, field: QPalette.ColorRole = Role.Base
) -> float:
    """Placeholder text on an empty field (``AlternateBase``: on a striped row)."""
    background = palette.color(group, field)
    shown = flattened(palette.color(group, Role.PlaceholderText), background)
    return contrast_ratio(shown.name(), background.name())


def selection_ratio(palette: QPalette, group: QPalette.ColorGroup) -> float:
    return contrast_ratio(
        palette.color(group, Role.HighlightedText).name(),
        palette.color(group, Role.Highlight).name(),
    )


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (Role.Window, "#2b2b2b"),
        (Role.Base, "#1e1e1e"),
        (Role.AlternateBase, "#262626"),
        (Role.Text, "#f0f0f0"),
        (Role.PlaceholderText, "#6a6a6a"),
        (Role.Highlight, "#4a90d9"),
        (Role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("group", READ_GROUPS, ids=lambda g: g.name)
def test_the_running_app_reads_at_4_5_to_1(qapp: QApplication, group: QPalette.ColorGroup) -> None:
    palette = qapp.palette()  # adjusted by the fixture, as app.py does
    assert placeholder_ratio(palette, group) >= MINIMUM
    assert placeholder_ratio(palette, group, Role.AlternateBase) >= MINIMUM
    assert selection_ratio(palette, group) >= MINIMUM


def test_qt_default_colours_fall_short_and_are_raised(qapp: QApplication) -> None:
    group = QPalette.ColorGroup.Active
    default = qapp.style().standardPalette()
    assert placeholder_ratio(default, group) == pytest.approx(4.0, abs=0.05)
    assert selection_ratio(default, group) == pytest.approx(3.69, abs=0.05)
    raised = readable_palette(default)
    assert MINIMUM <= placeholder_ratio(raised, group, Role.AlternateBase) < 5  # only as needed
    assert placeholder_ratio(raised, group) >= MINIMUM
    assert MINIMUM <= selection_ratio(raised, group) < 5
    assert raised.color(group, Role.Base) == default.color(group, Role.Base)


def test_a_dark_theme_stays_dark_and_readable() -> None:
    raised = readable_palette(dark_palette())
    group = QPalette.ColorGroup.Active
    assert placeholder_ratio(raised, group) >= MINIMUM
    assert selection_ratio(raised, group) >= MINIMUM
    assert raised.color(group, Role.PlaceholderText).lightnessF() > 0.5  # lighter, not black
    assert raised.color(group, Role.Base).name() == "#1e1e1e"
