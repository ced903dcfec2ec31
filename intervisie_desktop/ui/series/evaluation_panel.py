"""The group's evaluations in the history tab: the prompt after meeting 1 and 3 of a
series, a new evaluation, the paper form, and the ratings across meetings as a
chart with the same figures in a table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.handouts.flip_sheet import evaluation_form_sheet
from intervisie_desktop.domain.series.evaluation import (
    Evaluation,
    evaluation_suggested,
    ratings_over_time,
)
from intervisie_desktop.domain.series.timeline import EntryKind, TimelineEntry
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.reports.handout_export import export_handout
from intervisie_desktop.ui.series.evaluation_dialog import EvaluationDialog
from intervisie_desktop.ui.series.rating_chart import (
    LINE_COLOURS,
    RatingChart,
    RatingTable,
    short_question,
)

DONE = (EntryKind.HELD, EntryKind.OVERDUE)  # meetings that can be evaluated


class EvaluationPanel(QWidget):
    def __init__(
        self,
        folder: FolderService,
        clock: Clock,
        language: str,
        selected: Callable[[], TimelineEntry | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder, self._clock, self._language = folder, clock, language
        self._selected = selected
        self._group: Group | None = None
        self._entries: list[TimelineEntry] = []
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.new = QPushButton(self.tr("New e&valuation…"))
        self.new.clicked.connect(self.new_evaluation)
        self.paper = QPushButton(self.tr("Paper f&orm…"))
        self.paper.setToolTip(self.tr("The evaluation form to print and fill in by hand"))
        self.paper.clicked.connect(self.export_paper_form)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.chart = RatingChart(language)
        self.table = RatingTable(language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prompt, 1)
        buttons.addWidget(self.new)
        buttons.addWidget(self.paper)
        figures = QHBoxLayout()
        figures.addWidget(self.chart, 3)
        figures.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.legend)
        layout.addLayout(figures, 1)

    def show_group(self, group: Group | None, entries: list[TimelineEntry]) -> None:
        self._group, self._entries = group, entries
        evaluations = self._folder.evaluations_of(group.id) if group else []
        lines = ratings_over_time(evaluations)
        self.chart.show_lines(lines)
        self.table.show_lines(lines)
        self.legend.setText(
            "  ".join(
                f"<span style='color:{LINE_COLOURS[n % len(LINE_COLOURS)]}'>■</span> "
                f"{escape(short_question(line, n + 1, self._language))}"
                for n, line in enumerate(lines)
            )
        )
        suggested = self.suggested(evaluations)
        self.prompt.setText(
            self.tr(
                "Meeting %1 of the series has taken place: the sources suggest a short "
                "evaluation with the group now."
            ).replace("%1", str(self._number(suggested)))
            if suggested is not None
            else ""
        )
        self.new.setEnabled(group is not None)

    def suggested(self, evaluations: list[Evaluation]) -> TimelineEntry | None:
        """The latest meeting 1 or 3 of a series that took place and has no evaluation."""
        series = {s.id: s for s in self._folder.series_of(self._group.id)} if self._group else {}
        for entry in self._entries:  # newest first
            one = series.get(entry.series_id or "")
            planned = entry.planned
            if entry.kind not in DONE or planned is None or one is None:
                continue
            if evaluation_suggested(one, planned.id, evaluations):
                return entry
        return None

    def _number(self, entry: TimelineEntry) -> int:
        assert self._group is not None and entry.planned is not None
        series = {s.id: s for s in self._folder.series_of(self._group.id)}
        return series[entry.series_id or ""].number_of(entry.planned.id)

    def _subject(self) -> TimelineEntry | None:
        """What a new evaluation is about: the chosen meeting if it took place, else
        the one the prompt suggests, else the latest held meeting."""
        chosen = self._selected()
        if chosen is not None and chosen.kind in DONE:
            return chosen
        evaluations = self._folder.evaluations_of(self._group.id) if self._group else []
        suggested = self.suggested(evaluations)
        if suggested is not None:
            return suggested
        return next((e for e in self._entries if e.kind is EntryKind.HELD), None)

    def new_evaluation(self) -> None:
        group = self._group
        if group is None:
            return
        entry = self._subject()
        day: date = entry.day if entry else self._clock.wall().date()
        fresh = Evaluation(
            group_id=group.id,
            series_id=entry.series_id if entry else None,
            planned_meeting_id=entry.planned.id if entry and entry.planned else None,
            held_meeting_id=entry.meeting_id if entry else None,
            day=day,
            updated=self._clock.wall(),
        )
        done = EvaluationDialog.launch(
            fresh, group.member_names(), self._clock, self._language, self
        )
        if done is not None and done.responses:
            self._folder.save_evaluation(done)

    def export_paper_form(self) -> None:
        report = evaluation_form_sheet(self._language)
        export_handout(self, report, self.tr("evaluation-form") + ".pdf")
