"""The one data-folder service every window is given: the opened folder, its groups,
settings and methods, and a group's meetings as a cached query.

It is a plain object passed explicitly (a QObject only for its signals), so no
view looks the folder up or opens it twice. Reading a group's meetings happens
once per group; saves made through the service keep that cache true.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.history import past_roles, recent_icebreakers
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import Method, MethodLibrary
from intervisie_desktop.domain.rotation import PastRoles
from intervisie_desktop.domain.series.evaluation import Evaluation
from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.series.pretalk import PretalkRecord
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.problems import Problem
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.data.off_thread import OffThreadJob
from intervisie_desktop.ui.problem_text import describe_error


class FolderNotOpenError(RuntimeError):
    """The data folder is used before it was opened (a programming error)."""


class FolderService(QObject):
    opened = Signal()
    problems_found = Signal()  # files that could not be used, not told yet
    failed = Signal(str)  # a save went wrong: the reason, in the UI's words
    library_changed = Signal(object, object)  # MethodLibrary, method id to select or None
    settings_changed = Signal()
    planning_changed = Signal(str)  # a group's series, pre-talks or evaluations: its id
    _meetings_checked = Signal(object)  # from the worker: the meeting list, or an error

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        builtin: MethodLibrary,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.library = builtin
        self.groups: list[Group] = []
        self._store: DataFolder | None = None
        self._told: set[tuple[str, str]] = set()  # problems already reported
        self._meetings: dict[str, list[Meeting]] = {}
        self._series: dict[str, list[Series]] = {}
        self._checking: DataFolder | None = None  # opened, its meetings being checked
        self._meetings_checked.connect(self._attach_checked)

    # ----- opening -------------------------------------------------------------------

    @property
    def store(self) -> DataFolder:
        if self._store is None:
            raise FolderNotOpenError(self.data_dir)
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def attach_checked(self, store: DataFolder) -> None:
        """As :meth:`attach`, once every meeting file was compared with the index (and a
        lost index rebuilt, which takes long with many meetings) on a worker thread, so
        the window stays responsive; :attr:`opened` says when. The store lets one call
        in at a time, and nothing here uses it before then."""
        self._checking = store
        QThreadPool.globalInstance().start(
            OffThreadJob(store.check_meetings, self._meetings_checked.emit)
        )

    def _attach_checked(self, _outcome: object) -> None:
        """The check is done. What it found unreadable is among the store's problems,
        told after the start; an error it met is met again when the meetings are used."""
        store, self._checking = self._checking, None
        if store is not None:
            self.attach(store)

    def attach(self, store: DataFolder) -> None:
        """The folder is open: read its groups and own methods."""
        self._store = store
        self.groups[:] = store.list_groups()
        self._meetings.clear()
        self.library = self.library.with_custom(store.methods.all())
        self.library_changed.emit(self.library, None)
        self.opened.emit()

    # ----- groups and meetings -------------------------------------------------------

    def meetings_of(self, group_id: str) -> list[Meeting]:
        """The group's saved meetings, oldest first; read from disk once per group
        (unreadable files are quarantined by the store and reported with its problems)."""
        if group_id not in self._meetings:
            meetings = []
            for summary in self.store.list_meetings():
                if summary.group_id == group_id:
                    try:
                        meetings.append(self.store.load_meeting(summary.id))
                    except (OSError, ValueError):
                        continue
            self._meetings[group_id] = sorted(meetings, key=lambda m: m.created)
            if self.unreported_problems(peek=True):
                self.problems_found.emit()
        return self._meetings[group_id]

    def unreported_problems(self, *, peek: bool = False) -> list[Problem]:
        """The store's problems not reported yet (and, unless ``peek``, now counted as
        reported), so each damaged file is told about exactly once."""
        new = [p for p in self.store.problems if (p.name, str(p.reason)) not in self._told]
        if not peek:
            self._told.update((p.name, str(p.reason)) for p in new)
        return new

    def history(self, group_id: str) -> list[PastRoles]:
        return past_roles(self.meetings_of(group_id))

    def recent_icebreakers(self, group_id: str | None) -> list[str]:
        return recent_icebreakers(self.meetings_of(group_id)) if group_id else []

    def meeting_saved(self, meeting: Meeting) -> None:
        """Keep the cache true after the autosave wrote ``meeting``."""
        cached = self._meetings.get(meeting.group_id or "")
        if cached is None:
            return
        kept = [m for m in cached if m.id != meeting.id]
        self._meetings[meeting.group_id or ""] = sorted([*kept, meeting], key=lambda m: m.created)

    def forget_meetings(self) -> None:
        """Files changed behind the cache's back (a backup restored, retention applied)."""
        self._meetings.clear()
        self._series.clear()

    # ----- series, pre-talks and evaluations (issue 16) -------------------------------

    def series_of(self, group_id: str) -> list[Series]:
        """The group's series, the first to start first; read once per group."""
        if group_id not in self._series:
            self._series[group_id] = self.store.planning.list_series(group_id)
        return self._series[group_id]

    def save_series(self, series: Series) -> bool:
        def save() -> None:
            self.store.planning.save_series(series)
            kept = [s for s in self.series_of(series.group_id) if s.id != series.id]
            self._series[series.group_id] = sorted(
                [*kept, series], key=lambda s: (s.meetings[0].day, s.created)
            )

        saved = self._guarded(save)
        self.planning_changed.emit(series.group_id)
        return saved

    def pretalk_for(self, planned_meeting_id: str) -> PretalkRecord | None:
        return self.store.planning.pretalk_for(planned_meeting_id)

    def save_pretalk(self, record: PretalkRecord) -> bool:
        saved = self._guarded(lambda: self.store.planning.save_pretalk(record))
        self.planning_changed.emit(record.group_id or "")
        return saved

    def evaluations_of(self, group_id: str) -> list[Evaluation]:
        """The group's evaluations, oldest meeting first."""
        return self.store.planning.list_evaluations(group_id)

    def save_evaluation(self, evaluation: Evaluation) -> bool:
        saved = self._guarded(lambda: self.store.planning.save_evaluation(evaluation))
        self.planning_changed.emit(evaluation.group_id)
        return saved

    def save_groups(self) -> None:
        def save() -> None:
            for group in self.groups:
                self.store.save_group(group)

        self._guarded(save)

    def mark_followed_up(self, meeting_id: str) -> None:
        """The group has talked about that meeting's action plan."""

        def save() -> None:
            old = self.store.load_meeting(meeting_id)
            updated = old.model_copy(update={"followed_up": True})
            self.store.save_meeting(updated)
            self.meeting_saved(updated)

        self._guarded(save)

    # ----- settings and methods ------------------------------------------------------

    def save_settings(self) -> None:
        self._guarded(lambda: self.store.save_settings(self.settings))
        self.settings_changed.emit()

    def set_custom_methods(self, custom: list[Method], select: str | None = None) -> None:
        self.library = self.library.with_custom(custom)
        self.library_changed.emit(self.library, select)

    def _guarded(self, work: Callable[[], object]) -> bool:
        """Run a save; a failure is reported through :attr:`failed`, never raised."""
        try:
            work()
        except (OSError, ValueError) as exc:
            self.failed.emit(describe_error(exc))  # in words, never a code
            return False
        return True
