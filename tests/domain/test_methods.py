"""The built-in method library: facts from the source texts, and validation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from intervisie_desktop.domain.definitions import DefinitionError
from intervisie_desktop.domain.methods import (
    CaptureKind,
    CaseFact,
    Method,
    MethodLibrary,
    Role,
    TurnTaking,
    load_builtin_methods,
    load_method_library,
)
from intervisie_desktop.resources import resource_path

# (steps, minutes per step) exactly as the source tables give them.
SOURCE_TABLES = {
    "tienstappen": [5, 10, 10, 15, 10, 10, 10, 10, 10, 10],
    "vijfstappen": [5, 10, 15, 15, 5],
    "roddel": [5, 10, 15, 10, 5],
    "incident": [5, 15, 10, 10, 5, 5],
    "intercollegiale-bevraging": [5, 10, 15, 5, 10],
}


def test_all_seven_methods_are_shipped() -> None:
    ids = {m.id for m in load_builtin_methods()}
    assert ids == set(SOURCE_TABLES) | {"socratisch", "balint"}


@pytest.mark.parametrize(("method_id", "minutes"), SOURCE_TABLES.items())
def test_steps_and_minutes_match_the_source(
    library: MethodLibrary, method_id: str, minutes: list[int]
) -> None:
    method = library.get(method_id)
    assert [s.minutes for s in method.steps] == minutes
    assert method.total_minutes == sum(minutes)
    assert not method.minutes_are_suggestions


def test_totals_from_design_table(library: MethodLibrary) -> None:
    totals = {m.id: (m.total_minutes, len(m.steps)) for m in library.methods}
    assert totals["tienstappen"] == (100, 10)
    assert totals["vijfstappen"] == (50, 5)
    assert totals["roddel"] == (45, 5)
    assert totals["incident"] == (50, 6)
    assert totals["intercollegiale-bevraging"] == (45, 5)


@pytest.mark.parametrize("method_id", ["socratisch", "balint"])
def test_methods_without_source_minutes_are_marked_as_suggestions(
    library: MethodLibrary, method_id: str
) -> None:
    assert library.get(method_id).minutes_are_suggestions


def test_roddel_case_presenter_listens_silently_with_back_to_group(
    library: MethodLibrary,
) -> None:
    gossip = library.get("roddel").steps[2]
    assert Role.CASE_PRESENTER in gossip.listeners
    assert Role.CASE_PRESENTER not in gossip.speakers
    assert gossip.listener_note is not None
    assert CaptureKind.SHARED_ADVICE in gossip.capture


def test_roddel_adds_its_own_rule_to_the_common_ones(library: MethodLibrary) -> None:
    roddel = library.get("roddel")
    rules = library.rules_for(roddel)
    assert [r.id for r in rules[: len(library.common_rules)]] == [
        r.id for r in library.common_rules
    ]
    assert len(rules) > len(library.common_rules)


def test_incident_analysis_case_presenter_only_listens(library: MethodLibrary) -> None:
    analysis = library.get("incident").steps[2]
    assert analysis.listeners == [Role.CASE_PRESENTER]
    advice = library.get("incident").steps[3]
    assert advice.turns is TurnTaking.MEMBERS
    assert CaptureKind.ADVICE in advice.capture


def test_ten_steps_captures_follow_the_method(library: MethodLibrary) -> None:
    steps = library.get("tienstappen").steps
    assert steps[1].max_questions_per_member == 3
    assert CaptureKind.QUESTIONS in steps[1].capture
    assert CaptureKind.QUESTION_RATINGS in steps[2].capture
    assert CaptureKind.QUESTION_ANSWERS in steps[3].capture
    assert CaptureKind.PROBLEM_DEFINITIONS in steps[5].capture
    assert CaptureKind.DEFINITION_RATINGS in steps[6].capture
    assert CaptureKind.REDEFINITION in steps[7].capture
    assert steps[9].protected


def test_every_method_has_both_languages_everywhere(library: MethodLibrary) -> None:
    for method in library.methods:
        for step in method.steps:
            for text in (step.title, step.instruction, step.guidance):
                assert text.nl.strip() and text.en.strip()
                assert text.nl != text.en or len(text.nl) < 4


def _copy_library(tmp_path: Path) -> Path:
    folder = tmp_path / "methods"
    shutil.copytree(resource_path("methods"), folder)
    return folder


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["steps"][2].update(minutes=0), "steps[2].minutes"),
        (lambda d: d["steps"][1].update(capture=["telepathy"]), "steps[1].capture[0]"),
        (lambda d: d["steps"][0]["title"].pop("en"), "steps[0].title.en"),
        (lambda d: d["steps"][0]["instruction"].update(nl="  "), "steps[0].instruction.nl"),
        (lambda d: d["steps"][1].update(id=d["steps"][0]["id"]), "step ids must be unique"),
        (lambda d: d.update(colour="red"), "colour"),
        (lambda d: d["pretalk"][0].update(fact="astrology"), "pretalk[0].fact"),
        (lambda d: d["pretalk"][1].update(id=d["pretalk"][0]["id"]), "pre-talk point ids"),
        (lambda d: d["pretalk"][0]["question"].pop("nl"), "pretalk[0].question.nl"),
    ],
)
def test_bad_definition_is_reported_by_file_and_field(
    tmp_path: Path,
    change,
    expected: str,
) -> None:
    folder = _copy_library(tmp_path)
    target = folder / "04-roddel.json"
    _edit(target, change)
    with pytest.raises(DefinitionError) as caught:
        load_method_library(folder)
    assert caught.value.source == "04-roddel.json"
    assert expected in str(caught.value)


def test_duplicate_method_ids_are_refused(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    shutil.copy(folder / "04-roddel.json", folder / "99-copy.json")
    with pytest.raises(DefinitionError, match="roddel"):
        load_method_library(folder)


def test_broken_json_is_reported_in_plain_words(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    (folder / "04-roddel.json").write_text('{"id": "roddel",', encoding="utf-8")
    with pytest.raises(DefinitionError, match=r"04-roddel\.json: not valid JSON"):
        load_method_library(folder)


# The preparation notes of the sources (002: "Voorbereiding"/"voorbespreking" per method).
PRETALK_FACTS = {
    "tienstappen": {CaseFact.DEEP_QUESTION, CaseFact.OPEN_TO_REFLECTION},
    "vijfstappen": {CaseFact.OPEN_TO_REFLECTION, CaseFact.PRACTICAL_QUESTION},
    "incident": {CaseFact.CONCRETE_INCIDENT, CaseFact.STRONG_EMOTION},
    "roddel": {CaseFact.GROUP_SAFE, CaseFact.OWN_PART, CaseFact.OPEN_TO_REFLECTION},
    "intercollegiale-bevraging": {CaseFact.PRACTICAL_QUESTION},
    "socratisch": {CaseFact.OPEN_TO_REFLECTION, CaseFact.DEEP_QUESTION},
    "balint": {CaseFact.STRONG_EMOTION, CaseFact.OPEN_TO_REFLECTION, CaseFact.GROUP_SAFE},
}


@pytest.mark.parametrize(("method_id", "needed"), PRETALK_FACTS.items())
def test_each_method_has_its_pre_talk_points(
    library: MethodLibrary, method_id: str, needed: set[CaseFact]
) -> None:
    method = library.get(method_id)
    assert {p.fact for p in method.pretalk if p.fact is not None} == needed
    for point in method.pretalk:
        assert point.question.nl.endswith("?") or "?" in point.question.nl
        assert point.question.en != point.question.nl


def test_roddel_asks_whether_the_group_is_safe_or_else_another_method(
    library: MethodLibrary,
) -> None:
    safe = next(p for p in library.get("roddel").pretalk if p.fact is CaseFact.GROUP_SAFE)
    assert safe.if_no is not None
    assert "andere werkvorm" in safe.if_no.nl and "another method" in safe.if_no.en


def test_the_incident_must_be_one_event_at_one_time_and_place(library: MethodLibrary) -> None:
    one = next(p for p in library.get("incident").pretalk if p.fact is CaseFact.CONCRETE_INCIDENT)
    assert "één concrete gebeurtenis" in one.question.nl
    assert "moment" in one.question.nl and "plek" in one.question.nl


def test_common_pre_talk_points_come_first_and_a_method_can_replace_one(
    library: MethodLibrary,
) -> None:
    assert [p.id for p in library.common_pretalk][:2] == ["case-shared", "case-in-two-sentences"]
    own = library.get("incident").model_copy(
        update={
            "id": "eigen-incident",
            "pretalk": [library.common_pretalk[0].model_copy(update={"fact": CaseFact.OWN_PART})],
        }
    )
    custom = library.with_custom([own])
    points = custom.pretalk_for(custom.get("eigen-incident"))
    assert [p.id for p in points].count("case-shared") == 1
    assert points[-1].fact is CaseFact.OWN_PART
    assert custom.common_pretalk == library.common_pretalk


def test_a_custom_method_without_pre_talk_points_is_still_valid(library: MethodLibrary) -> None:
    data = library.get("vijfstappen").model_dump(mode="json")
    del data["pretalk"]
    data["id"] = "eigen"
    method = Method.model_validate(data)
    assert method.pretalk == []
    assert library.with_custom([method]).pretalk_for(method) == library.common_pretalk
