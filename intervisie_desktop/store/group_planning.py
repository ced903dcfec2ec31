"""Between meetings: a group's series, the pre-talk records and the group's evaluations.

One file each, like groups and methods: ``series/<id>.json``,
``pretalks/<id>.json``, ``evaluations/<id>.json``. They go through the same
:class:`FileStore` (atomic private writes, backups, quarantine, encryption).
Pre-talk records hold the facilitator's private notes; evaluations what the
group said; both follow the group's retention period like its meetings.
"""

from __future__ import annotations

import threading
from datetime import datetime, time

from intervisie_desktop.domain.series.evaluation import Evaluation
from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.series.pretalk import PretalkRecord
from intervisie_desktop.store.files import FileStore
from intervisie_desktop.store.formats import EVALUATION, PRETALK, SERIES
from intervisie_desktop.store.retention import DatedRecord, RecordKind
from intervisie_desktop.store.shelf import Shelf

SERIES_DIR = "series"
PRETALKS = "pretalks"
EVALUATIONS = "evaluations"
PLANNING_KINDS = {SERIES_DIR: SERIES, PRETALKS: PRETALK, EVALUATIONS: EVALUATION}


class GroupPlanning:
    """Saves, loads, lists and deletes series, pre-talk records and evaluations.

    Reached as :attr:`DataFolder.planning`; shares the folder's lock, so it is as
    safe from a worker thread as the folder itself. Reading raises
    :class:`DataFileError` (a bad file is quarantined); listing skips bad files,
    which then appear in :attr:`DataFolder.problems`; saving raises
    :class:`SaveError`.
    """

    def __init__(self, files: FileStore, mutex: threading.RLock) -> None:
        self._mutex = mutex
        self._series = Shelf(files, mutex, SERIES, SERIES_DIR)
        self._pretalks = Shelf(files, mutex, PRETALK, PRETALKS)
        self._evaluations = Shelf(files, mutex, EVALUATION, EVALUATIONS)

    # ----- series -------------------------------------------------------------------

    def save_series(self, series: Series) -> None:
        self._series.save(series.id, series)

    def load_series(self, series_id: str) -> Series:
        return self._series.load(series_id)

    def list_series(self, group_id: str | None = None) -> list[Series]:
        """A group's series (every series without ``group_id``), the first to start first."""
        chosen = [s for s in self._series.all() if group_id is None or s.group_id == group_id]
        return sorted(chosen, key=lambda s: (s.meetings[0].day, s.created))

    def delete_series(self, series_id: str) -> None:
        """Delete a series with its pre-talk records (the group's evaluations stay)."""
        with self._mutex:
            for record in self.list_pretalks():
                if record.series_id == series_id:
                    self.delete_pretalk(record.id)
            self._series.delete(series_id)

    # ----- pre-talks ----------------------------------------------------------------

    def save_pretalk(self, record: PretalkRecord) -> None:
        self._pretalks.save(record.id, record)

    def load_pretalk(self, record_id: str) -> PretalkRecord:
        return self._pretalks.load(record_id)

    def list_pretalks(self, group_id: str | None = None) -> list[PretalkRecord]:
        """Newest first."""
        chosen = [r for r in self._pretalks.all() if group_id is None or r.group_id == group_id]
        return sorted(chosen, key=lambda r: r.updated, reverse=True)

    def pretalk_for(self, planned_meeting_id: str) -> PretalkRecord | None:
        """The (newest) pre-talk record of a planned meeting, if there is one."""
        return next(
            (r for r in self.list_pretalks() if r.planned_meeting_id == planned_meeting_id),
            None,
        )

    def delete_pretalk(self, record_id: str) -> None:
        self._pretalks.delete(record_id)

    # ----- evaluations --------------------------------------------------------------

    def save_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluations.save(evaluation.id, evaluation)

    def load_evaluation(self, evaluation_id: str) -> Evaluation:
        return self._evaluations.load(evaluation_id)

    def list_evaluations(self, group_id: str) -> list[Evaluation]:
        """The group's evaluations, oldest meeting first (the chart's order)."""
        chosen = [e for e in self._evaluations.all() if e.group_id == group_id]
        return sorted(chosen, key=lambda e: (e.day, e.updated))

    def delete_evaluation(self, evaluation_id: str) -> None:
        self._evaluations.delete(evaluation_id)

    # ----- retention ----------------------------------------------------------------

    def dated_records(self) -> list[DatedRecord]:
        """Every pre-talk record and evaluation, with its group and date: what the
        groups' retention judges besides the meetings."""
        with self._mutex:
            pretalks = [
                DatedRecord(
                    RecordKind.PRETALK, r.id, r.group_id, r.updated.astimezone(), r.case_presenter
                )
                for r in self._pretalks.all()
            ]
            evaluations = [
                DatedRecord(
                    RecordKind.EVALUATION,
                    e.id,
                    e.group_id,
                    datetime.combine(e.day, time()).astimezone(),
                )
                for e in self._evaluations.all()
            ]
        return pretalks + evaluations

    def delete_record(self, record: DatedRecord) -> None:
        if record.kind is RecordKind.PRETALK:
            self.delete_pretalk(record.record_id)
        else:
            self.delete_evaluation(record.record_id)
