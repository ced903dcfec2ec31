"""What the wall keeps showing without anyone sharing it: the case presenter's own new
definition of the problem, during the step right after the one it was written in.

The ten-step method's guidance calls the redefinition the starting point of the
advice, so the room should see it while advising. Nothing else is kept in view:
every other item reaches the projector only when it is shared on purpose.
"""

from __future__ import annotations

from intervisie_desktop.domain.agenda import Block, BlockKind, case_number
from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.methods import CaptureKind


def _step_before(blocks: list[Block], block: Block) -> Block | None:
    """The method step just before ``block`` in the same case (None for a first step)."""
    if block.kind is not BlockKind.STEP or not block.step_number:
        return None
    case = case_number(block.id)
    return next(
        (
            b
            for b in blocks
            if b.kind is BlockKind.STEP
            and case_number(b.id) == case
            and b.step_number == block.step_number - 1
        ),
        None,
    )


def kept_in_view(board: Board, blocks: list[Block], current: int) -> list[BoardItem]:
    """The redefinition(s) of this case the scribe entered, if the step before the
    current one is where the case presenter redefined the problem; else nothing."""
    block = blocks[current]
    before = _step_before(blocks, block)
    if before is None or CaptureKind.REDEFINITION not in before.capture:
        return []
    case = case_number(block.id)
    return [
        item for item in board.of_kind(ItemKind.REDEFINITION) if case_number(item.block_id) == case
    ]
