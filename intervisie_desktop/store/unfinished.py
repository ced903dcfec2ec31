"""Which meetings to offer for resuming after a restart: those that were running or
paused when the app stopped and were not closed for good, the most recently left
first (``left_at``: when its clock was last saved)."""

from __future__ import annotations

from operator import attrgetter

from intervisie_desktop.store.meeting_index import MeetingSummary

RECHECKED = 3  # the newest meetings read from their files when a restart looks back
MOST_CLAIMED = 10  # of those the index calls unfinished, the most recently written


def unfinished(summaries: list[MeetingSummary]) -> list[MeetingSummary]:
    return sorted((s for s in summaries if s.unfinished), key=_left_at, reverse=True)


def _left_at(summary: MeetingSummary) -> float:
    moment = summary.left_at or summary.created
    return moment.timestamp()


def to_recheck(listed: list[MeetingSummary]) -> list[str]:
    """The meetings whose own files decide (the index is a cache, and could be wrong):
    the newest by date and by file time (the meeting that ran is written last, whatever
    the index says of its date), and those the index calls unfinished."""
    by_time = sorted(listed, key=attrgetter("mtime_ns"), reverse=True)
    claimed = [s for s in by_time if s.unfinished][:MOST_CLAIMED]
    picked = [*listed[:RECHECKED], *by_time[:RECHECKED], *claimed]
    return list(dict.fromkeys(s.id for s in picked))
