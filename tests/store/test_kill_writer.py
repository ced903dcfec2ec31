"""A writer autosaving in a loop, killed with SIGKILL at random moments a few hundred
times: the file always parses, never holds less than the last confirmed save, and no
temporary file survives the next open."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from intervisie_desktop.store.atomic import TEMP_SUFFIX
from intervisie_desktop.store.envelope import read_kind
from intervisie_desktop.store.files import KEEP_BACKUPS
from intervisie_desktop.store.formats import MEETING
from intervisie_desktop.store.repository import DataFolder

from .kill_loop import MEETING_ID, run_kill_loop

KILLS = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"), reason="POSIX"),
]


def test_killing_an_autosaving_writer_never_loses_a_confirmed_save(tmp_path: Path) -> None:
    root = tmp_path / "data"
    report = run_kill_loop(root, KILLS, seed=20260312)
    print(report.summary())
    assert report.failures == []
    assert report.kills == KILLS
    assert report.temp_files_after_open == 0
    assert report.confirmed_saves >= KILLS  # the writers did get work done
    assert report.killed_while_opening > 10  # kills also landed while a writer started
    assert report.temp_files_left_by_a_kill > 0  # kills did land in the middle of saves

    with DataFolder.open(root) as folder:  # the next start: clean, readable, nothing lost
        assert not list(root.rglob(f"*{TEMP_SUFFIX}"))
        (summary,) = folder.list_meetings()
        meeting = folder.load_meeting(summary.id)
        assert summary.id == MEETING_ID
        folder.save_meeting(meeting)
        backups = folder.backups(f"meetings/{MEETING_ID}.json")
        assert len(backups) == KEEP_BACKUPS
        name = f"meetings/{MEETING_ID}.json"
        for backup in backups:  # every kept version is whole
            assert read_kind(MEETING, backup.path, name).data.id == MEETING_ID
        assert folder.problems == []
