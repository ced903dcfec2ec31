"""The autosave's copy of the flip-over stays exactly the board, whatever the scribe does,
and shares nothing with the live items."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind, Rating
from intervisie_desktop.ui.flap.board_controller import BoardController
from intervisie_desktop.ui.meeting.board_copy import BoardCopy

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove", "move", "rate", "edit", "share", "undo", "redo"]),
        st.integers(min_value=0, max_value=30),
        st.integers(min_value=0, max_value=30),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(OPERATIONS)
def test_the_copy_follows_every_change(qapp, operations) -> None:  # type: ignore[no-untyped-def]
    board = BoardController(Board(items=[BoardItem(kind=ItemKind.QUESTION, text="first")]), "en")
    copy = BoardCopy(board)
    for name, a, b in operations:
        items = board.board.items
        pick = items[a % len(items)].id if items else None
        if name == "add":
            board.add(BoardItem(kind=ItemKind.QUESTION, text=f"q{a}"))
        elif name == "undo":
            board.undo_stack.undo()
        elif name == "redo":
            board.undo_stack.redo()
        elif name == "share":
            board.share_list(ItemKind.QUESTION, not board.board.is_list_shared(ItemKind.QUESTION))
        elif pick is None:
            continue
        elif name == "remove":
            board.remove(pick)
        elif name == "move":
            board.move(pick, b % len(items))
        elif name == "rate":
            board.rate(pick, [Rating.WARM, Rating.COLD, None][b % 3])
        elif name == "edit":
            board.edit_text(pick, f"edited {b}")
        assert copy.board().model_dump() == board.board.model_dump()
    taken = copy.board()
    if board.board.items:
        board.edit_text(board.board.items[0].id, "changed after the copy was taken")
        assert taken.items[0].text != "changed after the copy was taken"
