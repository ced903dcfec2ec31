"""The scribe's board (de flap): questions, ratings, definitions, advice, plans, notes.

Every item is private to the laptop until it is shared on purpose, item by item
or as a whole list. Free notes can only be shared one by one, never as a list,
so a private note cannot reach the projector by accident.

The board offers small reversible primitives (insert, remove, update, move,
share a list); the UI's undo stack is built from them.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.domain.bounds import MAX_ITEMS, Line, Reference, Text


class Rating(StrEnum):
    WARM = "warm"
    NEUTRAL = "neutral"
    COLD = "cold"


class ItemKind(StrEnum):
    QUESTION = "question"
    PROBLEM_DEFINITION = "problem_definition"
    REDEFINITION = "redefinition"  # the case presenter's own new definition
    ADVICE = "advice"
    SHARED_ADVICE = "shared_advice"  # the roddel method's joint advice
    ACTION = "action"  # one line of the action plan
    EVALUATION = "evaluation"
    NOTE = "note"  # free notes: private unless shared one by one


LIST_SHAREABLE = frozenset(ItemKind) - {ItemKind.NOTE}
RATABLE = frozenset({ItemKind.QUESTION, ItemKind.PROBLEM_DEFINITION})


class EvaluationTopic(StrEnum):
    CASE = "case"  # what did I learn from the case and the question
    METHOD = "method"  # what did I learn from this method


def new_item_id() -> str:
    return uuid.uuid4().hex[:12]


class BoardItem(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: Reference = Field(default_factory=new_item_id)
    kind: ItemKind
    text: Text
    author: Line | None = None  # who asked or gave it (a member's name)
    block_id: Reference | None = None  # the agenda block it was captured in
    rating: Rating | None = None
    answered: bool = False
    chosen: bool = False  # advice the case presenter takes on
    shared: bool = False  # shown on the projector (never true for notes by default)
    topic: EvaluationTopic | None = None
    owner: Line | None = None  # an action: who does it (the case presenter unless said)
    due: date | None = None  # an action: by when


class Board(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: Annotated[list[BoardItem], Field(max_length=MAX_ITEMS)] = []
    shared_lists: Annotated[list[ItemKind], Field(max_length=len(ItemKind))] = []

    # ----- queries -------------------------------------------------------------------

    def get(self, item_id: str) -> BoardItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def index_of(self, item_id: str) -> int:
        return next(i for i, item in enumerate(self.items) if item.id == item_id)

    def of_kind(self, *kinds: ItemKind) -> list[BoardItem]:
        return [item for item in self.items if item.kind in kinds]

    def questions_by(self, author: str, block_id: str | None = None) -> int:
        """How many questions a member asked (in one block, if given)."""
        return sum(
            1
            for item in self.of_kind(ItemKind.QUESTION)
            if item.author == author and (block_id is None or item.block_id == block_id)
        )

    def without_advice(self, members: list[str], block_id: str | None = None) -> list[str]:
        """Members who have not given advice yet (in one block, if given), in order."""
        given = {
            item.author
            for item in self.of_kind(ItemKind.ADVICE)
            if block_id is None or item.block_id == block_id
        }
        return [m for m in members if m not in given]

    def answering_order(self) -> list[BoardItem]:
        """Questions for the answering step: warm first, then neutral, then the rest."""
        order = {Rating.WARM: 0, Rating.NEUTRAL: 1, None: 2, Rating.COLD: 3}
        return sorted(self.of_kind(ItemKind.QUESTION), key=lambda item: order[item.rating])

    def is_list_shared(self, kind: ItemKind) -> bool:
        return kind in self.shared_lists

    def visible_to_room(self, item: BoardItem) -> bool:
        return item.shared or (item.kind in LIST_SHAREABLE and self.is_list_shared(item.kind))

    # ----- reversible primitives -----------------------------------------------------

    def insert(self, index: int, item: BoardItem) -> None:
        self.items.insert(index, item)

    def add(self, item: BoardItem) -> int:
        self.items.append(item)
        return len(self.items) - 1

    def remove(self, item_id: str) -> tuple[BoardItem, int]:
        index = self.index_of(item_id)
        return self.items.pop(index), index

    def update(self, item_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields; returns their previous values (for undo)."""
        item = self.get(item_id)
        before = {name: getattr(item, name) for name in changes}
        for name, value in changes.items():
            setattr(item, name, value)
        return before

    def move(self, item_id: str, to_index: int) -> int:
        """Move an item to ``to_index`` in the whole list; returns where it was."""
        index = self.index_of(item_id)
        item = self.items.pop(index)
        self.items.insert(max(0, min(to_index, len(self.items))), item)
        return index

    def share_list(self, kind: ItemKind, shared: bool) -> bool:
        """Show or hide a whole list on the projector; returns the previous state."""
        if kind not in LIST_SHAREABLE:
            raise ValueError("free notes can only be shared one by one")
        before = kind in self.shared_lists
        if shared and not before:
            self.shared_lists.append(kind)
        elif not shared and before:
            self.shared_lists.remove(kind)
        return before
