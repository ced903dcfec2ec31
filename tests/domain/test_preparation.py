"""Icebreaker filters and picking, and rotation suggestions."""

from __future__ import annotations

import random
from datetime import datetime

from intervisie_desktop.domain.icebreaker_picker import (
    IcebreakerFilter,
    Picker,
    default_choice,
    left_out_by_setting,
    matching,
)
from intervisie_desktop.domain.icebreakers import Material, load_builtin_icebreakers
from intervisie_desktop.domain.online.presence import Setting
from intervisie_desktop.domain.rotation import (
    PastRoles,
    case_suggestions,
    facilitator_suggestions,
    first_in_line,
)

ICEBREAKERS = load_builtin_icebreakers()


def _ids(criteria: IcebreakerFilter) -> set[str]:
    return {i.id for i in matching(ICEBREAKERS, criteria)}


def test_online_leaves_out_the_tape_walk_and_map() -> None:
    online = _ids(IcebreakerFilter(setting=Setting.ONLINE))
    assert {"dilemmalijn", "wandelen", "locatie"}.isdisjoint(online)
    assert "voorwerp" in online
    assert {"dilemmalijn", "wandelen", "locatie"} <= _ids(IcebreakerFilter())


def test_a_hybrid_meeting_gets_only_icebreakers_that_work_in_both_places() -> None:
    hybrid = _ids(IcebreakerFilter(setting=Setting.HYBRID))
    assert hybrid == _ids(IcebreakerFilter()) & _ids(IcebreakerFilter(setting=Setting.ONLINE))
    assert {"dilemmalijn", "wandelen", "locatie"}.isdisjoint(hybrid)


def test_the_icebreakers_left_out_for_a_call_are_named_and_only_those() -> None:
    for setting in (Setting.ONLINE, Setting.HYBRID):
        criteria = IcebreakerFilter(setting=setting, new_group=True)
        left_out = {i.id for i in left_out_by_setting(ICEBREAKERS, criteria)}
        assert left_out == {"dilemmalijn", "wandelen", "locatie"}
    assert left_out_by_setting(ICEBREAKERS, IcebreakerFilter()) == []
    # one left out for want of tape is not blamed on the call
    no_tape = IcebreakerFilter(setting=Setting.ONLINE, materials_at_hand=frozenset())
    assert "dilemmalijn" not in {i.id for i in left_out_by_setting(ICEBREAKERS, no_tape)}


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
    candidates = matching(ICEBREAKERS, IcebreakerFilter(setting=Setting.ONLINE))
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


def test_in_a_new_group_every_member_qualifies_and_all_are_shown() -> None:
    members = ["Anna", "Bram", "Chris", "Dewi", "Eva", "Fatima"]
    assert [s.member for s in first_in_line(case_suggestions(members, []), 2)] == members
    history = [PastRoles(datetime(2026, 9, 1), ("Anna",), "Bram")]
    waiting = first_in_line(case_suggestions(members, history), 2)
    assert [s.member for s in waiting] == ["Bram", "Chris", "Dewi", "Eva", "Fatima"]
    everyone_once = [
        PastRoles(datetime(2026, 9, day), (name,), None) for day, name in enumerate(members, 1)
    ]
    assert [s.member for s in first_in_line(case_suggestions(members, everyone_once), 2)] == [
        "Anna",
        "Bram",
    ]


def test_the_picker_shows_first_what_the_group_did_not_do_last_time() -> None:
    candidates = matching(ICEBREAKERS, IcebreakerFilter(new_group=True))
    first = candidates[0]
    shown = default_choice(candidates, [first.id])
    assert shown is not None and shown.id != first.id
    assert default_choice(candidates, []) == first
    assert default_choice([], []) is None


def test_pick_for_me_always_picks_another_than_the_one_shown() -> None:
    picker = Picker(random.Random(1))
    candidates = matching(ICEBREAKERS, IcebreakerFilter())
    for shown in candidates:
        for _ in range(10):
            picked = picker.pick(candidates, [], shown=shown.id)
            assert picked is not None and picked.id != shown.id
    alone = candidates[:1]
    assert picker.pick(alone, [], shown=alone[0].id) == alone[0]  # the only one stays
