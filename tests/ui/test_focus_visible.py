"""Where the keyboard is must show: a focused panel changes a ring of pixels around it
by 3:1 or more against how the same pixels look unfocused (WCAG 2.4.13)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from intervisie_desktop.ui.contrast import contrast_ratio
from intervisie_desktop.ui.dialogs.help_overlay import ShortcutHelp
from intervisie_desktop.ui.shell.main_window import MainWindow

RING_CONTRAST = 3.0


def focus_ring_pixels(qtbot: QtBot, widget: QWidget, elsewhere: QWidget) -> int:
    """How many pixels of ``widget`` change by 3:1 or more when it takes the focus."""
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    before = widget.grab().toImage()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    after = widget.grab().toImage()
    changed = 0
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixel(x, y), after.pixel(x, y)
            if a != b and contrast_ratio(QColor(a).name(), QColor(b).name()) >= RING_CONTRAST:
                changed += 1
    return changed


def perimeter(widget: QWidget) -> int:
    """Pixels in a one-pixel ring just inside the widget's edge."""
    return 2 * (widget.width() + widget.height()) - 4


def _library_panels(window: MainWindow) -> dict[str, QWidget]:
    view = window.methods_page.method_view
    return {
        "method list": window.methods_page.method_list,
        "steps": view.steps,
        "texts of the step": view.step_text,
        "rules": view.rules,
    }


@pytest.mark.parametrize("panel", ["method list", "steps", "texts of the step", "rules"])
def test_a_focused_library_panel_has_a_visible_ring(
    qtbot: QtBot, demo_window: MainWindow, panel: str
) -> None:
    demo_window.pages.setCurrentWidget(demo_window.methods_page)
    view = demo_window.methods_page.method_view
    view.tabs.setCurrentIndex(1 if panel == "rules" else 0)
    widget = _library_panels(demo_window)[panel]
    elsewhere = demo_window.methods_page.start_button
    assert focus_ring_pixels(qtbot, widget, elsewhere) >= perimeter(widget)


def test_the_focused_shortcut_table_has_a_visible_ring(qtbot: QtBot) -> None:
    dialog = ShortcutHelp()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    close = dialog.findChild(QDialogButtonBox).buttons()[0]
    assert focus_ring_pixels(qtbot, dialog.table, close) >= perimeter(dialog.table)


def test_the_measure_finds_no_ring_on_a_plain_list(qtbot: QtBot, demo_window: MainWindow) -> None:
    """The method list without its ring: only the style's faint line, far below a perimeter."""
    demo_window.pages.setCurrentWidget(demo_window.methods_page)
    widget = demo_window.methods_page.method_list
    widget.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
    elsewhere = demo_window.methods_page.start_button
    assert focus_ring_pixels(qtbot, widget, elsewhere) < perimeter(widget) // 4


def _meeting_panels(window: MainWindow) -> dict[str, QWidget]:
    assert window.meeting is not None
    page = window.meeting.page
    return {
        "guidance": page.step_panel.guidance,
        "flap list": page.board_pane.items,
        "timeline": page.timeline,
    }


@pytest.mark.parametrize("panel", ["guidance", "flap list", "timeline"])
def test_a_focused_meeting_panel_has_a_visible_ring(
    qtbot: QtBot, demo_window: MainWindow, panel: str
) -> None:
    assert demo_window.meeting is not None
    widget = _meeting_panels(demo_window)[panel]
    elsewhere = demo_window.meeting.page.budget.set_end
    assert focus_ring_pixels(qtbot, widget, elsewhere) >= perimeter(widget)
