"""The flip-over: one key press to the list repainted, at 10, 500 and 2,000 items.

The real notes pane (``BoardPane`` over a ``BoardController``) of the main
window's running meeting, with the projector shown, is driven with Qt's key
events, as the scribe types: Enter adds a question, W/N/K rates the
selected one, Alt+Down moves it down. Measured: from the key press until the
list has painted again. Each operation is checked to have done what it should,
so a broken pane cannot look fast. The three boards run side by side, in turn;
the baseline is the same operation on the board of 10 items.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks import app_parts
from benchmarks.data_folder import NAMES, board_of
from benchmarks.painting import PaintWatch, activate, press
from benchmarks.runs import alternate, verdict
from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import Board, ItemKind, Rating
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.meeting import Attendance, Meeting
from intervisie_desktop.domain.meeting_start import MeetingStart
from intervisie_desktop.domain.methods import CaptureKind, MethodLibrary, load_method_library
from intervisie_desktop.store.repository import DataFolder

SIZES = (10, 500, 2000)
GOAL_MS = 16.0
ROUNDS = 15
RATING_KEYS = {Rating.WARM: Qt.Key.Key_W, Rating.NEUTRAL: Qt.Key.Key_N, Rating.COLD: Qt.Key.Key_K}


class Flipover:
    """A running meeting whose board holds ``items`` questions, on screen and projector."""

    def __init__(self, library: MethodLibrary, items: int, folder: Path) -> None:
        method = library.get("tienstappen")
        members = NAMES[:5]
        clock = FakeClock()
        rules = library.rules_for(method)
        self.engine = SessionEngine(
            build_agenda(method, rules), clock, Participants(members, members[-1])
        )
        record = Meeting(
            title=method.name.nl,
            method_id=method.id,
            created=clock.wall(),
            attendance=Attendance(present=list(members), case_presenter=members[-1]),
            blocks=self.engine.blocks,
            board=board_of(items, kinds=(ItemKind.QUESTION,)),
        )
        self.store = DataFolder.open(folder)
        self.window = app_parts.meeting_window(
            library, clock, MeetingStart(self.engine, record, [r.text for r in rules]), self.store
        )
        self.window.show()
        app_parts.present(self.window)
        self.pane = app_parts.board_pane(self.window)
        self.watch = PaintWatch(self.pane.items.viewport())
        self._turn = 0
        self._settle()

    @property
    def board(self) -> Board:
        return self.pane.board.board

    def _settle(self) -> None:
        for _ in range(3):
            QCoreApplication.processEvents()

    def _go_to(self, capture: CaptureKind) -> None:
        index = next(i for i, b in enumerate(self.engine.blocks) if capture in b.capture)
        if self.engine.current != index:
            self.pane.session.jump(index)
        self._settle()

    def _select_next_row(self) -> str:
        self._turn += 1
        rows = self.pane.items.count()
        self.pane.items.setCurrentRow((self._turn * 7) % (rows - 1))
        self._settle()
        selected = self.pane.selected_id()
        assert selected is not None
        return selected

    def _press(
        self,
        widget: QWidget,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> float:
        """The scribe presses ``key`` in ``widget`` of this (active) window."""
        activate(self.window)
        widget.setFocus()
        self._settle()
        if QApplication.focusWidget() is not widget:
            raise RuntimeError(f"the focus is not on {type(widget).__name__}")
        return self.watch.ms_until_painted(press(key, modifier))

    def add(self) -> float:
        self._go_to(CaptureKind.QUESTIONS)
        before = len(self.board.items)
        self.pane.entry.setText(f"Wat zou er gebeuren als je nee zegt? ({before})")
        ms = self._press(self.pane.entry, Qt.Key.Key_Return)
        if len(self.board.items) != before + 1:
            raise RuntimeError("Enter did not add the question")
        return ms

    def rate(self) -> float:
        self._go_to(CaptureKind.QUESTION_RATINGS)
        item_id = self._select_next_row()
        old = self.board.get(item_id).rating
        rating = next(r for r in (Rating.WARM, Rating.NEUTRAL, Rating.COLD) if r is not old)
        ms = self._press(self.pane.items, RATING_KEYS[rating])
        if self.board.get(item_id).rating is not rating:
            raise RuntimeError("the rating key did not rate the question")
        return ms

    def reorder(self) -> float:
        self._go_to(CaptureKind.QUESTION_RATINGS)
        item_id = self._select_next_row()
        before = self.board.index_of(item_id)
        ms = self._press(self.pane.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        if self.board.index_of(item_id) <= before:
            raise RuntimeError("Alt+Down did not move the question down")
        return ms

    def close(self) -> None:
        app_parts.close(self.window)
        self.store.close()


def measure(
    sizes: tuple[int, ...] = SIZES, rounds: int = ROUNDS
) -> dict[str, dict[int, list[float]]]:
    """Milliseconds per operation and board size."""
    library = load_method_library()
    base = Path(tempfile.mkdtemp(prefix="intervisie-bench-"))
    boards = {size: Flipover(library, size, base / str(size)) for size in sizes}
    try:
        results = {}
        for operation in ("add", "rate", "reorder"):
            contenders: dict[int, Callable[[], float]] = {
                size: getattr(flipover, operation) for size, flipover in boards.items()
            }
            results[operation] = alternate(contenders, rounds)
        return results
    finally:
        for flipover in boards.values():
            flipover.close()
        QCoreApplication.processEvents()
        shutil.rmtree(base, ignore_errors=True)


def report(rounds: int = ROUNDS) -> bool:
    results = measure(SIZES, rounds)
    largest, smallest = max(SIZES), min(SIZES)
    print(f"Flip-over: one key press to the list repainted ({rounds} paired rounds, medians)")
    print("  " + f"{'':10}" + "".join(f"{f'{size:,} items':>14}" for size in SIZES) + "   ratio")
    met = True
    for operation, by_size in results.items():
        medians = {size: statistics.median(ms) for size, ms in by_size.items()}
        ok = medians[largest] <= GOAL_MS
        met &= ok
        print(
            f"  {operation:<10}"
            + "".join(f"{medians[size]:11.1f} ms" for size in SIZES)
            + f"  {medians[largest] / medians[smallest]:5.1f}x   "
            f"(goal <= {GOAL_MS:.0f} ms at {largest:,}: {verdict(ok)})"
        )
    return met


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    application = QApplication([])
    report()
