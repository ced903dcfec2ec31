"""A group's history and what is planned, in one list: planned, held, overdue and
cancelled meetings, whose case, which method and icebreaker, the action plans and
whether they were followed up; below, the group's evaluations over time.

Method names are shown in the app's language from the stored ids, so a meeting
made in Dutch reads in English under ``--lang en``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.history import evaluations
from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.meeting_start import meeting_title
from intervisie_desktop.domain.series.dates import short_date
from intervisie_desktop.domain.series.timeline import (
    TimelineEntry,
    group_timeline,
    link_held_by_day,
)
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.series import wording
from intervisie_desktop.ui.series.evaluation_panel import EvaluationPanel


class HistoryView(QWidget):
    def __init__(
        self,
        folder: FolderService,
        icebreakers: list[Icebreaker],
        language: str,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder, self._language, self._clock = folder, language, clock
        self._icebreakers = {i.id: i.name.get(language) for i in icebreakers}
        self._entries: list[TimelineEntry] = []
        self._held: dict[str, Meeting] = {}
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Planned and past meetings of the group"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Status"),
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
        self.evaluations = EvaluationPanel(folder, clock, language, self.selected)
        top = QSplitter()
        top.addWidget(self.table)
        top.addWidget(self.details)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.evaluations)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def show_group(self, group: Group | None) -> None:
        meetings = self._folder.meetings_of(group.id) if group else []
        self._held = {m.id: m for m in meetings}
        held_days = {m.id: m.created.date() for m in meetings}
        series = (
            [link_held_by_day(s, held_days) for s in self._folder.series_of(group.id)]
            if group
            else []
        )
        self._entries = group_timeline(series, held_days, self._clock.wall().date())
        self.table.clear()
        for entry in self._entries:
            self.table.addTopLevelItem(QTreeWidgetItem(self._row(entry)))
        top = self.table.topLevelItem(0)
        if top is not None:
            self.table.setCurrentItem(top)
        else:
            self.details.setHtml(escape(self.tr("No earlier meetings of this group yet.")))
        self.evaluations.show_group(group, self._entries)

    def _row(self, entry: TimelineEntry) -> list[str]:
        meeting = self._held.get(entry.meeting_id or "")
        status = wording.entry_kind(entry.kind)
        if meeting is None:
            planned = entry.planned
            names = self._folder.library.methods_by_id()
            method = names.get(planned.method_id or "") if planned else None
            return [
                short_date(entry.day),
                status,
                (planned.case_presenter or "") if planned else "",
                method.name.get(self._language) if method else "",
                "",
                "",
                "",
            ]
        plan = meeting.action_plan()
        more = f" (+{len(plan) - 1})" if len(plan) > 1 else ""
        return [
            short_date(entry.day),
            status,
            meeting.attendance.case_presenter or "",
            meeting_title(meeting, self._folder.library, self._language),
            self._icebreakers.get(meeting.icebreaker_id or "", ""),
            (plan[0] + more) if plan else "",
            "✓" if meeting.followed_up else ("—" if plan else ""),
        ]

    def selected(self) -> TimelineEntry | None:
        current = self.table.currentItem()
        row = -1 if current is None else self.table.indexOfTopLevelItem(current)
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show_details(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        meeting = self._held.get(entry.meeting_id or "")
        if meeting is None:
            planned = entry.planned
            who = [
                (self.tr("Case presenter"), planned.case_presenter if planned else None),
                (self.tr("Facilitator"), planned.facilitator if planned else None),
            ]
            facts = "".join(
                f"<li>{escape(label)}: {escape(name)}</li>" for label, name in who if name
            )
            heading = f"{short_date(entry.day)} — {wording.entry_kind(entry.kind)}"
            self.details.setHtml(f"<h3>{escape(heading)}</h3><ul>{facts}</ul>")
            return
        plan = "".join(f"<li>{escape(a)}</li>" for a in meeting.action_plan())
        said = "".join(f"<li>{escape(e)}</li>" for e in evaluations(meeting))
        title = meeting_title(meeting, self._folder.library, self._language)
        self.details.setHtml(
            f"<h3>{escape(title)}</h3><p><i>{escape(meeting.case_question)}</i></p>"
            f"<p><b>{escape(self.tr('Action plan'))}</b></p><ul>{plan}</ul>"
            f"<p><b>{escape(self.tr('Evaluation'))}</b></p><ul>{said}</ul>"
        )
