"""A layout that places its widgets in a row and wraps to more rows when narrow.

Used for rows of buttons that must stay whole at 200 % text: where one row of
eight would need more width than a laptop has, they take two or three rows, each
row's buttons sharing its width.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # ----- the QLayout interface ---------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """One row, as wide as all the widgets side by side."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As narrow as the widest widget (then every widget has a row of its own)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # ----- placing -----------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """The widgets in rows: each row takes as many as fit side by side."""
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            needed = item.sizeHint().width()
            if rows and used + self._spacing() + needed <= width:
                rows[-1].append(item)
                used += self._spacing() + needed
            else:
                rows.append([item])
                used = needed
        return rows

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Place the widgets in ``rect`` (when ``place``); the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows = self._rows(area.width())
        y = area.y()
        for row in rows:
            height = max(item.sizeHint().height() for item in row)
            if place:
                self._place_row(row, QPoint(area.x(), y), area.width(), height)
            y += height + self._spacing()
        taken = y - area.y() - self._spacing() if rows else 0
        return taken + margins.top() + margins.bottom()

    def _place_row(self, row: list[QLayoutItem], origin: QPoint, width: int, height: int) -> None:
        """The row's widgets side by side; the expanding ones share what is left over."""
        natural = [item.sizeHint().width() for item in row]
        left = max(0, width - sum(natural) - self._spacing() * (len(row) - 1))
        growing = [i for i, item in enumerate(row) if _may_grow(item)]
        shares = {
            index: left // len(growing) + (1 if n < left % len(growing) else 0)
            for n, index in enumerate(growing)
        }
        x = origin.x()
        for index, item in enumerate(row):
            wanted = natural[index] + shares.get(index, 0)
            item_width = min(wanted, width, item.maximumSize().width())
            item.setGeometry(QRect(x, origin.y(), item_width, height))
            x += item_width + self._spacing()


def _may_grow(item: QLayoutItem) -> bool:
    """Widgets that want more room (an expanding size policy) share a row's rest."""
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)
