"""The groups' retention applied to the data folder: a plan of what would go, shown
and confirmed, then only that (the rules: :mod:`retention`). Reached as
:attr:`DataFolder.retention`; it shares the folder's lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from intervisie_desktop.domain.group import Group
from intervisie_desktop.store import retention
from intervisie_desktop.store.group_planning import GroupPlanning
from intervisie_desktop.store.meetings import MeetingShelf
from intervisie_desktop.store.retention import RetentionPlan


class RetentionKeeper:
    def __init__(
        self,
        groups: Callable[[], list[Group]],
        meetings: MeetingShelf,
        planning: GroupPlanning,
        mutex: threading.RLock,
    ) -> None:
        self._groups = groups
        self._meetings = meetings
        self._planning = planning
        self._mutex = mutex

    def plan(self, now: datetime) -> RetentionPlan:
        """Which meetings the groups' retention would delete, judged from ``now`` but
        never from later than the newest meeting on disk allows (see :mod:`retention`).
        Nothing is deleted: show the plan, then :meth:`apply`."""
        with self._mutex:
            return retention.plan(now, self._groups(), self._meetings.summaries())

    def apply(self, plan: RetentionPlan) -> list[str]:
        """Delete the plan's meetings (with their own backups) that are still as the plan
        showed them, and the series, pre-talks and evaluations as old; returns the ids
        deleted. Meetings not in the plan are untouched."""
        with self._mutex:
            current = {s.id: s for s in self._meetings.summaries()}
            deleted = [
                entry.meeting_id
                for entry in plan.meetings
                if retention.still_due(entry, current.get(entry.meeting_id))
            ]
            for meeting_id in deleted:
                self._meetings.delete(meeting_id)
            self._planning.delete_older_than(
                retention.planning_limits(plan.horizon, self._groups())
            )
            return deleted
