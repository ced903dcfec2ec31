"""The pre-talk: the checklist per method, answers, and what they tell the chooser."""

from __future__ import annotations

from datetime import UTC, datetime

from intervisie_desktop.domain.methods import CaseFact, CaseType, MethodLibrary
from intervisie_desktop.domain.recommend import Answers, Familiarity, Reason, recommend
from intervisie_desktop.domain.series.pretalk import (
    ChecklistItem,
    PretalkAnswer,
    PretalkRecord,
    answer_point,
    checklist,
    chooser_answers,
    facts,
)

NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _answer(
    record: PretalkRecord, items: list[ChecklistItem], point_id: str, answer: PretalkAnswer
) -> PretalkRecord:
    item = next(i for i in items if i.point.id == point_id)
    return answer_point(record, item, answer, NOW)


def _best(library: MethodLibrary, answers: Answers) -> str:
    return recommend(library.methods, answers)[0].method.id


def test_the_checklist_is_the_common_points_then_the_methods_own(
    library: MethodLibrary,
) -> None:
    incident = library.get("incident")
    items = checklist(library, incident)
    common = [p.id for p in library.common_pretalk]
    assert [i.point.id for i in items[: len(common)]] == common
    assert [i.method_id for i in items[: len(common)]] == [None] * len(common)
    assert [i.point.id for i in items[len(common) :]] == [p.id for p in incident.pretalk]
    assert {i.method_id for i in items[len(common) :]} == {"incident"}
    assert all(i.answer is None for i in items)


def test_answers_are_kept_and_can_be_taken_back(library: MethodLibrary) -> None:
    record = PretalkRecord(planned_meeting_id="p1", updated=NOW)
    items = checklist(library, library.get("incident"))
    record = _answer(record, items, "one-event", PretalkAnswer.YES)
    record = _answer(record, items, "one-event", PretalkAnswer.NO)
    again = checklist(library, library.get("incident"), record)
    one_event = next(i for i in again if i.point.id == "one-event")
    assert one_event.answer is PretalkAnswer.NO and one_event.needs_attention
    assert one_event.point.if_no is not None  # what to do instead
    cleared = answer_point(record, one_event, None, NOW)
    assert cleared.answers == []


def test_one_concrete_incident_raises_the_incident_method(library: MethodLibrary) -> None:
    base = Answers(familiarity=Familiarity.ACQUAINTED)
    assert _best(library, base) != "incident"
    record = PretalkRecord(updated=NOW)
    items = checklist(library, library.get("incident"))
    record = _answer(record, items, "one-event", PretalkAnswer.YES)
    assert facts(record) == {CaseFact.CONCRETE_INCIDENT: True}
    assert _best(library, chooser_answers(record, base)) == "incident"


def test_a_group_that_is_not_safe_enough_moves_roddel_down(library: MethodLibrary) -> None:
    trusted = Answers(CaseType.OWN_PART, familiarity=Familiarity.TRUSTED)
    assert _best(library, trusted) == "roddel"
    record = PretalkRecord(updated=NOW)
    items = checklist(library, library.get("roddel"))
    record = _answer(record, items, "group-safe", PretalkAnswer.NO)
    ranked = recommend(library.methods, chooser_answers(record, trusted))
    assert ranked[0].method.id != "roddel"
    roddel = next(r for r in ranked if r.method.id == "roddel")
    assert Reason.PRETALK_ADVISES_AGAINST in roddel.reasons


def test_what_was_found_still_counts_after_switching_method(library: MethodLibrary) -> None:
    record = PretalkRecord(updated=NOW)
    record = _answer(
        record, checklist(library, library.get("roddel")), "group-safe", PretalkAnswer.NO
    )
    balint_items = checklist(library, library.get("balint"), record)
    # balint's own group-safe point is a different point: not answered yet
    assert next(i for i in balint_items if i.point.id == "group-safe").answer is None
    assert facts(record) == {CaseFact.GROUP_SAFE: False}  # but the finding stays


def test_a_no_outweighs_a_yes_for_the_same_fact_and_unsure_tells_nothing(
    library: MethodLibrary,
) -> None:
    record = PretalkRecord(updated=NOW)
    items = checklist(library, library.get("roddel"))
    record = _answer(record, items, "know-each-other", PretalkAnswer.YES)
    record = _answer(record, items, "group-safe", PretalkAnswer.NO)
    record = _answer(record, items, "own-part", PretalkAnswer.UNSURE)
    assert facts(record) == {CaseFact.GROUP_SAFE: False}
