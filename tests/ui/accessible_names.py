"""The name rules of the AT-SPI test (tests/a11y/checks.py), applied inside the app
to what AT-SPI cannot show: a button's visible text next to the name set for it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from tests.a11y.checks import plain


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window)


def names_without_their_label(root: QWidget) -> list[str]:
    """Controls whose accessible name leaves out their visible text or their label's."""
    window = root.window()
    found = []
    for button in root.findChildren(QAbstractButton):
        visible = button.text().split("\t")[0]
        name = button.accessibleName()
        if _visible(button, window) and name and visible and plain(visible) not in plain(name):
            found.append(f"{type(button).__name__} {visible!r} is named {name!r}")
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not _visible(label, window) or not label.text().strip():
            continue
        name = buddy.accessibleName()
        if name and plain(label.text()) not in plain(name):
            found.append(f"{type(buddy).__name__} labelled {label.text()!r} is named {name!r}")
    return found


def combos_without_label(root: QWidget) -> list[str]:
    """Combo boxes no visible label is tied to (Linux reads a combo box as its value)."""
    window = root.window()
    tied = {
        id(label.buddy())
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and _visible(label, window)
    }
    return [
        f"QComboBox {combo.accessibleName() or combo.currentText()!r}"
        for combo in root.findChildren(QComboBox)
        if _visible(combo, window) and id(combo) not in tied
    ]
