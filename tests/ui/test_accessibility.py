"""Every control can be found by a screen reader; the projector's text is readable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from intervisie_desktop.domain.projection import TimerPhase
from intervisie_desktop.domain.settings import BLACKOUT_COLOURS
from intervisie_desktop.ui.contrast import contrast_ratio
from intervisie_desktop.ui.projector.presenter_theme import BLACKOUT, FLASH, THEMES
from intervisie_desktop.ui.shell.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QAbstractSpinBox)


def _unnamed_controls(root: QWidget, window: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue  # a header is part of its (named) view
        if not widget.isVisibleTo(window):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.mark.parametrize("page", ["library", "meeting"])
def test_every_visible_control_has_an_accessible_name(demo_window: MainWindow, page: str) -> None:
    target = demo_window.methods_page if page == "library" else demo_window.meeting.page
    assert target is not None
    demo_window.pages.setCurrentWidget(target)
    assert _unnamed_controls(target, demo_window) == []


def test_the_check_finds_an_unnamed_control(demo_window: MainWindow) -> None:

    demo_window.pages.setCurrentWidget(demo_window.methods_page)
    stray = QLineEdit(demo_window.methods_page)
    stray.show()
    assert _unnamed_controls(demo_window.methods_page, demo_window) == ["QLineEdit ''"]


@pytest.mark.parametrize("phase", list(TimerPhase))
@pytest.mark.parametrize("theme", ["standard", "high_contrast"])
def test_projector_text_contrast_is_at_least_7_to_1(phase: TimerPhase, theme: str) -> None:
    colours = THEMES[theme][phase]
    assert contrast_ratio(colours.text, colours.background) >= 7


@pytest.mark.parametrize("background", BLACKOUT_COLOURS)
def test_every_blackout_colour_keeps_its_text_readable(background: str) -> None:
    assert contrast_ratio(BLACKOUT.text, background) >= 7


@pytest.mark.parametrize("colours", [FLASH, BLACKOUT], ids=["flash", "blackout"])
def test_flash_and_blackout_text_contrast(colours) -> None:  # type: ignore[no-untyped-def]
    assert contrast_ratio(colours.text, colours.background) >= 7


def test_contrast_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
