"""The group's evaluation: a short form, the answers per meeting, ratings over time.

The source texts ask the facilitator to check in with the group after the
first meeting or after about three: what did it bring, how did the method
work, is the group safe, what should change. The answers are typed in the
meeting (by the scribe) or entered later from paper, kept per group and
privately. The ratings (1-5) become one line per question for a small chart.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from statistics import fmean
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.text import Definition, LocalizedText, Slug

RATING_MIN, RATING_MAX = 1, 5
SUGGEST_AFTER = (1, 3)  # the meetings of a series after which the app suggests one
Rating = Annotated[int, Field(ge=RATING_MIN, le=RATING_MAX)]


class EvaluationQuestion(Definition):
    id: Slug
    text: LocalizedText
    rated: bool  # answered with 1-5 (a comment can go with any question)
    low: LocalizedText | None = None  # what 1 means
    high: LocalizedText | None = None  # what 5 means


def _t(nl: str, en: str) -> LocalizedText:
    return LocalizedText(nl=nl, en=en)


_LITTLE, _MUCH = _t("weinig", "little"), _t("veel", "a lot")
_POOR, _GOOD = _t("slecht", "poorly"), _t("goed", "well")

EVALUATION_FORM: tuple[EvaluationQuestion, ...] = (
    EvaluationQuestion(
        id="brought",
        text=_t("Wat heeft deze bijeenkomst je opgeleverd?", "What did this meeting bring you?"),
        rated=True,
        low=_LITTLE,
        high=_MUCH,
    ),
    EvaluationQuestion(
        id="method",
        text=_t("Hoe werkte de werkvorm voor jou?", "How did the method work for you?"),
        rated=True,
        low=_POOR,
        high=_GOOD,
    ),
    EvaluationQuestion(
        id="safety",
        text=_t(
            "Hoe veilig voelde je je in de groep om open te zijn?",
            "How safe did you feel in the group to be open?",
        ),
        rated=True,
        low=_t("onveilig", "unsafe"),
        high=_t("veilig", "safe"),
    ),
    EvaluationQuestion(
        id="roles",
        text=_t(
            "Hoe gingen we met onze rollen om: vragen stellen, luisteren, de tijd bewaken?",
            "How did we handle our roles: asking, listening, keeping time?",
        ),
        rated=True,
        low=_POOR,
        high=_GOOD,
    ),
    EvaluationQuestion(
        id="change",
        text=_t(
            "Wat zou je een volgende keer anders willen?",
            "What would you like to be different next time?",
        ),
        rated=False,
    ),
)


class EvaluationResponse(BaseModel):
    """One participant's answers (the name may stay empty: anonymous)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    respondent: str = ""
    ratings: dict[Slug, Rating] = {}
    comments: dict[Slug, str] = {}


def new_evaluation_id() -> str:
    return uuid.uuid4().hex[:12]


class Evaluation(BaseModel):
    """The group's evaluation of one meeting."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(default_factory=new_evaluation_id)
    group_id: str
    series_id: str | None = None
    planned_meeting_id: str | None = None
    held_meeting_id: str | None = None
    day: date  # the meeting it is about
    responses: list[EvaluationResponse] = []
    updated: datetime

    def ratings_for(self, question_id: str) -> list[int]:
        return [r.ratings[question_id] for r in self.responses if question_id in r.ratings]

    def comments_for(self, question_id: str) -> list[str]:
        return [text for r in self.responses if (text := r.comments.get(question_id, "").strip())]


@dataclass(frozen=True)
class RatingPoint:
    day: date
    evaluation_id: str
    mean: float
    count: int  # how many gave a rating


@dataclass(frozen=True)
class RatingLine:
    """One rated question across the group's meetings: a line in the chart."""

    question: EvaluationQuestion
    points: tuple[RatingPoint, ...]


def ratings_over_time(
    evaluations: Iterable[Evaluation], form: Iterable[EvaluationQuestion] = EVALUATION_FORM
) -> list[RatingLine]:
    """Per rated question, the group's average per evaluation, oldest first; an
    evaluation where nobody rated that question leaves no point."""
    ordered = sorted(evaluations, key=lambda e: (e.day, e.updated))
    lines = []
    for question in form:
        if not question.rated:
            continue
        points = []
        for evaluation in ordered:
            ratings = evaluation.ratings_for(question.id)
            if ratings:
                mean = fmean(ratings)
                points.append(RatingPoint(evaluation.day, evaluation.id, mean, len(ratings)))
        lines.append(RatingLine(question, tuple(points)))
    return lines


def evaluation_suggested(
    series: Series, planned_meeting_id: str, evaluations: Iterable[Evaluation]
) -> bool:
    """After the first and the third meeting of a series, unless it has been done."""
    if series.number_of(planned_meeting_id) not in SUGGEST_AFTER:
        return False
    return not any(e.planned_meeting_id == planned_meeting_id for e in evaluations)
