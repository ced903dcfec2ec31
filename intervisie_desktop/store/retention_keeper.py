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
from intervisie_desktop.store.meeting_index import MeetingSummary
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
        """Which meetings, pre-talks and evaluations the groups' retention would delete,
        judged from ``now`` but never from later than the newest record on disk allows
        (see :mod:`retention`). Nothing is deleted: show the plan, then :meth:`apply`."""
        with self._mutex:
            groups, records = self._groups(), self._planning.dated_records()
            listed = self._confirmed_newest(self._meetings.summaries(), now)
            first = retention.plan(now, groups, listed, records)
            if not first.meetings:
                return first
            # the index is a cache and could be wrong: what would go is judged from the
            # meetings' own files (a meeting that cannot be read is never in the plan)
            due = {entry.meeting_id for entry in first.meetings}
            truth = [self._meetings.from_file(s.id) if s.id in due else s for s in listed]
            return retention.plan(now, groups, [s for s in truth if s is not None], records)

    def _confirmed_newest(
        self, listed: list[MeetingSummary], now: datetime
    ) -> list[MeetingSummary]:
        """``listed`` with its newest date confirmed by the meeting's own file: that date
        sets how far the clock is believed (:func:`retention.horizon`), and an index
        that dates a meeting later than its file must not make older ones due. Read
        newest first (as listed) until a file agrees; usually one read, all only for a
        lying index."""
        truth = {summary.id: summary for summary in listed}
        for summary in listed:
            if summary.created > now:
                continue  # not counted for the horizon anyway
            found = self._meetings.from_file(summary.id)
            if found is None:
                del truth[summary.id]  # unreadable: never in the plan
            else:
                truth[summary.id] = found
                if found.created == summary.created:
                    break
        return list(truth.values())

    def apply(self, plan: RetentionPlan) -> list[str]:
        """Delete the plan's meetings (with their own backups), pre-talk records and
        evaluations that are still as the plan showed them; returns the meeting ids
        deleted. Nothing that is not in the plan is touched."""
        with self._mutex:
            deleted = [
                entry.meeting_id
                for entry in plan.meetings
                if retention.still_due(entry, self._meetings.from_file(entry.meeting_id))
            ]
            for meeting_id in deleted:
                self._meetings.delete(meeting_id)
            records = {(r.kind, r.record_id): r for r in self._planning.dated_records()}
            for old in plan.records:  # the pre-talks and evaluations it showed
                found = records.get((old.record.kind, old.record.record_id))
                if retention.record_still_due(old, found):
                    self._planning.delete_record(old.record)
            return deleted
