"""A step's texts for a video call: only what differs from the room's wording.

In a room the case presenter turns their back and members write on sticky notes;
in a call the case presenter turns their camera off and members type a private
note. A method or icebreaker step may carry such a wording; the wall shows it when
people join by video (see ``variants.py``).
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import Field, model_validator

from intervisie_desktop.domain.bounds import MAX_LIST
from intervisie_desktop.domain.text import Definition, LocalizedText


class OnlineWording(Definition):
    """What a step says differently in a call; whatever is left out stays as in the room.

    ``rules``, when given, replace the step's own rules in a call (give them all).
    """

    instruction: LocalizedText | None = None
    listener_note: LocalizedText | None = None
    rules: Annotated[list[LocalizedText], Field(max_length=MAX_LIST)] | None = None

    @model_validator(mode="after")
    def _says_something(self) -> Self:
        if self.instruction is None and self.listener_note is None and self.rules is None:
            raise ValueError("an online wording gives at least an instruction, a note or rules")
        return self


__all__ = ["OnlineWording"]
