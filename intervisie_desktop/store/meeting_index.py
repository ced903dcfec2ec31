"""A small index of meeting summaries, so listing 1,000 meetings reads one file.

The index is a cache: each entry remembers the size and modification time of
the meeting file it was made from, and an entry that no longer matches (a
crash between saving the meeting and the index, a file copied in by hand) is
simply made again from the meeting file. A damaged index is rebuilt, never
reported: it holds nothing that is not also in the meeting files. For the same
reason it has no migrations: an index of another version is rebuilt too.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from intervisie_desktop.domain.bounds import FileId, Line, Moment, Reference
from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.store.envelope import FileKind

INDEX_FILE = "meeting-index.json"


class MeetingSummary(BaseModel):
    """What a list of meetings shows, and what crash recovery and retention need."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: FileId
    group_id: FileId | None = None
    title: Line = ""
    method_id: Reference | None = None
    created: Moment
    state: RunState | None = None  # None: not started
    saved_at: Moment | None = None  # when its clock was last saved: when it was left
    quit_while_running: bool = False  # left by a deliberate quit while it ran
    closed: bool = False  # closed for good unfinished: not offered for resuming
    read_only: bool = False  # written by a newer app version
    stamp: tuple[int, int] = (0, 0)  # (mtime_ns, size) of the file it was made from

    @property
    def unfinished(self) -> bool:
        """Started, not finished, not closed for good: the app offers to resume it."""
        return self.state in (RunState.RUNNING, RunState.PAUSED) and not self.closed

    def same_as(self, other: MeetingSummary) -> bool:
        """Equal apart from the file stamp (so the index is only rewritten when needed)."""
        return self.model_dump(exclude={"stamp"}) == other.model_dump(exclude={"stamp"})


class MeetingIndex(BaseModel):
    model_config = ConfigDict(extra="forbid")

    meetings: list[MeetingSummary] = []


INDEX = FileKind("intervisie-desktop/meeting-index", 2, MeetingIndex, "meeting list", indent=None)


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
    return MeetingSummary(
        id=meeting.id,
        group_id=meeting.group_id,
        title=meeting.title,
        method_id=meeting.method_id,
        created=meeting.created,
        state=None if clock is None else clock.state,
        saved_at=None if clock is None else clock.saved_at,
        quit_while_running=clock is not None and clock.quit_while_running,
        closed=meeting.closed,
        read_only=read_only,
        stamp=stamp,
    )
