"""The pattern tables: every cue matches its own example, and every hint names a
rule and steps that exist in the method library."""

from __future__ import annotations

import re

import pytest

from intervisie_desktop.domain.coach import OWN_RULES, Coach, HintCode
from intervisie_desktop.domain.coach.cues import Cue, Scope
from intervisie_desktop.domain.coach.dutch import DUTCH
from intervisie_desktop.domain.coach.english import ENGLISH
from intervisie_desktop.domain.methods import MethodLibrary

CUES = [*DUTCH.cues, *ENGLISH.cues]


@pytest.mark.parametrize("cue", CUES, ids=lambda c: f"{c.code.value}:{c.example}")
def test_each_cue_matches_its_example(cue: Cue) -> None:
    pattern = re.compile(cue.pattern)
    example = cue.example.lower()
    if cue.scope in (Scope.OPENING, Scope.SUBJECT):
        assert pattern.match(example), cue.pattern
    else:
        assert pattern.search(example), cue.pattern


def test_every_hint_has_patterns_in_both_languages() -> None:
    for language in (DUTCH, ENGLISH):
        assert {c.code for c in language.cues} == set(HintCode), language.language


def test_each_hint_comes_from_a_real_rule_and_real_steps(
    coach: Coach, library: MethodLibrary
) -> None:
    common = {r.id: r for r in library.common_rules}
    own = {r.id for r in OWN_RULES}
    assert not own & set(common)
    steps = {f"{m.id}.{s.id}" for m in library.methods for s in m.steps}
    for code, hint in coach.hints.items():
        assert hint.code is code
        assert hint.rule.id in own or hint.rule == common[hint.rule.id]
        assert set(hint.steps) <= steps, code
    assert coach.hints[HintCode.WHY_QUESTION].rule.id == "no-why"
    assert coach.hints[HintCode.SUGGESTIVE_QUESTION].rule.id == "no-suggestive"


def test_a_library_without_the_common_rule_is_refused() -> None:
    with pytest.raises(KeyError):
        Coach([])
