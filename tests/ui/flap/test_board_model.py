"""The flap is an item model that follows the board: one change, one row signal."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind, Rating
from intervisie_desktop.domain.capture import pane_mode
from intervisie_desktop.domain.methods import CaptureKind
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.board_model import BoardModel


def _board(count: int) -> BoardController:
    items = [BoardItem(kind=ItemKind.QUESTION, text=f"question {n}") for n in range(count)]
    return BoardController(Board(items=items), "en")


class Signals:
    def __init__(self, model: BoardModel) -> None:
        self.seen: list[str] = []
        for name in ("rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged"):
            getattr(model, name).connect(lambda *_a, name=name: self.seen.append(name))
        for name in ("modelReset", "layoutChanged"):
            getattr(model, name).connect(lambda *_a, name=name: self.seen.append(name))


def test_each_change_of_a_long_board_is_one_row_signal_never_a_rebuild(qtbot: QtBot) -> None:
    board = _board(500)
    model = BoardModel(board)
    model.set_step(pane_mode([CaptureKind.QUESTIONS]))
    signals = Signals(model)
    board.add(BoardItem(kind=ItemKind.QUESTION, text="one more"))
    board.rate(board.board.items[3].id, Rating.WARM)
    board.move(board.board.items[0].id, 10)
    board.remove(board.board.items[5].id)
    board.undo_stack.undo()
    assert signals.seen == [
        "rowsInserted",
        "dataChanged",
        "rowsMoved",
        "dataChanged",
        "rowsRemoved",
        "rowsInserted",
    ]
    assert model.rowCount() == 501
    shown = [model.index(r).data() for r in range(model.rowCount())]
    expected = [f"{'[W] ' if i.rating else ''}{i.text}" for i in board.board.items]
    assert shown == expected  # the list follows the board exactly


def test_the_step_filter_orders_the_answering_step_warm_first_and_folds_cold(
    qtbot: QtBot,
) -> None:
    board = _board(4)
    ratings = [Rating.COLD, Rating.NEUTRAL, Rating.WARM, None]
    for item, rating in zip(board.board.items, ratings, strict=True):
        board.rate(item.id, rating)
    model = BoardModel(board)
    model.set_step(pane_mode([CaptureKind.QUESTION_ANSWERS]))
    signals = Signals(model)
    shown = [model.index(r).data() for r in range(model.rowCount())]
    assert shown == ["[W] question 2", "[N] question 1", "question 3"]
    board.rate(board.board.items[3].id, Rating.WARM)  # one row moves up, nothing rebuilt
    shown = [model.index(r).data() for r in range(model.rowCount())]
    assert shown == ["[W] question 2", "[W] question 3", "[N] question 1"]
    board.rate(board.board.items[1].id, Rating.COLD)  # folded away: one row removed
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "[W] question 2",
        "[W] question 3",
    ]
    assert "modelReset" not in signals.seen and "layoutChanged" not in signals.seen
    model.set_step(model.mode, show_cold=True)
    assert model.index(model.rowCount() - 1).data() == "[C] question 1"
