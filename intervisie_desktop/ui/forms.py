"""Small helpers for forms: a label whose mnemonic focuses its field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label for a row that holds more than one widget: Alt+its letter focuses
    ``buddy`` (QFormLayout sets the buddy only for a row of one widget)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
