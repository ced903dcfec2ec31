"""The group's ratings across meetings: a small line chart (one line per rated
question, 1 to 5), and the same figures as a table for whoever would rather
read, or cannot see the chart (screen readers get the table and a summary)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from intervisie_desktop.domain.series.dates import short_date
from intervisie_desktop.domain.series.evaluation import RATING_MAX, RATING_MIN, RatingLine

# colours that stay apart for the common colour-vision deficiencies (Okabe-Ito)
LINE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 28, 12, 10, 22


def short_question(line: RatingLine, number: int, language: str) -> str:
    return f"{number}. {line.question.text.get(language)}"


class RatingChart(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.lines: list[RatingLine] = []
        self.setAccessibleName(self.tr("Ratings across meetings (chart)"))
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table holds the same, reachable

    def show_lines(self, lines: list[RatingLine]) -> None:
        self.lines = lines
        self.setAccessibleDescription(self.summary())
        self.update()

    def days(self) -> list[str]:
        seen: dict[str, None] = {}
        for line in self.lines:
            for point in line.points:
                seen.setdefault(point.evaluation_id, None)
        return list(seen)

    def summary(self) -> str:
        """In words: each question's first and last average."""
        parts = []
        for number, line in enumerate(self.lines, start=1):
            if line.points:
                first, last = line.points[0].mean, line.points[-1].mean
                parts.append(f"{number}: {first:.1f} → {last:.1f}")
        return "; ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        text = self.palette().color(self.foregroundRole())
        painter.setPen(QPen(text, 1))
        for value in range(RATING_MIN, RATING_MAX + 1):
            y = self._y(area, value)
            painter.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 60), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - 8, MARGIN_LEFT - 6, 16)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight, str(value))
        ids = self.days()
        if not ids:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No ratings yet"))
            return
        x_of = {eid: self._x(area, index, len(ids)) for index, eid in enumerate(ids)}
        for number, line in enumerate(self.lines):
            colour = QColor(LINE_COLOURS[number % len(LINE_COLOURS)])
            points = [QPointF(x_of[p.evaluation_id], self._y(area, p.mean)) for p in line.points]
            painter.setPen(QPen(colour, 2))
            for start, end in pairwise(points):
                painter.drawLine(start, end)
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(text)
        days = [p.day for line in self.lines for p in line.points]
        below = QRectF(area.left(), area.bottom() + 4, area.width(), 16)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, short_date(min(days)))
        if len(ids) > 1:
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, short_date(max(days)))

    @staticmethod
    def _y(area: QRectF, value: float) -> float:
        share = (value - RATING_MIN) / (RATING_MAX - RATING_MIN)
        return area.bottom() - share * area.height()

    @staticmethod
    def _x(area: QRectF, index: int, count: int) -> float:
        if count == 1:
            return area.center().x()
        return area.left() + index * area.width() / (count - 1)


class RatingTable(QTableWidget):
    """The chart's figures: a row per evaluation, a column per rated question."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setAccessibleName(self.tr("Ratings across meetings (table)"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)

    def show_lines(self, lines: list[RatingLine]) -> None:
        days: dict[str, str] = {}
        for line in lines:
            for point in line.points:
                days.setdefault(point.evaluation_id, short_date(point.day))
        ids = list(days)
        self.setRowCount(len(ids))
        self.setColumnCount(len(lines))
        self.setVerticalHeaderLabels([days[i] for i in ids])
        for column, line in enumerate(lines):
            header = QTableWidgetItem(str(column + 1))
            header.setToolTip(short_question(line, column + 1, self._language))
            self.setHorizontalHeaderItem(column, header)
            for point in line.points:
                cell = QTableWidgetItem(f"{point.mean:.1f} ({point.count})")
                cell.setToolTip(self.tr("average of %n ratings", "", point.count))
                self.setItem(ids.index(point.evaluation_id), column, cell)
