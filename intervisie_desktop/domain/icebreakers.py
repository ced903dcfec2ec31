"""The icebreaker library (kennismakingsoefeningen) as validated data.

An icebreaker has timed steps.  A step lasts a fixed number of minutes, or a
number of seconds per person (e.g. "Belangrijk": 30 seconds each), so its
length depends on who is present.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Self

from pydantic import Field, model_validator

from intervisie_desktop.domain.bounds import MAX_LIST, MAX_STEPS, MAX_TURN_SECONDS, Minutes
from intervisie_desktop.domain.definitions import load_definition_folder, require_unique_ids
from intervisie_desktop.domain.online.wording import OnlineWording
from intervisie_desktop.domain.text import Definition, LocalizedText, Slug
from intervisie_desktop.resources import resource_path


class Material(StrEnum):
    TAPE = "tape"
    FLIP_CHART = "flip_chart"
    POST_ITS = "post_its"
    MAP = "map"
    PEN_AND_PAPER = "pen_and_paper"
    PERSONAL_OBJECT = "personal_object"


class IcebreakerStep(Definition):
    title: LocalizedText
    instruction: LocalizedText
    minutes: Minutes | None = None
    seconds_per_person: Annotated[int, Field(gt=0, le=MAX_TURN_SECONDS)] | None = None
    in_turns: bool = False
    online: OnlineWording | None = None  # e.g. breakout rooms instead of pairs in the room

    @model_validator(mode="after")
    def _one_duration(self) -> Self:
        if (self.minutes is None) == (self.seconds_per_person is None):
            raise ValueError("give either minutes or seconds_per_person, not both or neither")
        if self.seconds_per_person is not None and not self.in_turns:
            raise ValueError("a step timed per person must run in turns")
        if self.online and (self.online.listener_note or self.online.rules is not None):
            raise ValueError("an icebreaker step words only its instruction for a call")
        return self

    def seconds_for(self, people: int) -> int:
        if self.minutes is not None:
            return self.minutes * 60
        assert self.seconds_per_person is not None
        return self.seconds_per_person * people


class Icebreaker(Definition):
    id: Slug
    name: LocalizedText
    summary: LocalizedText
    instructions: LocalizedText
    steps: Annotated[list[IcebreakerStep], Field(min_length=1, max_length=MAX_STEPS)]
    minutes_are_suggestions: bool = True  # the source gives timings for few exercises
    materials: Annotated[list[Material], Field(max_length=len(Material))] = []
    suits_new_group: bool
    suits_existing_group: bool = True
    works_online: bool
    works_in_person: bool = True
    dilemmas: Annotated[list[LocalizedText], Field(max_length=MAX_LIST)] = []
    variants: Annotated[list[LocalizedText], Field(max_length=MAX_LIST)] = []

    def seconds_for(self, people: int) -> int:
        """Planned length with ``people`` taking part."""
        return sum(step.seconds_for(people) for step in self.steps)

    def minutes_for(self, people: int) -> int:
        """Planned length rounded up to whole minutes."""
        return -(-self.seconds_for(people) // 60)


def load_icebreakers(folder: Path | None = None) -> list[Icebreaker]:
    """Every icebreaker in ``folder`` (default: the built-ins), sorted by file name."""
    folder = folder or resource_path("icebreakers")
    icebreakers = load_definition_folder(Icebreaker, folder)
    require_unique_ids([i.id for i in icebreakers], "icebreaker", folder.name)
    return icebreakers


def load_builtin_icebreakers() -> list[Icebreaker]:
    """The eight built-in icebreakers."""
    return load_icebreakers()
