"""Choosing an icebreaker: filters, and "pick one for me" that avoids recent ones.

The meeting's setting filters too: in a video call only icebreakers that work on a
screen (no taped line to stand on, no walk in pairs, no map on the wall); in a
hybrid meeting only those that work in both places.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from intervisie_desktop.domain.icebreakers import Icebreaker, Material
from intervisie_desktop.domain.online.presence import Setting


@dataclass(frozen=True)
class IcebreakerFilter:
    minutes_available: int | None = None
    people: int = 6
    new_group: bool | None = None  # None: either
    setting: Setting = Setting.ROOM
    materials_at_hand: frozenset[Material] | None = None  # None: don't filter on materials

    def accepts(self, icebreaker: Icebreaker) -> bool:
        if self.minutes_available is not None and (
            icebreaker.minutes_for(self.people) > self.minutes_available
        ):
            return False
        if self.new_group is True and not icebreaker.suits_new_group:
            return False
        if self.new_group is False and not icebreaker.suits_existing_group:
            return False
        if not works_in(icebreaker, self.setting):
            return False
        return self.materials_at_hand is None or set(icebreaker.materials) <= self.materials_at_hand


def works_in(icebreaker: Icebreaker, setting: Setting) -> bool:
    """Whether the icebreaker can be done where the people are."""
    in_call = icebreaker.works_online or setting is Setting.ROOM
    in_room = icebreaker.works_in_person or setting is Setting.ONLINE
    return in_call and in_room


def matching(icebreakers: list[Icebreaker], criteria: IcebreakerFilter) -> list[Icebreaker]:
    return [i for i in icebreakers if criteria.accepts(i)]


def left_out_by_setting(
    icebreakers: list[Icebreaker], criteria: IcebreakerFilter
) -> list[Icebreaker]:
    """Those that would fit in the room but not where the people are (the picker names
    them, so the facilitator knows why a familiar one is missing)."""
    in_room = replace(criteria, setting=Setting.ROOM)
    return [i for i in icebreakers if in_room.accepts(i) and not criteria.accepts(i)]


def default_choice(candidates: list[Icebreaker], recent_ids: list[str]) -> Icebreaker | None:
    """What the picker shows first: the first that the group did not do lately (never
    simply last time's icebreaker because it heads the list)."""
    fresh = [i for i in candidates if i.id not in recent_ids]
    return next(iter(fresh or candidates), None)


@dataclass
class Picker:
    """Random choice among those that fit, preferring what the group did not do lately."""

    rng: random.Random = field(default_factory=random.Random)

    def pick(
        self, candidates: list[Icebreaker], recent_ids: list[str], shown: str | None = None
    ) -> Icebreaker | None:
        """A random one that fits; never the one ``shown`` (when there is another), and
        preferably none the group did lately."""
        others = [i for i in candidates if i.id != shown] or candidates
        if not others:
            return None
        fresh = [i for i in others if i.id not in recent_ids]
        return self.rng.choice(fresh or others)
