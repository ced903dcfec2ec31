"""The agenda of a meeting: the timed blocks the engine runs through.

A block carries its own texts (copied from the method or icebreaker), so a
meeting stays readable even if its method is later edited or removed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.domain.bounds import (
    MAX_BLOCK_SECONDS,
    MAX_LIST,
    MAX_STEPS,
    MAX_TURN_SECONDS,
    BlockSeconds,
    Count,
    Line,
    Reference,
)
from intervisie_desktop.domain.icebreakers import Icebreaker
from intervisie_desktop.domain.methods import CaptureKind, Method, Role, Rule, TurnTaking
from intervisie_desktop.domain.online.wording import OnlineWording
from intervisie_desktop.domain.text import LocalizedText


class BlockKind(StrEnum):
    ICEBREAKER = "icebreaker"
    RULES = "rules"
    STEP = "step"
    BREAK = "break"
    OTHER = "other"


class Block(BaseModel):
    """One timed part of the agenda."""

    model_config = ConfigDict(extra="forbid")

    id: Reference
    kind: BlockKind
    title: LocalizedText
    planned_seconds: BlockSeconds
    instruction: LocalizedText | None = None  # for the room (projector)
    guidance: LocalizedText | None = None  # for the facilitator only
    speakers: Annotated[list[Role], Field(max_length=len(Role))] = []
    listeners: Annotated[list[Role], Field(max_length=len(Role))] = []
    listener_note: LocalizedText | None = None
    rules: Annotated[list[LocalizedText], Field(max_length=MAX_LIST)] = []
    capture: Annotated[list[CaptureKind], Field(max_length=len(CaptureKind))] = []
    turns: TurnTaking = TurnTaking.NONE
    # fixed time per person; None = equal share
    seconds_per_turn: Annotated[int, Field(gt=0, le=MAX_TURN_SECONDS)] | None = None
    protected: bool = False
    step_number: Annotated[int, Field(ge=1, le=MAX_STEPS)] | None = None  # 1-based, in the method
    step_count: Annotated[int, Field(ge=1, le=MAX_STEPS)] | None = None
    max_questions_per_member: Count | None = None
    case_presenter: Line | None = None  # the second case's presenter; None: the meeting's
    online: OnlineWording | None = None  # the step's wording for a video call, if it has one

    @property
    def planned_minutes(self) -> float:
        return self.planned_seconds / 60


def method_blocks(
    method: Method, case: int | None = None, case_presenter: str | None = None
) -> list[Block]:
    """One block per step of ``method``; with two cases, ``case`` (1 or 2) prefixes the
    titles and ids, and the second case has its own presenter."""
    count = len(method.steps)
    prefix = f"case{case}." if case else ""

    def title(text: LocalizedText) -> LocalizedText:
        if not case:
            return text
        return LocalizedText(
            nl=_case_prefix(case, "nl") + text.nl, en=_case_prefix(case, "en") + text.en
        )

    return [
        Block(
            id=f"{prefix}{method.id}.{step.id}",
            kind=BlockKind.STEP,
            title=title(step.title),
            case_presenter=case_presenter,
            planned_seconds=step.minutes * 60,
            instruction=step.instruction,
            guidance=step.guidance,
            speakers=list(step.speakers),
            listeners=list(step.listeners),
            listener_note=step.listener_note,
            rules=list(step.rules),
            capture=list(step.capture),
            turns=step.turns,
            protected=step.protected,
            step_number=number,
            step_count=count,
            max_questions_per_member=step.max_questions_per_member,
            online=step.online,
        )
        for number, step in enumerate(method.steps, start=1)
    ]


def _case_prefix(case: int, language: str) -> str:
    return f"Case {case} — " if language == "en" else f"Casus {case} — "


def case_number(block_id: str | None) -> int:
    """Which case a block belongs to (1, or 2 in a meeting with a second case)."""
    return 2 if block_id and block_id.startswith("case2.") else 1


def step_title(block: Block, language: str) -> str:
    """A step's own title, without the "Case 2 — " of a meeting with two cases."""
    title = block.title.get(language)
    if block.id.startswith("case"):
        return title.removeprefix(_case_prefix(case_number(block.id), language))
    return title


def joined_title(name: str, part: str) -> str:
    """Like "Name: part", without doubled punctuation when the name ends in its own
    ("Wie zitten er aan tafel? Voorstelronde", not "...tafel?: Voorstelronde")."""
    name = name.rstrip()
    return f"{name} {part}" if name.endswith(("?", "!", ".", ":", ";")) else f"{name}: {part}"


def icebreaker_blocks(icebreaker: Icebreaker, people: int) -> list[Block]:
    """One block per step of the icebreaker; per-person steps run in turns."""
    blocks = []
    for index, step in enumerate(icebreaker.steps, start=1):
        blocks.append(
            Block(
                id=f"icebreaker.{icebreaker.id}.{index}",
                kind=BlockKind.ICEBREAKER,
                title=LocalizedText(
                    nl=joined_title(icebreaker.name.nl, step.title.nl),
                    en=joined_title(icebreaker.name.en, step.title.en),
                ),
                planned_seconds=min(MAX_BLOCK_SECONDS, max(60, step.seconds_for(max(1, people)))),
                instruction=step.instruction,
                guidance=icebreaker.instructions,
                speakers=[Role.MEMBERS, Role.CASE_PRESENTER],
                turns=TurnTaking.EVERYONE if step.in_turns else TurnTaking.NONE,
                seconds_per_turn=step.seconds_per_person,
                online=step.online,
            )
        )
    return blocks


def rules_block(rules: list[Rule], minutes: int = 5) -> Block:
    """Opening: roles and rules, gone through together."""
    return Block(
        id="opening.rules",
        kind=BlockKind.RULES,
        title=LocalizedText(nl="Rollen en gespreksregels", en="Roles and rules"),
        planned_seconds=minutes * 60,
        instruction=LocalizedText(
            nl="We nemen samen de rollen en de gespreksregels door.",
            en="Together we go through the roles and the rules.",
        ),
        guidance=LocalizedText(
            nl="Vraag of iedereen zich aan de regels verbindt, en wie de flap bijhoudt.",
            en="Ask whether everyone agrees to the rules, and who keeps the flip-over.",
        ),
        speakers=[Role.FACILITATOR],
        rules=[r.text for r in rules],
    )


def build_agenda(
    method: Method,
    rules: list[Rule],
    icebreaker: Icebreaker | None = None,
    people: int = 0,
) -> list[Block]:
    """The usual running order: icebreaker, rules, then the method's steps."""
    blocks: list[Block] = []
    if icebreaker is not None:
        blocks += icebreaker_blocks(icebreaker, people)
    blocks.append(rules_block(rules))
    blocks += method_blocks(method)
    return blocks
