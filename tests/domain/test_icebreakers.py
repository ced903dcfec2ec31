"""The eight icebreakers of the source's Bijlage 1."""

from __future__ import annotations

from intervisie_desktop.domain.icebreakers import Material, load_builtin_icebreakers


def _by_id():
    return {i.id: i for i in load_builtin_icebreakers()}


def test_eight_icebreakers_are_shipped() -> None:
    assert len(load_builtin_icebreakers()) == 8


def test_belangrijk_has_the_source_timings_and_grows_with_the_group() -> None:
    belangrijk = _by_id()["belangrijk"]
    assert not belangrijk.minutes_are_suggestions
    assert [s.minutes for s in belangrijk.steps[:2]] == [10, 3]
    assert belangrijk.steps[2].seconds_per_person == 30
    assert belangrijk.steps[2].in_turns
    debrief = belangrijk.steps[3].minutes or 0
    assert belangrijk.seconds_for(6) == (10 + 3 + debrief) * 60 + 6 * 30
    assert belangrijk.seconds_for(8) - belangrijk.seconds_for(4) == 4 * 30


def test_dilemma_line_has_its_dilemmas_and_needs_tape() -> None:
    line = _by_id()["dilemmalijn"]
    assert len(line.dilemmas) == 5
    assert Material.TAPE in line.materials
    assert not line.works_online


def test_happy_moment_has_its_variants() -> None:
    assert len(_by_id()["geluksmomentje"].variants) == 4


def test_map_exercise_needs_a_map_and_post_its() -> None:
    location = _by_id()["locatie"]
    assert {Material.MAP, Material.POST_ITS} <= set(location.materials)


def test_minutes_round_up_to_whole_minutes() -> None:
    voorstel = _by_id()["voorstelronde"]
    assert voorstel.minutes_for(1) * 60 >= voorstel.seconds_for(1)
