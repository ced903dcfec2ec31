"""The group's evaluation: the form, the ratings over time, when it is suggested."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from intervisie_desktop.domain.series.evaluation import (
    EVALUATION_FORM,
    Evaluation,
    EvaluationResponse,
    evaluation_suggested,
    ratings_over_time,
)
from intervisie_desktop.domain.series.model import Series

NOW = datetime(2026, 3, 10, 16, 0, tzinfo=UTC)


def _evaluation(day: date, *ratings: dict[str, int], planned: str | None = None) -> Evaluation:
    return Evaluation(
        group_id="wijkteam",
        planned_meeting_id=planned,
        day=day,
        responses=[EvaluationResponse(ratings=r) for r in ratings],
        updated=NOW,
    )


def test_the_form_asks_what_the_sources_ask() -> None:
    ids = [q.id for q in EVALUATION_FORM]
    assert ids == ["brought", "method", "safety", "roles", "change"]
    rated = {q.id for q in EVALUATION_FORM if q.rated}
    assert rated == {"brought", "method", "safety", "roles"}
    for question in EVALUATION_FORM:
        assert question.text.nl.endswith("?") and question.text.en.endswith("?")
        if question.rated:
            assert question.low is not None and question.high is not None


def test_ratings_are_one_to_five() -> None:
    for wrong in (0, 6):
        with pytest.raises(ValidationError):
            EvaluationResponse(ratings={"safety": wrong})


def test_the_groups_ratings_across_meetings_one_line_per_question() -> None:
    later = _evaluation(date(2026, 5, 5), {"brought": 5, "safety": 4}, {"brought": 4})
    first = _evaluation(date(2026, 3, 10), {"brought": 3, "safety": 2}, {"brought": 4, "safety": 3})
    lines = {line.question.id: line for line in ratings_over_time([later, first])}
    assert list(lines) == ["brought", "method", "safety", "roles"]
    brought = lines["brought"].points
    assert [(p.day, p.mean, p.count) for p in brought] == [
        (date(2026, 3, 10), 3.5, 2),
        (date(2026, 5, 5), 4.5, 2),
    ]
    assert [(p.mean, p.count) for p in lines["safety"].points] == [(2.5, 2), (4.0, 1)]
    assert lines["method"].points == ()  # nobody rated it: no point, not a zero


def test_comments_leave_out_empty_answers() -> None:
    evaluation = Evaluation(
        group_id="wijkteam",
        day=date(2026, 3, 10),
        responses=[
            EvaluationResponse(comments={"change": "Meer tijd voor de adviesronde"}),
            EvaluationResponse(respondent="Bram", comments={"change": "  "}),
        ],
        updated=NOW,
    )
    assert evaluation.comments_for("change") == ["Meer tijd voor de adviesronde"]


def test_suggested_after_the_first_and_the_third_meeting(series: Series) -> None:
    suggested = [evaluation_suggested(series, m.id, []) for m in series.meetings]
    assert suggested == [True, False, True, False, False, False]
    first = series.meetings[0]
    done = [_evaluation(first.day, {"brought": 4}, planned=first.id)]
    assert not evaluation_suggested(series, first.id, done)
