"""Texts that change every second (a running time) without laying out the window again.

A label whose text changes asks its layout to recompute, and that request climbs to
the main window every second. The digits of a running time all take the same width,
so the size only has to change when the shape of the text does ("9:59" becomes
"10:00"); in between the label keeps a fixed size, and a new second repaints just
the label. Likewise a tree column that shows a running time is sized by hand when
the shape of its texts changes, instead of measuring every row each second.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QTreeWidget

_DIGIT = re.compile(r"\d")


def shape(text: str) -> str:
    """The text with every digit as 8: texts of one shape take the same room."""
    return _DIGIT.sub("8", text)


def set_running_text(label: QLabel, text: str) -> None:
    """Set ``label``'s text; its size stays fixed while the shape of the text stays."""
    if text == label.text():
        return
    if shape(text) != shape(label.text()) or label.minimumSize() != label.maximumSize():
        label.setMinimumSize(0, 0)
        label.setMaximumSize(16777215, 16777215)  # QWIDGETSIZE_MAX: free again
        label.setText(shape(text))
        label.setFixedSize(label.sizeHint())
    label.setText(text)


class RunningColumn:
    """A column of ``tree`` that holds a running time: sized to its contents when the
    shape of its texts changes, not measured again on every new second."""

    def __init__(self, tree: QTreeWidget, column: int) -> None:
        self._tree = tree
        self._column = column
        self._shapes: frozenset[str] = frozenset()

    def fit(self) -> None:
        """Size the column to what it holds now (after its texts were all set)."""
        self._shapes = self._current_shapes()
        self._tree.resizeColumnToContents(self._column)

    def set_text(self, row: int, text: str) -> None:
        item = self._tree.topLevelItem(row)
        if item is None or item.text(self._column) == text:
            return
        item.setText(self._column, text)
        if shape(text) not in self._shapes:
            self.fit()

    def _current_shapes(self) -> frozenset[str]:
        items = (self._tree.topLevelItem(i) for i in range(self._tree.topLevelItemCount()))
        return frozenset(shape(item.text(self._column)) for item in items if item is not None)
