"""Which meetings to offer for resuming after a restart: those that were running or
paused when the app stopped and were not closed for good, the most recently left
first (``left_at``: when its clock was last saved)."""

from __future__ import annotations

from intervisie_desktop.store.meeting_index import MeetingSummary


def unfinished(summaries: list[MeetingSummary]) -> list[MeetingSummary]:
    return sorted((s for s in summaries if s.unfinished), key=_left_at, reverse=True)


def _left_at(summary: MeetingSummary) -> float:
    moment = summary.left_at or summary.created
    return moment.timestamp()
