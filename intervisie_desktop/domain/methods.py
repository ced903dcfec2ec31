"""The method library: intervisie methods as validated data.

A *method* (werkvorm) is a fixed sequence of timed *steps*.  Each step says who
speaks and who only listens, what the room sees (``instruction``), what the
facilitator should watch for (``guidance``, laptop only), what the scribe
captures, and whether it runs in turns; a step may word itself differently for a
video call (``online``: a camera turned off instead of a back turned).  The
built-in methods live as JSON in ``resources/methods``; custom methods use the
same models and validation.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Self

from pydantic import AfterValidator, Field, model_validator

from intervisie_desktop.domain.bounds import MAX_LIST, MAX_STEPS, Count, Line, Minutes
from intervisie_desktop.domain.definitions import (
    DefinitionError,
    load_definition,
    load_definition_folder,
    require_unique_ids,
)
from intervisie_desktop.domain.online.wording import OnlineWording
from intervisie_desktop.domain.text import Definition, LocalizedText, Slug
from intervisie_desktop.resources import resource_path


class Role(StrEnum):
    CASE_PRESENTER = "case_presenter"
    MEMBERS = "members"
    FACILITATOR = "facilitator"


class CaptureKind(StrEnum):
    """What the scribe writes down during a step."""

    QUESTIONS = "questions"
    QUESTION_RATINGS = "question_ratings"
    QUESTION_ANSWERS = "question_answers"
    PROBLEM_DEFINITIONS = "problem_definitions"
    DEFINITION_RATINGS = "definition_ratings"
    REDEFINITION = "redefinition"
    ADVICE = "advice"
    SHARED_ADVICE = "shared_advice"
    CHOSEN_ADVICE = "chosen_advice"
    ACTION_PLAN = "action_plan"
    EVALUATION = "evaluation"
    NOTES = "notes"


class TurnTaking(StrEnum):
    """Whether a step goes round the table, one person at a time."""

    NONE = "none"
    MEMBERS = "members"  # each member in turn; the case presenter does not take a turn
    EVERYONE = "everyone"  # members and case presenter alike


class CaseType(StrEnum):
    PRACTICAL = "practical"  # a practical question from daily work
    COMPLEX = "complex"  # complex or stubborn; needs depth
    INCIDENT = "incident"  # one concrete event that raised strong emotion
    FEELINGS = "feelings"  # emotions and blind spots
    OWN_PART = "own_part"  # the case presenter's own large part in the problem
    CRITICAL_THINKING = "critical_thinking"  # sharpening questions and reasoning


class Trust(StrEnum):
    """How much safety the group needs before this method works."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class CaseFact(StrEnum):
    """A fact about the case or the group that the pre-talk can establish.

    A method's pre-talk points name the facts it depends on; the method chooser
    raises a method whose facts were confirmed and lowers one whose facts were
    denied (e.g. roddel when the group is not safe enough).
    """

    CONCRETE_INCIDENT = "concrete_incident"  # one event, at one time and place
    STRONG_EMOTION = "strong_emotion"  # it stirred up a lot in the case presenter
    DEEP_QUESTION = "deep_question"  # complex or stubborn enough for a long process
    PRACTICAL_QUESTION = "practical_question"  # from daily work, useful advice helps
    OPEN_TO_REFLECTION = "open_to_reflection"  # open to questions, reflection, feedback
    OWN_PART = "own_part"  # the case presenter's own large part in it
    GROUP_SAFE = "group_safe"  # the group is safe enough for this method


class Rule(Definition):
    id: Slug
    text: LocalizedText


class PretalkPoint(Definition):
    """One point to go through with the case presenter before the meeting (voorbespreking).

    ``question`` is asked so that "yes" is the answer that suits the method;
    ``if_no`` says what to do otherwise; ``fact`` (optional) is what a yes or no
    tells the method chooser.
    """

    id: Slug
    question: LocalizedText
    if_no: LocalizedText | None = None
    fact: CaseFact | None = None


def _unique_points(points: list[PretalkPoint]) -> list[PretalkPoint]:
    ids = [p.id for p in points]
    if len(set(ids)) != len(ids):
        raise ValueError("pre-talk point ids must be unique")
    return points


PretalkPoints = Annotated[list[PretalkPoint], AfterValidator(_unique_points)]


class StepPhase(Definition):
    """A timed part inside a step (e.g. 5 min silent writing, then 10 min questions)."""

    title: LocalizedText
    minutes: Minutes


class Step(Definition):
    id: Slug
    title: LocalizedText
    minutes: Minutes
    speakers: Annotated[list[Role], Field(min_length=1, max_length=len(Role))]
    listeners: Annotated[list[Role], Field(max_length=len(Role))] = []
    listener_note: LocalizedText | None = None
    instruction: LocalizedText
    guidance: LocalizedText
    rules: Annotated[list[LocalizedText], Field(max_length=MAX_LIST)] = []
    capture: Annotated[list[CaptureKind], Field(min_length=1, max_length=len(CaptureKind))]
    turns: TurnTaking = TurnTaking.NONE
    max_questions_per_member: Count | None = None
    phases: Annotated[list[StepPhase], Field(max_length=MAX_STEPS)] = []
    protected: bool = False  # kept intact when the meeting is re-planned
    online: OnlineWording | None = None  # what differs when people join by video call

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        both = set(self.speakers) & set(self.listeners)
        if both:
            raise ValueError(f"a role cannot both speak and only listen: {', '.join(sorted(both))}")
        if self.online and self.online.listener_note and not self.listeners:
            raise ValueError("an online note for listeners needs a role that only listens")
        if self.phases and sum(p.minutes for p in self.phases) != self.minutes:
            raise ValueError("the phases' minutes must add up to the step's minutes")
        if len(set(self.capture)) != len(self.capture):
            raise ValueError("a capture kind is listed twice")
        return self


class Suitability(Definition):
    """When to use a method (DESIGN.md: case type, group experience, trust)."""

    case_types: Annotated[list[CaseType], Field(min_length=1, max_length=len(CaseType))]
    suits_new_groups: bool
    trust_needed: Trust
    summary: LocalizedText


class Method(Definition):
    id: Slug
    name: LocalizedText
    purpose: LocalizedText
    suitability: Suitability
    source: Line = ""
    minutes_are_suggestions: bool = False
    rules: Annotated[list[Rule], Field(max_length=MAX_LIST)] = []
    pretalk: PretalkPoints = []  # this method's own points for the pre-talk
    steps: Annotated[list[Step], Field(min_length=1, max_length=MAX_STEPS)]

    @model_validator(mode="after")
    def _unique_step_ids(self) -> Self:
        ids = [s.id for s in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError("step ids must be unique within a method")
        return self

    @property
    def total_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)


class CommonRules(Definition):
    """The conversation rules that hold in every method."""

    rules: Annotated[list[Rule], Field(min_length=1, max_length=MAX_LIST)]
    pretalk: PretalkPoints = []  # pre-talk points for every method
    call_rules: Annotated[list[Rule], Field(max_length=MAX_LIST)] = []  # when anyone joins by video


class MethodLibrary:
    """All methods available to the app, plus the common rules."""

    def __init__(
        self,
        methods: list[Method],
        common_rules: list[Rule],
        custom: list[Method] | None = None,
        common_pretalk: list[PretalkPoint] | None = None,
        call_rules: list[Rule] | None = None,
    ) -> None:
        custom = custom or []
        require_unique_ids([m.id for m in methods + custom], "method", "method library")
        self.builtin_ids = frozenset(m.id for m in methods)
        self.methods = methods + custom
        self.common_rules = common_rules
        self.common_pretalk = common_pretalk or []
        self.call_rules = call_rules or []

    def with_custom(self, custom: list[Method]) -> MethodLibrary:
        """The built-in methods plus the facilitator's own (which may not reuse an id)."""
        builtin = [m for m in self.methods if m.id in self.builtin_ids]
        return MethodLibrary(
            builtin, self.common_rules, custom, self.common_pretalk, self.call_rules
        )

    def is_builtin(self, method_id: str) -> bool:
        return method_id in self.builtin_ids

    @cached_property
    def _by_id(self) -> dict[str, Method]:
        return {m.id: m for m in self.methods}

    def get(self, method_id: str) -> Method:
        return self._by_id[method_id]

    def methods_by_id(self) -> dict[str, Method]:
        return dict(self._by_id)

    def rules_for(self, method: Method, *, call: bool = False) -> list[Rule]:
        """The common rules followed by the method's own (own rules win on equal ids);
        with ``call`` (anyone joins by video) the rules for a call come before the own."""
        own_ids = {r.id for r in method.rules}
        common = self.common_rules + (self.call_rules if call else [])
        return [r for r in common if r.id not in own_ids] + list(method.rules)

    def pretalk_for(self, method: Method) -> list[PretalkPoint]:
        """The pre-talk checklist: the common points, then the method's own (own win on
        equal ids)."""
        own_ids = {p.id for p in method.pretalk}
        return [p for p in self.common_pretalk if p.id not in own_ids] + list(method.pretalk)


def load_method_library(folder: Path | None = None) -> MethodLibrary:
    """Load the common rules and every method from ``folder`` (default: the built-ins)."""
    folder = folder or resource_path("methods")
    common = load_definition(CommonRules, folder / "_common_rules.json")
    methods = load_definition_folder(Method, folder)
    require_unique_ids([m.id for m in methods], "method", folder.name)
    require_unique_ids([r.id for r in common.rules + common.call_rules], "rule", "common rules")
    return MethodLibrary(
        methods, common.rules, common_pretalk=common.pretalk, call_rules=common.call_rules
    )


def load_builtin_methods() -> list[Method]:
    """The seven built-in methods, in the library's order."""
    return load_method_library().methods


__all__ = [
    "CaptureKind",
    "CaseFact",
    "CaseType",
    "DefinitionError",
    "Method",
    "MethodLibrary",
    "PretalkPoint",
    "Role",
    "Rule",
    "Step",
    "StepPhase",
    "Suitability",
    "Trust",
    "TurnTaking",
    "load_builtin_methods",
    "load_method_library",
]
