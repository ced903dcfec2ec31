"""Small helpers for forms: a label whose mnemonic focuses its field; a text in both
languages."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

LANGUAGES = ("nl", "en")


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label for a row that holds more than one widget: Alt+its letter focuses
    ``buddy`` (QFormLayout sets the buddy only for a row of one widget)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def language_pair(parent: QWidget, name: str) -> tuple[QLineEdit, QLineEdit, QWidget]:
    """Two line edits side by side, Dutch and English, and the row that holds them."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    edits = []
    for language in LANGUAGES:
        edit = QLineEdit()
        edit.setPlaceholderText(language.upper())
        edit.setAccessibleName(f"{name} ({language})")
        row.addWidget(edit)
        edits.append(edit)
    return edits[0], edits[1], box
