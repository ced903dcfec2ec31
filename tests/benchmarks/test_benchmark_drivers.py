"""The benchmarks drive the real app: each operation they time must really happen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks import app_parts, autosave_copy, data_folder, flipover, keypress
from benchmarks.processes import running
from benchmarks.runs import alternate
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store.repository import DataFolder


def test_every_app_part_is_found() -> None:
    """After a ui/ module moved, fix its path in benchmarks/app_parts.py."""
    missing = [name for name in app_parts.__all__ if not hasattr(app_parts, name)]
    assert missing == []


def test_the_flipover_adds_rates_and_reorders_through_the_pane(qapp: QApplication) -> None:
    """Each timed key press is checked to have changed the board; a broken pane raises."""
    results = flipover.measure(sizes=(3, 6), rounds=2)
    assert set(results) == {"add", "rate", "reorder"}
    assert all(len(ms) == 2 for by_size in results.values() for ms in by_size.values())


def test_the_key_press_benchmark_times_a_real_move_to_the_next_block(
    qapp: QApplication,
) -> None:
    """PageDown goes to the focused widget of the active window, as a real key press does;
    a key that moves nothing raises instead of timing the next second's repaint."""
    assert keypress.measure(rounds=2)["app_ms"] > 0


def test_the_autosave_copy_holds_the_whole_board(qapp: QApplication) -> None:
    results = autosave_copy.measure(sizes=(1, 5), rounds=2)
    assert {n: len(runs) for n, runs in results.items()} == {1: 2, 5: 2}


def test_a_full_data_folder_is_written_with_the_stores_api(
    tmp_path: Path, library: MethodLibrary
) -> None:
    data_folder.fill(tmp_path, library, groups=2, meetings=5, items=3)
    with DataFolder.open(tmp_path) as folder:
        listed = folder.list_meetings()
        assert len(folder.list_groups()) == 2
        assert len(listed) == 5 and not any(s.unfinished for s in listed)
        assert {s.group_id for s in listed} == {g.id for g in folder.list_groups()}


def test_paired_runs_take_turns_and_warm_up_first() -> None:
    calls: list[str] = []
    results = alternate({n: lambda n=n: calls.append(n) or n for n in "abc"}, rounds=3)
    assert calls == list("abc") + list("abc") + list("bca") + list("cab")
    assert results == {n: [n] * 3 for n in "abc"}


@pytest.mark.slow
def test_the_presenting_benchmark_measures_a_running_meeting_on_the_projector(
    tmp_path: Path,
) -> None:
    """The child says "presenting" only once the projector shows a running meeting."""
    command = [sys.executable, "-m", "benchmarks.presenting_app", str(tmp_path / "data")]
    with running(command, ready="presenting") as pid:
        assert Path(f"/proc/{pid}").exists()
