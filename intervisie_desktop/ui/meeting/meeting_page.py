"""The running meeting on the laptop: timeline, current step, projector preview, controls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.history import FollowUp
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.board_pane import BoardPane
from intervisie_desktop.ui.flap.coach_hints import CoachHints
from intervisie_desktop.ui.flap.flap_list import FlapList
from intervisie_desktop.ui.flow_layout import FlowLayout
from intervisie_desktop.ui.meeting.budget_bar import BudgetBar
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.meeting.step_panel import StepPanel
from intervisie_desktop.ui.meeting.timeline_view import TimelineView
from intervisie_desktop.ui.projector.presenter_view import PresenterView
from intervisie_desktop.ui.shell.key_bindings import Command
from intervisie_desktop.ui.shell.meeting_actions import MeetingActions

PREVIEW_RATIO = 16 / 9
# The smallest preview: the wall's texts at their smallest size (8 px) fit in it whole,
# so the preview never cuts off what the wall shows (at 200 % text too).
PREVIEW_MINIMUM = QSize(288, 162)


class PreviewFrame(QWidget):
    """Keeps the projector preview at 16:9, whatever space it gets."""

    def __init__(self, view: PresenterView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.setParent(self)
        self.setMinimumSize(PREVIEW_MINIMUM)

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = min(self.width(), int(self.height() * PREVIEW_RATIO))
        height = int(width / PREVIEW_RATIO)
        self.view.setGeometry((self.width() - width) // 2, 0, width, height)


class FollowUpBanner(QFrame):
    """Last time's action plan: "what did you do with it?", until it has been discussed."""

    discussed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.done = QPushButton(self.tr("&Discussed"))
        self.done.clicked.connect(self._discussed)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.done)
        self.hide()

    def show_follow_up(self, follow_up: FollowUp | None) -> None:
        if follow_up is None:
            self.hide()
            return
        who = escape(follow_up.case_presenter or self.tr("the case presenter"))
        date = follow_up.date.strftime("%d-%m-%Y")
        actions = "".join(f"<li>{escape(a)}</li>" for a in follow_up.actions)
        heading = self.tr("Last time (%1), %2 planned to:").replace("%1", date).replace("%2", who)
        ask = escape(self.tr("What came of it?"))
        self.text.setText(f"<b>{escape(heading)}</b><ul>{actions}</ul>{ask}")
        self.show()

    def _discussed(self) -> None:
        self.hide()
        self.discussed.emit()


class MeetingPage(QWidget):
    def __init__(
        self,
        controller: SessionController,
        board: BoardController,
        actions: MeetingActions,
        hints: CoachHints,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._actions = actions
        self.board_pane = BoardPane(board, controller, hints)
        self.addActions(self.board_pane.buttons.actions_)  # Ctrl+P and friends: the whole page
        self.timeline = TimelineView(controller)
        self.budget = BudgetBar(controller)
        self.step_panel = StepPanel(controller)
        self.preview = PresenterView()
        self.preview.setAccessibleName(self.tr("Preview of the projector"))
        self.preview_frame = PreviewFrame(self.preview)
        self.blackout_note = QLabel(self.tr("The projector is blacked out (press B to show it)."))
        self.blackout_note.setObjectName("blackoutNote")
        self.blackout_note.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(self.budget)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("The projector shows:"))
        right_layout.addWidget(heading)
        right_layout.addWidget(self.preview_frame, 1)
        right_layout.addWidget(self.blackout_note)
        right_layout.addLayout(self._controls(actions))
        right_layout.addWidget(self.board_pane, 2)

        self.follow_up = FollowUpBanner()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.follow_up)
        middle_layout.addWidget(self.step_panel, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 3)
        split.setSizes([340, 420, 600])  # the timeline wide enough for step names
        split.setChildrenCollapsible(False)
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        controller.changed.connect(self.refresh_preview)
        self.refresh_preview()

    def _controls(self, actions: MeetingActions) -> FlowLayout:
        """The meeting's buttons under the preview: one row where there is room, more
        rows where there is not (two or three at 200 % text), never cut off."""
        flow = FlowLayout()
        buttons: list[QAction] = [
            actions[command]
            for command in (
                Command.PREVIOUS,
                Command.START_PAUSE,
                Command.NEXT,
                Command.REMOVE_MINUTE,
                Command.ADD_MINUTE,
                Command.BLACKOUT,
                Command.PRESENT,
                Command.SWAP_SCREEN,
            )
        ]
        for action in buttons:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            flow.addWidget(button)
        return flow

    def show_follow_up(self, follow_up: FollowUp | None) -> None:
        self.follow_up.show_follow_up(follow_up)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key no control on the page used: it may steer the meeting, and a letter
        typed anywhere on the page starts a new item on the flip-over."""
        if self._actions.handle_unused_key(event):
            return
        if FlapList.starts_writing(event):
            self.board_pane.start_writing(event.text())
            return
        super().keyPressEvent(event)

    def refresh_preview(self) -> None:
        self.preview.show_view(self.controller.public_view(), self.controller.blackout)
        self.blackout_note.setVisible(self.controller.blackout)
