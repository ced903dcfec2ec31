"""A small index of meeting summaries, so listing 1,000 meetings reads one file.

The index is a cache: each entry remembers the size and modification time of
the meeting file it was made from, and an entry that no longer matches (a
crash between saving the meeting and the index, a file copied in by hand) is
simply made again from the meeting file. A damaged index is rebuilt, never
reported: it holds nothing that is not also in the meeting files. For the same
reason it has no migrations: an index of another version is rebuilt too.

It is stored by column (every id, then every group, ...), moments as whole
microseconds since 1970 in UTC: checked in one pass, that reads 1,000 meetings in
about half a millisecond, a third of the time of one object per meeting.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from itertools import repeat
from typing import Annotated, Any, NamedTuple, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from intervisie_desktop.domain.bounds import MAX_YEAR, MIN_YEAR, FileId, Line
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.store.envelope import FileKind

INDEX_FILE = "meeting-index.json"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MICROSECOND = timedelta(microseconds=1)
Microseconds = Annotated[
    int,
    Field(
        strict=True,
        ge=(datetime(MIN_YEAR - 1, 1, 1, tzinfo=UTC) - _EPOCH) // _ONE_MICROSECOND,
        le=(datetime(MAX_YEAR + 1, 12, 31, tzinfo=UTC) - _EPOCH) // _ONE_MICROSECOND,
    ),
]
"""A moment in the index: microseconds since 1970 in UTC, within the app's years (a year
more on either side: a meeting's moment at its year's edge may be in the next in UTC)."""


_LEFT_STATES = (RunState.RUNNING, RunState.PAUSED)


def to_microseconds(moment: datetime) -> int:
    return (moment - _EPOCH) // _ONE_MICROSECOND


def from_microseconds(count: int) -> datetime:
    """The moment in this computer's time zone (a day shown is the day here)."""
    return (_EPOCH + timedelta(microseconds=count)).astimezone()


class MeetingSummary(NamedTuple):
    """What a list of meetings shows, and what crash recovery and retention need.

    A plain tuple, so that listing 1,000 of them costs little; its moments are kept
    as counts and become datetimes (in this computer's time zone) only when asked for.
    """

    id: str
    group_id: str | None
    title: str
    created_us: int
    state: RunState | None  # None: not started
    left_at_us: int | None = None  # unfinished: when its clock was last saved, i.e. left
    quit_while_running: bool = False  # left by a deliberate quit while it ran
    closed: bool = False  # closed for good unfinished: not offered for resuming
    read_only: bool = False  # written by a newer app version
    mtime_ns: int = 0  # of the file it was made from
    size: int = 0

    @property
    def stamp(self) -> tuple[int, int]:
        """The file's (mtime_ns, size) when it was summed up: a file whose stamp
        differs has changed since."""
        return self.mtime_ns, self.size

    @property
    def created(self) -> datetime:
        return from_microseconds(self.created_us)

    @property
    def left_at(self) -> datetime | None:
        return None if self.left_at_us is None else from_microseconds(self.left_at_us)

    @property
    def unfinished(self) -> bool:
        """Started, not finished, not closed for good: the app offers to resume it."""
        return self.state in _LEFT_STATES and not self.closed

    def same_as(self, other: MeetingSummary) -> bool:
        """Equal apart from the file stamp (so the index is only rewritten when needed)."""
        return self[:-2] == other[:-2]


class MeetingIndex(BaseModel):
    """The summaries by field. What every meeting has is a list per field, the lists
    equally long; what few meetings have (an unfinished one's time, a mark) is kept
    for those alone."""

    model_config = ConfigDict(extra="forbid")

    id: list[FileId] = []
    group_id: list[FileId | None] = []
    title: list[Line] = []
    created: list[Microseconds] = []
    state: list[RunState | None] = []
    mtime_ns: list[Annotated[int, Field(strict=True)]] = []  # before 1970: below 0
    size: list[Annotated[int, Field(strict=True, ge=0)]] = []
    left_at: dict[FileId, Microseconds] = {}
    quit_while_running: list[FileId] = []
    closed: list[FileId] = []
    read_only: list[FileId] = []

    @model_validator(mode="after")
    def _columns_line_up(self) -> Self:
        if len({len(getattr(self, name)) for name in _EVERY_MEETING}) > 1:
            raise ValueError("every field lists the same number of meetings")
        return self

    def summaries(self) -> dict[str, MeetingSummary]:
        """The summaries by meeting id."""
        unmarked = repeat(False)
        rows = zip(
            self.id,
            self.group_id,
            self.title,
            self.created,
            self.state,
            map(self.left_at.get, self.id),
            unmarked,
            unmarked,
            unmarked,
            self.mtime_ns,
            self.size,
            strict=False,  # the lists line up (checked when read); the marks repeat
        )
        # tuple.__new__ straight from C: MeetingSummary._make runs Python code per meeting
        found = dict(zip(self.id, map(tuple.__new__, repeat(MeetingSummary), rows), strict=True))
        for mark in _MARKS:
            marked: dict[str, Any] = {mark: True}
            for meeting_id in getattr(self, mark):
                if meeting_id in found:
                    found[meeting_id] = found[meeting_id]._replace(**marked)
        return found

    @classmethod
    def of(cls, summaries: Iterable[MeetingSummary]) -> MeetingIndex:
        rows = list(summaries)
        return cls.model_validate(
            {
                "id": [row.id for row in rows],
                "group_id": [row.group_id for row in rows],
                "title": [row.title for row in rows],
                "created": [row.created_us for row in rows],
                "state": [row.state for row in rows],
                "mtime_ns": [row.mtime_ns for row in rows],
                "size": [row.size for row in rows],
                "left_at": {row.id: row.left_at_us for row in rows if row.left_at_us is not None},
                **{mark: [row.id for row in rows if getattr(row, mark)] for mark in _MARKS},
            }
        )


_EVERY_MEETING = ("id", "group_id", "title", "created", "state", "mtime_ns", "size")
_MARKS = ("quit_while_running", "closed", "read_only")


INDEX = FileKind("intervisie-desktop/meeting-index", 3, MeetingIndex, "meeting list", indent=None)


class _PlainIndexFile(BaseModel):
    """The index file as this version writes it, unencrypted: checked and validated in
    one pass over the JSON (about twice as fast as reading it, then validating)."""

    format: str
    schema_version: int = Field(strict=True)
    app_version: str
    data: MeetingIndex


def read_plain_index(raw: bytes) -> MeetingIndex | None:
    """The index in ``raw`` if it is exactly what this version writes; None for
    anything else (the caller then reads it the careful way, which says why)."""
    try:
        read = _PlainIndexFile.model_validate_json(raw)
    except (ValidationError, RecursionError):
        return None
    return (
        read.data if (read.format, read.schema_version) == (INDEX.format, INDEX.version) else None
    )


def summarize(meeting: Meeting, stamp: tuple[int, int], read_only: bool = False) -> MeetingSummary:
    clock = meeting.clock
    state = None if clock is None else clock.state
    left = clock.saved_at if clock is not None and state in _LEFT_STATES else None
    return MeetingSummary(
        id=meeting.id,
        group_id=meeting.group_id,
        title=meeting.title,
        created_us=to_microseconds(meeting.created),
        state=state,
        left_at_us=None if left is None else to_microseconds(left),
        quit_while_running=clock is not None and clock.quit_while_running,
        closed=meeting.closed,
        read_only=read_only,
        mtime_ns=stamp[0],
        size=stamp[1],
    )
