"""A method card: one method on paper, to print for the participants or show.

Steps with their minutes, who speaks and who listens, what the room does, and
the rules, all from the method's own data, so the facilitator's own methods
get a card too. The card holds no case, so it is not marked confidential; the
facilitator's guidance (laptop only) is left out.
"""

from __future__ import annotations

from intervisie_desktop.domain.handouts.texts import roles, texts
from intervisie_desktop.domain.methods import Method, MethodLibrary, Step, TurnTaking
from intervisie_desktop.domain.report import PrintSize, Report, Section


def step_heading(number: int, step: Step, language: str) -> str:
    t = texts(language)
    minutes = t["minutes"].format(minutes=step.minutes)
    return t["step"].format(number=number, title=step.title.get(language), minutes=minutes)


def _step_items(step: Step, language: str) -> list[str]:
    t = texts(language)
    who = f"{t['speaks']}: {roles(step.speakers, language)}"
    if step.listeners:
        who += f" · {t['listens']}: {roles(step.listeners, language)}"
        if step.listener_note is not None:
            who += f" — {step.listener_note.get(language)}"
    items = [who, step.instruction.get(language)]
    items += [
        f"{t['minutes'].format(minutes=phase.minutes)}: {phase.title.get(language)}"
        for phase in step.phases
    ]
    if step.turns is TurnTaking.MEMBERS:
        items.append(t["in_turn_members"])
    elif step.turns is TurnTaking.EVERYONE:
        items.append(t["in_turn_everyone"])
    if step.max_questions_per_member:
        items.append(t["at_most_questions"].format(count=step.max_questions_per_member))
    items += [f"{t['rule']}: {rule.get(language)}" for rule in step.rules]
    return items


def method_card(library: MethodLibrary, method: Method, language: str) -> Report:
    t = texts(language)
    facts = [
        (t["duration"], t["minutes"].format(minutes=method.total_minutes)),
        (t["steps"], str(len(method.steps))),
    ]
    sections = [
        Section(t["purpose"], [method.purpose.get(language)]),
        Section(t["when_to_use"], [method.suitability.summary.get(language)]),
    ]
    if method.minutes_are_suggestions:
        sections[0].items.append(t["minutes_suggested"])
    sections += [
        Section(step_heading(number, step, language), _step_items(step, language))
        for number, step in enumerate(method.steps, start=1)
    ]
    sections.append(Section(t["rules"], [r.text.get(language) for r in library.rules_for(method)]))
    return Report(
        title=method.name.get(language),
        facts=facts,
        sections=sections,
        confidential="",
        language=language,
        print_size=PrintSize.COMPACT,
    )
