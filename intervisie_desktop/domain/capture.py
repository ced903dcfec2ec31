"""What the notes pane offers in a step, decided by the step's capture kinds."""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.methods import CaptureKind

# Capture kind -> the item kind you type in that step.
_INPUT = {
    CaptureKind.QUESTIONS: ItemKind.QUESTION,
    CaptureKind.PROBLEM_DEFINITIONS: ItemKind.PROBLEM_DEFINITION,
    CaptureKind.REDEFINITION: ItemKind.REDEFINITION,
    CaptureKind.ADVICE: ItemKind.ADVICE,
    CaptureKind.SHARED_ADVICE: ItemKind.SHARED_ADVICE,
    CaptureKind.ACTION_PLAN: ItemKind.ACTION,
    CaptureKind.CHOSEN_ADVICE: ItemKind.ACTION,
    CaptureKind.EVALUATION: ItemKind.EVALUATION,
    CaptureKind.NOTES: ItemKind.NOTE,
}
# Capture kind -> the item kinds listed alongside.
_SHOWN = {
    CaptureKind.QUESTION_RATINGS: (ItemKind.QUESTION,),
    CaptureKind.QUESTION_ANSWERS: (ItemKind.QUESTION,),
    CaptureKind.DEFINITION_RATINGS: (ItemKind.PROBLEM_DEFINITION,),
    CaptureKind.REDEFINITION: (ItemKind.PROBLEM_DEFINITION, ItemKind.REDEFINITION),
    CaptureKind.CHOSEN_ADVICE: (ItemKind.ADVICE, ItemKind.SHARED_ADVICE, ItemKind.ACTION),
}


@dataclass(frozen=True)
class PaneMode:
    input_kinds: tuple[ItemKind, ...]  # the first is offered by default; notes always last
    list_kinds: tuple[ItemKind, ...]
    rating: bool = False  # W/N/K rate the selected item and move on
    answering: bool = False  # warm first, cold folded away; Enter marks answered
    choosing: bool = False  # Enter marks an advice as chosen


def pane_mode(capture: list[CaptureKind]) -> PaneMode:
    inputs: list[ItemKind] = []
    shown: list[ItemKind] = []
    for kind in capture:
        if kind in _INPUT and _INPUT[kind] not in inputs:
            inputs.append(_INPUT[kind])
        for listed in (_INPUT.get(kind), *_SHOWN.get(kind, ())):
            if listed is not None and listed not in shown:
                shown.append(listed)
    if ItemKind.NOTE in inputs:
        inputs.remove(ItemKind.NOTE)
    inputs.append(ItemKind.NOTE)
    if ItemKind.NOTE not in shown:
        shown.append(ItemKind.NOTE)
    return PaneMode(
        input_kinds=tuple(inputs),
        list_kinds=tuple(shown),
        rating=bool({CaptureKind.QUESTION_RATINGS, CaptureKind.DEFINITION_RATINGS} & set(capture)),
        answering=CaptureKind.QUESTION_ANSWERS in capture,
        choosing=CaptureKind.CHOSEN_ADVICE in capture,
    )
