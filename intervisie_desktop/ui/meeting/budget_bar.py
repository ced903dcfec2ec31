"""Projected end against the time budget, and the re-plan proposal when one applies."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.replan import ReplanProposal
from intervisie_desktop.ui.meeting.session_controller import SessionController


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _minutes(seconds: float) -> int:
    return round(abs(seconds) / 60)


class BudgetBar(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.set_end = QPushButton(self.tr("E&nd time…"))
        self.set_end.setAccessibleDescription(self.tr("Set the time the meeting must end"))
        self.set_end.clicked.connect(self.ask_end_time)
        self.replan = QPushButton(self.tr("&Re-plan…"))
        self.replan.setAccessibleDescription(self.tr("Fit the rest of the meeting into the time"))
        self.replan.clicked.connect(self.offer_replan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_end)
        buttons.addWidget(self.replan)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addLayout(buttons)
        controller.changed.connect(self.refresh)
        self.refresh()

    def summary_text(self) -> str:
        engine = self._controller.engine
        end = engine.projected_end()
        text = self.tr("Ends at %1").replace("%1", _clock(end))
        if engine.end_by is None:
            return text
        difference = engine.budget_difference() or 0.0
        text += " · " + self.tr("must end at %1").replace("%1", _clock(engine.end_by))
        minutes = _minutes(difference)
        if minutes == 0:
            text += " · " + self.tr("on time")
        elif difference < 0:
            text += " · " + self.tr("%n min late", "", minutes)
        else:
            text += " · " + self.tr("%n min to spare", "", minutes)
        return text

    def refresh(self) -> None:
        self.summary.setText(self.summary_text())
        self.replan.setEnabled(self._controller.engine.replan_proposal() is not None)

    def ask_end_time(self) -> None:
        dialog = EndTimeDialog(self._controller.engine.end_by, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._controller.set_end_by(dialog.end_by(self._controller.engine.clock.wall()))

    def offer_replan(self) -> None:
        proposal = self._controller.engine.replan_proposal()
        if proposal is None:
            return
        if ReplanDialog.launch(self._controller, proposal, self):
            self._controller.accept_replan(proposal)


class EndTimeDialog(QDialog):
    def __init__(self, current: datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End time"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("The meeting must end at"))
        if current is not None:
            self.time.setTime(QTime(current.hour, current.minute))
        else:
            self.time.setTime(QTime.currentTime().addSecs(2 * 3600))
        self.no_limit = QCheckBox(self.tr("No end time"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The meeting must end at:"))
        label.setBuddy(self.time)
        layout.addWidget(label)
        layout.addWidget(self.time)
        layout.addWidget(self.no_limit)
        layout.addWidget(buttons)

    def end_by(self, now: datetime) -> datetime | None:
        """The chosen time today (or tomorrow, if it is already past)."""
        if self.no_limit.isChecked():
            return None
        chosen = self.time.time()
        moment = now.replace(hour=chosen.hour(), minute=chosen.minute(), second=0, microsecond=0)
        if now - moment > timedelta(hours=12):  # 00:30 chosen at 23:00 means tomorrow
            moment += timedelta(days=1)
        return moment


class ReplanDialog(QDialog):
    """Shows what re-planning would change; nothing changes until accepted."""

    def __init__(
        self, controller: SessionController, proposal: ReplanProposal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-plan the rest of the meeting"))
        language = controller.language
        blocks = controller.engine.blocks
        saved = proposal.saved_seconds
        intro = (
            self.tr("To end on time, these blocks get shorter:")
            if saved > 0
            else self.tr("There is time to spare; these blocks can get longer:")
        )
        self.changes = QTreeWidget()
        self.changes.setAccessibleName(self.tr("Proposed changes"))
        self.changes.setRootIsDecorated(False)
        self.changes.setHeaderLabels([self.tr("Block"), self.tr("Now"), self.tr("New")])
        self.changes.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for change in proposal.changes:
            self.changes.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        blocks[change.index].title.get(language),
                        self.tr("%1 min").replace("%1", str(change.old_seconds // 60)),
                        self.tr("%1 min").replace("%1", str(change.new_seconds // 60)),
                    ]
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro))
        layout.addWidget(self.changes)
        note = self.tr("Protected blocks, such as the evaluation, stay as they are.")
        if proposal.shortfall_seconds:
            note += " " + self.tr(
                "Even so, the meeting will be %n min late.", "", proposal.shortfall_seconds // 60
            )
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Apply"))
        ok.setEnabled(bool(proposal.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 380)

    @classmethod
    def launch(
        cls, controller: SessionController, proposal: ReplanProposal, parent: QWidget | None
    ) -> bool:
        """Show the proposal; True when the facilitator applies it. Tests replace this."""
        return cls(controller, proposal, parent).exec() == QDialog.DialogCode.Accepted
