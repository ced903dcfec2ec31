"""The case presenter's preparation sheet.

How to put the case in one or two sentences, example questions, what kind
of case the chosen method suits, its steps as the case presenter will live
them (talking, listening, or talking together), and what happens with the
case afterwards. It is handed to someone who will write their case on or
next to it, so every page says it is confidential.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from intervisie_desktop.domain.handouts.examples import EXAMPLE_QUESTIONS
from intervisie_desktop.domain.handouts.method_card import step_heading
from intervisie_desktop.domain.handouts.texts import texts
from intervisie_desktop.domain.methods import Method, Role, Step
from intervisie_desktop.domain.report import Report, Section


@dataclass(frozen=True)
class CaseSheetFacts:
    """Who and when, as far as known (all optional)."""

    case_presenter: str | None = None
    facilitator: str | None = None
    day: date | None = None


def your_part(step: Step, language: str) -> str:
    """What a step asks of the case presenter, in a few words."""
    t = texts(language)
    presenter_speaks = Role.CASE_PRESENTER in step.speakers
    if presenter_speaks and Role.MEMBERS in step.speakers:
        part = t["together"]
    elif presenter_speaks:
        part = t["you_speak"]
    elif Role.CASE_PRESENTER in step.listeners:
        part = t["you_listen"]
    else:
        part = t["group_works"]
    return part


def case_sheet(method: Method, language: str, facts: CaseSheetFacts | None = None) -> Report:
    t = texts(language)
    facts = facts or CaseSheetFacts()
    shown = [
        (t["case_presenter"], facts.case_presenter or ""),
        (t["method"], method.name.get(language)),
        (t["date"], facts.day.strftime("%d-%m-%Y") if facts.day else ""),
        (t["facilitator"], facts.facilitator or ""),
    ]
    steps = []
    for number, step in enumerate(method.steps, start=1):
        line = f"{step_heading(number, step, language)}: {your_part(step, language)}."
        if Role.CASE_PRESENTER in step.listeners and step.listener_note is not None:
            line += f" {step.listener_note.get(language)}"
        steps.append(line)
    sections = [
        Section(
            t["your_case"],
            [t["case_situation"], t["case_question"], t["case_no_solutions"], t["case_unsolved"]],
        ),
        Section(t["examples"], [q.get(language) for q in EXAMPLE_QUESTIONS]),
        Section(t["method_fits"], [method.suitability.summary.get(language)]),
        Section(t["your_steps"], steps),
        Section(
            t["afterwards"], [t["after_takeaway"], t["after_confidential"], t["after_follow_up"]]
        ),
    ]
    return Report(
        title=t["case_sheet"],
        facts=[(label, value) for label, value in shown if value],
        sections=[s for s in sections if s.items],
        confidential=t["confidential"],
        language=language,
    )
