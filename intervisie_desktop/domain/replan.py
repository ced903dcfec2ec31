"""Re-planning: spread a meeting's lateness (or spare time) over what is left.

The difference between the time budget and the projected end is divided over
the remaining, unprotected blocks in proportion to their length, in whole
minutes. No block goes below its minimum (half its length, at least one
minute); protected blocks (the evaluation, the case presenter's closing word)
are never touched. What cannot be absorbed is reported as a shortfall.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from intervisie_desktop.domain.agenda import Block

MINIMUM_FRACTION = 0.5


@dataclass(frozen=True)
class BlockChange:
    index: int
    old_seconds: int
    new_seconds: int


@dataclass(frozen=True)
class ReplanProposal:
    revision: int  # the engine revision it was made for; stale proposals are refused
    changes: tuple[BlockChange, ...]
    shortfall_seconds: int  # lateness that no block could absorb (0 when it all fits)

    @property
    def saved_seconds(self) -> int:
        """Positive when the plan gets shorter."""
        return sum(c.old_seconds - c.new_seconds for c in self.changes)


def minutes_to_move(difference_seconds: float) -> int:
    """The whole minutes a re-plan moves: what must go when running late (rounded up),
    what may be added when early (rounded down). A proposal depends on the time only
    through this number."""
    if difference_seconds < 0:
        return math.ceil(-difference_seconds / 60 - 1e-9)
    return math.floor(difference_seconds / 60 + 1e-9)


def minimum_minutes(block: Block) -> int:
    return max(1, math.ceil(block.planned_seconds / 60 * MINIMUM_FRACTION))


def _distribute(weights: list[int], total: int, caps: list[int]) -> tuple[list[int], int]:
    """Split ``total`` whole units in proportion to ``weights``, each at most its cap."""
    alloc = [0] * len(weights)
    left = total
    active = [i for i, cap in enumerate(caps) if cap > 0 and weights[i] > 0]
    while left > 0 and active:
        weight_sum = sum(weights[i] for i in active)
        shares = {i: left * weights[i] / weight_sum for i in active}
        capped = [i for i in active if alloc[i] + shares[i] >= caps[i]]
        if capped:
            for i in capped:
                left -= caps[i] - alloc[i]
                alloc[i] = caps[i]
            active = [i for i in active if i not in capped]
            continue
        floors = {i: math.floor(shares[i]) for i in active}
        for i in active:
            alloc[i] += floors[i]
        extra = left - sum(floors.values())
        by_fraction = sorted(active, key=lambda i: (-(shares[i] - floors[i]), i))
        for i in by_fraction[:extra]:
            alloc[i] += 1
        left = 0
    return alloc, left


def propose_replan(
    blocks: list[Block], first_index: int, difference_seconds: float, revision: int
) -> ReplanProposal:
    """A proposal for blocks from ``first_index`` on.

    ``difference_seconds`` is budget minus projected end: negative when running
    late (blocks shrink), positive when early (blocks grow).
    """
    indices = [i for i in range(first_index, len(blocks)) if not blocks[i].protected]
    minutes = [blocks[i].planned_seconds // 60 for i in indices]
    if difference_seconds < 0:
        need = minutes_to_move(difference_seconds)
        caps = [m - minimum_minutes(blocks[i]) for m, i in zip(minutes, indices, strict=True)]
        cuts, short = _distribute(minutes, need, caps)
        new_minutes = [m - c for m, c in zip(minutes, cuts, strict=True)]
    else:
        extra = minutes_to_move(difference_seconds)
        adds, short = _distribute(minutes, extra, [extra] * len(minutes))
        new_minutes = [m + a for m, a in zip(minutes, adds, strict=True)]
        short = 0
    changes = tuple(
        BlockChange(i, blocks[i].planned_seconds, blocks[i].planned_seconds + (new - old) * 60)
        for i, old, new in zip(indices, minutes, new_minutes, strict=True)
        if new != old
    )
    return ReplanProposal(revision, changes, short * 60)
