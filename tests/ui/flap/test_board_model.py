"""The flap is an item model that follows the board: one change, one row signal."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind, Rating
from intervisie_desktop.domain.capture import pane_mode
from intervisie_desktop.domain.methods import CaptureKind
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.flap.board_model import BoardModel, StepFilter


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
        "rowsRemoved",
        "rowsInserted",
    ]
    assert model.rowCount() == 501


def test_the_step_filter_orders_the_answering_step_warm_first_and_folds_cold(
    qtbot: QtBot,
) -> None:
    board = _board(4)
    ratings = [Rating.COLD, Rating.NEUTRAL, Rating.WARM, None]
    for item, rating in zip(board.board.items, ratings, strict=True):
        board.rate(item.id, rating)
    model = BoardModel(board)
    model.set_mode(pane_mode([CaptureKind.QUESTION_ANSWERS]))
    step = StepFilter(model)
    step.refilter()
    shown = [step.index(r, 0).data() for r in range(step.rowCount())]
    assert shown == ["[W] question 2", "[N] question 1", "question 3"]
    board.rate(board.board.items[3].id, Rating.WARM)  # follows a change without a rebuild
    shown = [step.index(r, 0).data() for r in range(step.rowCount())]
    assert shown == ["[W] question 2", "[W] question 3", "[N] question 1"]
    step.show_cold = True
    step.refilter()
    assert step.index(step.rowCount() - 1, 0).data() == "[C] question 0"
