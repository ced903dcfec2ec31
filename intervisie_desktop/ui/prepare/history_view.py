"""A group's history: past meetings, whose case, which method and icebreaker, the
action plans and whether they were followed up, and what people said in evaluations."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.history import evaluations
from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.meeting import Meeting


class HistoryView(QWidget):
    def __init__(
        self,
        meetings_for: Callable[[str], list[Meeting]],
        icebreakers: list[Icebreaker],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings_for = meetings_for
        self._icebreakers = {i.id: i.name.get(language) for i in icebreakers}
        self._meetings: list[Meeting] = []
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Past meetings of the group"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Case"),
                self.tr("Method"),
                self.tr("Icebreaker"),
                self.tr("Action plan"),
                self.tr("Followed up"),
            ]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentItemChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Action plan and evaluation"))
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def show_group(self, group_id: str | None) -> None:
        self._meetings = list(reversed(self._meetings_for(group_id))) if group_id else []
        self.table.clear()
        for meeting in self._meetings:
            plan = meeting.action_plan()
            first = plan[0] if plan else ""
            more = f" (+{len(plan) - 1})" if len(plan) > 1 else ""
            followed = "✓" if meeting.followed_up else ("—" if plan else "")
            self.table.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        meeting.created.strftime("%d-%m-%Y"),
                        meeting.attendance.case_presenter or "",
                        meeting.title,
                        self._icebreakers.get(meeting.icebreaker_id or "", ""),
                        first + more,
                        followed,
                    ]
                )
            )
        top = self.table.topLevelItem(0)
        if top is not None:
            self.table.setCurrentItem(top)
        else:
            self.details.setHtml(escape(self.tr("No earlier meetings of this group yet.")))

    def _show_details(self) -> None:
        current = self.table.currentItem()
        row = -1 if current is None else self.table.indexOfTopLevelItem(current)
        if not 0 <= row < len(self._meetings):
            return
        meeting = self._meetings[row]
        plan = "".join(f"<li>{escape(a)}</li>" for a in meeting.action_plan())
        said = "".join(f"<li>{escape(e)}</li>" for e in evaluations(meeting))
        question = escape(meeting.case_question)
        plan_heading = escape(self.tr("Action plan"))
        said_heading = escape(self.tr("Evaluation"))
        self.details.setHtml(
            f"<h3>{escape(meeting.title)}</h3><p><i>{question}</i></p>"
            f"<p><b>{plan_heading}</b></p><ul>{plan}</ul>"
            f"<p><b>{said_heading}</b></p><ul>{said}</ul>"
        )
