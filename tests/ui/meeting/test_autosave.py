"""Autosave keeps up with a scribe who never stops typing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import build_demo_meeting
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.meeting.autosave import Autosave
from intervisie_desktop.ui.meeting.session_controller import SessionController
from tests.ui.fake_timers import FakeScheduler


class SyncPool:
    """Runs a save at once on the calling thread, so the test sees its result directly."""

    def start(self, job) -> None:  # type: ignore[no-untyped-def]
        job.run()

    def waitForDone(self, _msec: int) -> bool:
        return True


def test_a_scribe_who_keeps_typing_has_every_note_on_disk_within_seconds(
    qtbot: QtBot, tmp_path: Path, library: MethodLibrary
) -> None:
    clock = FakeClock()
    scheduler = FakeScheduler(clock)
    demo = build_demo_meeting(library, load_builtin_icebreakers(), clock, "en")
    store = DataFolder.open(tmp_path / "data")
    session = SessionController(demo.engine, "en")
    board = BoardController(Board(), "en")
    record = Meeting(title="t", created=clock.wall(), blocks=demo.engine.blocks)
    keeper = Autosave(
        store,
        record,
        session,
        board,
        timers=scheduler.timer,
        pool=SyncPool(),  # type: ignore[arg-type]
    )
    keeper.save_now()
    entered: list[tuple[float, str]] = []
    for n in range(40):  # a note every 0.8 s for half a minute, never a pause
        text = f"question {n}"
        board.add(BoardItem(kind=ItemKind.QUESTION, text=text))
        entered.append((clock.monotonic(), text))
        scheduler.advance(0.8)
        on_disk = {i.text for i in store.load_meeting(record.id).board.items}
        overdue = [t for at, t in entered if clock.monotonic() - at > 5 and t not in on_disk]
        assert overdue == [], f"typed more than 5 s ago and not on disk: {overdue}"
    store.close()
