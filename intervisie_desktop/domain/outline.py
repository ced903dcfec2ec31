"""The usual outline of a meeting, around the method's own steps.

From the source texts: check-in; introductions (for a new group); roles and
rules; introducing or choosing the case; explaining the method; the method;
the case presenter's reflection; a joint evaluation (also of the method);
coffee. Each part has minutes and can be switched off; the order can change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from intervisie_desktop.domain.agenda import (
    Block,
    BlockKind,
    icebreaker_blocks,
    method_blocks,
    rules_block,
)
from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.methods import CaptureKind, Method, Role, Rule
from intervisie_desktop.domain.text import LocalizedText


class Part(StrEnum):
    CHECK_IN = "check_in"
    INTRODUCTIONS = "introductions"  # the icebreaker, when one is chosen
    RULES = "rules"
    CASE = "case"
    EXPLAIN = "explain"
    METHOD = "method"
    REFLECTION = "reflection"
    EVALUATION = "evaluation"
    COFFEE = "coffee"


@dataclass(frozen=True)
class OutlineItem:
    part: Part
    minutes: int
    enabled: bool = True


_TEXTS: dict[Part, tuple[LocalizedText, LocalizedText]] = {
    Part.CHECK_IN: (
        LocalizedText(nl="Check-in", en="Check-in"),
        LocalizedText(
            nl="Hoe zit iedereen erbij? Kort, één zin per persoon.",
            en="How is everyone today? Briefly, one sentence each.",
        ),
    ),
    Part.CASE: (
        LocalizedText(nl="Casus kiezen of inbrengen", en="Choosing or bringing in the case"),
        LocalizedText(
            nl="Welke casus bespreken we vandaag, en wat is de vraag?",
            en="Which case do we discuss today, and what is the question?",
        ),
    ),
    Part.EXPLAIN: (
        LocalizedText(nl="Uitleg van de werkvorm", en="Explaining the method"),
        LocalizedText(
            nl="Zo gaan we te werk: de stappen en wie wanneer aan het woord is.",
            en="How we work: the steps, and who speaks when.",
        ),
    ),
    Part.REFLECTION: (
        LocalizedText(nl="Reflectie van de casusinbrenger", en="The case presenter's reflection"),
        LocalizedText(
            nl="Wat neem je mee uit deze bespreking?",
            en="What do you take away from this discussion?",
        ),
    ),
    Part.EVALUATION: (
        LocalizedText(nl="Gezamenlijke evaluatie", en="Joint evaluation"),
        LocalizedText(
            nl="Wat heb ik geleerd van de casus, en van deze werkvorm?",
            en="What did I learn from the case, and from this method?",
        ),
    ),
    Part.COFFEE: (
        LocalizedText(nl="Koffie en napraten", en="Coffee and a chat"),
        LocalizedText(nl="Koffie, thee, en even napraten.", en="Coffee, tea and a chat."),
    ),
}


def default_outline(new_group: bool) -> list[OutlineItem]:
    """The sources' agenda: a check-in always, introductions only for a new group."""
    return [
        OutlineItem(Part.CHECK_IN, 10),
        OutlineItem(Part.INTRODUCTIONS, 15, enabled=new_group),
        OutlineItem(Part.RULES, 5),
        OutlineItem(Part.CASE, 5, enabled=False),
        OutlineItem(Part.EXPLAIN, 5),
        OutlineItem(Part.METHOD, 0),
        OutlineItem(Part.REFLECTION, 5, enabled=False),
        OutlineItem(Part.EVALUATION, 10),
        OutlineItem(Part.COFFEE, 15, enabled=False),
    ]


def ends_with_evaluation(method: Method) -> bool:
    """The method's last step is its own evaluation (every method of the sources)."""
    return CaptureKind.EVALUATION in method.steps[-1].capture


def adapt_outline(
    outline: list[OutlineItem], method: Method, *, new_group: bool | None = None
) -> list[OutlineItem]:
    """The outline for ``method``: no separate joint evaluation when the method ends
    with one (it would be held twice); introductions on for a new group and off for
    a group that knows each other (``None`` leaves them as they are)."""

    def adapted(item: OutlineItem) -> OutlineItem:
        if item.part is Part.EVALUATION:
            return replace(item, enabled=not ends_with_evaluation(method))
        if item.part is Part.INTRODUCTIONS and new_group is not None:
            return replace(item, enabled=new_group)
        return item

    return [adapted(item) for item in outline]


def part_title(part: Part, language: str) -> str:
    if part in _TEXTS:
        return _TEXTS[part][0].get(language)
    return {
        Part.INTRODUCTIONS: LocalizedText(nl="Kennismaking", en="Introductions"),
        Part.RULES: LocalizedText(nl="Rollen en gespreksregels", en="Roles and rules"),
        Part.METHOD: LocalizedText(nl="De werkvorm", en="The method"),
    }[part].get(language)


def outline_block_id(part: Part) -> str:
    """The id of the agenda block an outline part becomes (the projector knows a few)."""
    return f"outline.{part.value}"


def _simple_block(part: Part, minutes: int) -> Block:
    title, instruction = _TEXTS[part]
    protected = part in (Part.REFLECTION, Part.EVALUATION)
    return Block(
        id=outline_block_id(part),
        kind=BlockKind.BREAK if part is Part.COFFEE else BlockKind.OTHER,
        title=title,
        planned_seconds=minutes * 60,
        instruction=instruction,
        speakers=[Role.CASE_PRESENTER] if part is Part.REFLECTION else [],
        protected=protected,
    )


def build_meeting_agenda(
    outline: list[OutlineItem],
    method: Method,
    rules: list[Rule],
    icebreaker: Icebreaker | None,
    people: int,
    *,
    second_case_presenter: str | None = None,
) -> list[Block]:
    """The blocks of the meeting, in the outline's order, skipping what is switched off.
    With a second case, the method runs twice, the second time with its own presenter."""
    blocks: list[Block] = []
    for item in outline:
        if not item.enabled:
            continue
        if item.part is Part.METHOD and second_case_presenter:
            blocks += method_blocks(method, case=1)
            blocks += method_blocks(method, case=2, case_presenter=second_case_presenter)
        elif item.part is Part.METHOD:
            blocks += method_blocks(method)
        elif item.part is Part.INTRODUCTIONS:
            if icebreaker is not None:
                blocks += icebreaker_blocks(icebreaker, people)
        elif item.part is Part.RULES:
            blocks.append(rules_block(rules, item.minutes))
        elif item.minutes > 0:
            blocks.append(_simple_block(item.part, item.minutes))
    return blocks


def outline_minutes(
    outline: list[OutlineItem],
    method: Method,
    icebreaker: Icebreaker | None,
    people: int,
    cases: int = 1,
) -> int:
    """The planned total, in minutes."""
    second = "second" if cases == 2 else None
    blocks = build_meeting_agenda(
        outline, method, [], icebreaker, people, second_case_presenter=second
    )
    seconds = sum(b.planned_seconds for b in blocks)
    return -(-seconds // 60)


MIN_METHOD_MINUTES = 20  # below this no method of the library can run


def method_minutes_left(available: int, other_minutes: int, cases: int) -> int:
    """Minutes each case's method gets once the other parts of the agenda are counted."""
    return max(MIN_METHOD_MINUTES, (available - other_minutes) // max(1, cases))
