"""Which meeting to offer after a restart: the one most recently left, never one the
facilitator closed for good, with when it was left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.snapshot import snapshot_at_quit, take_snapshot
from intervisie_desktop.store.meeting_index import MeetingSummary, to_microseconds
from intervisie_desktop.store.repository import DataFolder

from .conftest import make_meeting
from .index_edit import forge_index


def test_the_meeting_left_last_is_offered_and_a_closed_one_never(
    folder: DataFolder, library: MethodLibrary
) -> None:
    clock = FakeClock()
    left = {}
    # created oldest first, but left in the opposite order: the oldest was used last
    for number, hours_ago in enumerate((1, 30, 50)):
        meeting = make_meeting(library)
        meeting.created = clock.wall() - timedelta(days=10 - number)
        engine = SessionEngine(meeting.blocks, FakeClock(clock.wall() - timedelta(hours=hours_ago)))
        engine.start()
        meeting.clock = take_snapshot(engine)
        folder.save_meeting(meeting)
        left[hours_ago] = meeting.id
    finished = make_meeting(library)
    engine = SessionEngine(finished.blocks, clock)
    engine.start()
    engine.finish()
    finished.clock = take_snapshot(engine)
    folder.save_meeting(finished)

    unfinished = folder.unfinished_meetings()
    assert [s.id for s in unfinished] == [left[1], left[30], left[50]]  # most recent first
    offer = folder.meeting_to_resume()
    assert offer is not None and offer.id == left[1]
    assert offer.left_at == clock.wall() - timedelta(hours=1)  # how long ago it was left

    folder.close_meeting_for_good(left[1])
    assert folder.load_meeting(left[1]).closed
    offer = folder.meeting_to_resume()
    assert offer is not None and offer.id == left[30]
    assert left[1] not in {s.id for s in folder.unfinished_meetings()}


def test_a_quit_is_told_apart_from_a_crash(folder: DataFolder, library: MethodLibrary) -> None:
    clock = FakeClock()
    meeting = make_meeting(library)
    engine = SessionEngine(meeting.blocks, clock)
    engine.start()
    clock.advance(60)
    meeting.clock = snapshot_at_quit(engine)
    folder.save_meeting(meeting)
    offer = folder.meeting_to_resume()
    assert offer is not None and offer.quit_while_running
    assert folder.meeting_to_resume() == offer


def test_nothing_to_resume(folder: DataFolder, library: MethodLibrary) -> None:
    folder.save_meeting(make_meeting(library))  # never started
    assert folder.meeting_to_resume() is None


def test_an_index_that_calls_the_interrupted_meeting_finished_cannot_hide_it(
    data_dir: Path, library: MethodLibrary
) -> None:
    clock = FakeClock()
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library)
        engine = SessionEngine(meeting.blocks, clock)
        engine.start()
        meeting.clock = take_snapshot(engine)
        folder.save_meeting(meeting)
    forge_index(data_dir, lambda s: s._replace(state=RunState.FINISHED, closed=True))
    with DataFolder.open(data_dir) as folder:
        offer = folder.meeting_to_resume()
        assert offer is not None and offer.id == meeting.id


def interrupted_among_finished(data_dir: Path, library: MethodLibrary) -> tuple[str, str]:
    """Finished meetings of a month and of the last days, then one interrupted while it
    ran (dated a week ago, saved last): the oldest finished one's id, and its."""
    clock = FakeClock()
    ids = []
    with DataFolder.open(data_dir) as folder:
        for days_ago in (30, 3, 2, 1):
            finished = make_meeting(library)
            finished.created -= timedelta(days=days_ago)
            engine = SessionEngine(finished.blocks, clock)
            engine.start()
            engine.finish()
            finished.clock = take_snapshot(engine)
            folder.save_meeting(finished)
            ids.append(finished.id)
        meeting = make_meeting(library)
        meeting.created -= timedelta(days=7)
        engine = SessionEngine(meeting.blocks, clock)
        engine.start()
        meeting.clock = take_snapshot(engine)
        folder.save_meeting(meeting)
    return ids[0], meeting.id


def test_an_index_that_dates_the_interrupted_meeting_long_ago_cannot_hide_it(
    data_dir: Path, library: MethodLibrary
) -> None:
    """Dated 1900 and called finished by the index: its file was written last, so it is
    read, and its own file says it was interrupted."""
    _old, interrupted = interrupted_among_finished(data_dir, library)
    long_ago = to_microseconds(datetime(1900, 6, 1, tzinfo=UTC))

    def hide(summary: MeetingSummary) -> MeetingSummary:
        if summary.id != interrupted:
            return summary
        return summary._replace(created_us=long_ago, state=RunState.FINISHED, closed=True)

    forge_index(data_dir, hide)
    with DataFolder.open(data_dir) as folder:
        offer = folder.meeting_to_resume()
        assert offer is not None and offer.id == interrupted


def test_an_index_that_calls_an_old_meeting_interrupted_does_not_offer_it(
    data_dir: Path, library: MethodLibrary
) -> None:
    """A decoy: a finished meeting marked running, left in a far future. Its own file
    says it finished: the meeting that really was interrupted is offered."""
    old, interrupted = interrupted_among_finished(data_dir, library)
    far = to_microseconds(datetime(8999, 1, 1, tzinfo=UTC))

    def decoy(summary: MeetingSummary) -> MeetingSummary:
        if summary.id != old:
            return summary
        return summary._replace(state=RunState.RUNNING, left_at_us=far)

    forge_index(data_dir, decoy)
    with DataFolder.open(data_dir) as folder:
        offer = folder.meeting_to_resume()
        assert offer is not None and offer.id == interrupted
