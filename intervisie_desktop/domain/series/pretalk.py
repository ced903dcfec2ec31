"""The pre-talk with the case presenter (voorbespreking) and what it tells the chooser.

Before the meeting the facilitator goes through a short checklist with the case
presenter: the common points and the chosen method's own (``Method.pretalk``),
each answered yes, no or not sure, with a private note. The record belongs to
one planned meeting (or to none, for a meeting outside a series) and is kept
privately; nothing of it reaches a calendar, an invitation or a handout.

Answers keep the fact their point stood for, so what was found out (e.g. "the
group is not safe enough" while checking the roddel method) still counts after
the facilitator switched to another method.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.domain.methods import CaseFact, Method, MethodLibrary, PretalkPoint
from intervisie_desktop.domain.recommend import Answers
from intervisie_desktop.domain.text import Slug


class PretalkAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class PointAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    method_id: str | None  # None: one of the common points
    point_id: Slug
    answer: PretalkAnswer
    fact: CaseFact | None = None  # the point's fact when it was answered


def new_pretalk_id() -> str:
    return uuid.uuid4().hex[:12]


class PretalkRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(default_factory=new_pretalk_id)
    group_id: str | None = None
    series_id: str | None = None
    planned_meeting_id: str | None = None
    case_presenter: str | None = None
    method_id: str | None = None  # the method the checklist was last gone through for
    answers: list[PointAnswer] = []
    note: str = ""  # the facilitator's private note
    updated: datetime

    def answer_to(self, method_id: str | None, point_id: str) -> PretalkAnswer | None:
        for entry in self.answers:
            if entry.method_id == method_id and entry.point_id == point_id:
                return entry.answer
        return None


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the checklist as the UI shows it."""

    point: PretalkPoint
    method_id: str | None  # None: a common point
    answer: PretalkAnswer | None

    @property
    def needs_attention(self) -> bool:
        """Answered no: show what to do (``point.if_no``)."""
        return self.answer is PretalkAnswer.NO


def _owner(method: Method, point: PretalkPoint) -> str | None:
    return method.id if any(own.id == point.id for own in method.pretalk) else None


def checklist(
    library: MethodLibrary, method: Method, record: PretalkRecord | None = None
) -> list[ChecklistItem]:
    """The common points and the method's own, with the answers given so far."""
    items = []
    for point in library.pretalk_for(method):
        owner = _owner(method, point)
        answer = record.answer_to(owner, point.id) if record is not None else None
        items.append(ChecklistItem(point, owner, answer))
    return items


def answer_point(
    record: PretalkRecord, item: ChecklistItem, answer: PretalkAnswer | None, now: datetime
) -> PretalkRecord:
    """The record with ``item`` answered (None: the answer taken back)."""
    kept = [
        e
        for e in record.answers
        if not (e.method_id == item.method_id and e.point_id == item.point.id)
    ]
    if answer is not None:
        kept.append(
            PointAnswer(
                method_id=item.method_id,
                point_id=item.point.id,
                answer=answer,
                fact=item.point.fact,
            )
        )
    return record.model_copy(update={"answers": kept, "updated": now})


def facts(record: PretalkRecord) -> dict[CaseFact, bool]:
    """What the pre-talk established: a fact is denied when any point standing for it
    was answered no, confirmed when one was answered yes; "not sure" tells nothing."""
    found: dict[CaseFact, bool] = {}
    for entry in record.answers:
        if entry.fact is None or entry.answer is PretalkAnswer.UNSURE:
            continue
        said = entry.answer is PretalkAnswer.YES
        found[entry.fact] = found.get(entry.fact, True) and said
    return found


def chooser_answers(record: PretalkRecord, answers: Answers) -> Answers:
    """The method chooser's answers with what the pre-talk established."""
    return dataclasses.replace(answers, pretalk=facts(record))
