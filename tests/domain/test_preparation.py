"""Icebreaker filters and picking, and rotation suggestions."""

from __future__ import annotations

import random
from datetime import datetime

from intervisie_desktop.domain.icebreaker_picker import IcebreakerFilter, Picker, matching
from intervisie_desktop.domain.icebreakers import Material, load_builtin_icebreakers
from intervisie_desktop.domain.rotation import (
    PastRoles,
    case_suggestions,
    facilitator_suggestions,
)

ICEBREAKERS = load_builtin_icebreakers()


def _ids(criteria: IcebreakerFilter) -> set[str]:
    return {i.id for i in matching(ICEBREAKERS, criteria)}


def test_online_leaves_out_the_tape_walk_and_map() -> None:
    online = _ids(IcebreakerFilter(online=True))
    assert {"dilemmalijn", "wandelen", "locatie"}.isdisjoint(online)
    assert "voorwerp" in online


def test_time_available_depends_on_the_group_size() -> None:
    belangrijk = next(i for i in ICEBREAKERS if i.id == "belangrijk")
    small = belangrijk.minutes_for(4)
    assert "belangrijk" in _ids(IcebreakerFilter(minutes_available=small, people=4))
    assert "belangrijk" not in _ids(IcebreakerFilter(minutes_available=small, people=8))


def test_materials_at_hand() -> None:
    nothing = _ids(IcebreakerFilter(materials_at_hand=frozenset()))
    assert "dilemmalijn" not in nothing and "geweldig" in nothing
    tape = _ids(IcebreakerFilter(materials_at_hand=frozenset({Material.TAPE})))
    assert "dilemmalijn" in tape


def test_existing_group_skips_pure_introductions() -> None:
    assert "voorstelronde" not in _ids(IcebreakerFilter(new_group=False))
    assert "voorstelronde" in _ids(IcebreakerFilter(new_group=True))


def test_pick_for_me_avoids_what_the_group_did_recently() -> None:
    picker = Picker(random.Random(3))
    candidates = matching(ICEBREAKERS, IcebreakerFilter(online=True))
    recent = [i.id for i in candidates[:-1]]
    for _ in range(20):
        assert picker.pick(candidates, recent).id == candidates[-1].id  # type: ignore[union-attr]
    assert picker.pick([], []) is None
    everything = [i.id for i in candidates]
    assert picker.pick(candidates, everything) in candidates  # all recent: still a choice


def test_rotation_suggests_who_has_waited_longest() -> None:
    members = ["Anna", "Bram", "Chris", "Dewi"]
    history = [
        PastRoles(datetime(2026, 9, 1), ("Anna",), "Bram"),
        PastRoles(datetime(2026, 10, 1), ("Chris", "Bram"), "Bram"),
        PastRoles(datetime(2026, 11, 1), ("Anna",), "Chris"),
    ]
    cases = [s.member for s in case_suggestions(members, history)]
    assert cases == ["Dewi", "Bram", "Chris", "Anna"]
    facilitators = facilitator_suggestions(members, history)
    assert [s.member for s in facilitators] == ["Anna", "Dewi", "Bram", "Chris"]
    assert facilitators[0].last_time is None
