"""The timeline: every block with planned and actual minutes, the current one marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.domain.timefmt import format_countdown
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.focus_ring import show_focus
from intervisie_desktop.ui.meeting.running_text import RunningColumn
from intervisie_desktop.ui.meeting.session_controller import SessionController

COLUMNS = 4  # #, block, planned, actual / remaining


class TimelineView(QTreeWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setAccessibleName(self.tr("Timeline of the meeting"))
        show_focus(self)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderLabels([self.tr("#"), self.tr("Block"), self.tr("Plan"), self.tr("Actual")])
        header = self.header()
        header.setStretchLastSection(False)
        # Sized to their contents by hand (_fit_columns): Qt's ResizeToContents would
        # measure every row again each second, when the current block's time changes.
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._actual = RunningColumn(self, 3)
        self._shown_revision = -1
        self._build()
        self.itemActivated.connect(self._jump_to)
        controller.changed.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.clear()
        language = self._controller.language
        for number, block in enumerate(self._controller.engine.blocks, start=1):
            item = QTreeWidgetItem([str(number), block.title.get(language), "", ""])
            item.setToolTip(1, block.title.get(language))  # long titles are cut in the column
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.addTopLevelItem(item)

    def refresh(self) -> None:
        """Every second only the current block's time changes; the rest is redrawn when
        the meeting itself changes (a move, a minute, a re-plan)."""
        engine = self._controller.engine
        if engine.revision == self._shown_revision:
            self._refresh_current_time()
            return
        self._shown_revision = engine.revision
        current_font = QFont(self.font())
        current_font.setBold(True)
        highlight = self.palette().brush(QPalette.ColorRole.Highlight)
        highlight_text = self.palette().brush(QPalette.ColorRole.HighlightedText)
        for index, block in enumerate(engine.blocks):
            item = self.topLevelItem(index)
            if item is None:
                continue
            item.setText(2, self.tr("%1 min").replace("%1", _minutes(block.planned_seconds)))
            is_current = index == engine.current and engine.state is not RunState.FINISHED
            if is_current:
                actual = labels.time_left_text(engine.remaining())
                item.setToolTip(3, self.tr("Time left on this block"))
            elif engine.log.visited(index):
                actual = format_countdown(engine.log.seconds(index))
                item.setToolTip(3, self.tr("Time actually spent"))
            else:
                actual = ""
            item.setText(3, actual)
            for column in range(COLUMNS):
                item.setFont(column, current_font if is_current else self.font())
                item.setBackground(column, highlight if is_current else QBrush())
                item.setForeground(column, highlight_text if is_current else QBrush())
        self._fit_columns()
        current = self.topLevelItem(engine.current)
        if current is not None:
            self.scrollToItem(current)

    def _fit_columns(self) -> None:
        for column in (0, 2):
            self.resizeColumnToContents(column)
        self._actual.fit()

    def _refresh_current_time(self) -> None:
        engine = self._controller.engine
        if engine.state is not RunState.FINISHED:
            self._actual.set_text(engine.current, labels.time_left_text(engine.remaining()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The timeline moves its cursor with the arrows and jumps with Enter; other
        keys with text (Space, T, +) pass on to steer the meeting. Left and Right do
        nothing here, so they never move the meeting unseen."""
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            event.accept()
        elif event.text().strip() or key == Qt.Key.Key_Space:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                super().keyPressEvent(event)
            else:
                event.ignore()
        else:
            super().keyPressEvent(event)

    def _jump_to(self, item: QTreeWidgetItem) -> None:
        self._controller.jump(self.indexOfTopLevelItem(item))


def _minutes(seconds: int) -> str:
    return str(-(-seconds // 60))  # whole minutes, rounded up, as the agenda counts them
