"""A board list on paper for the wall, and the evaluation form for paper answers.

The flip-over sheet holds what the group said about a case, so every page
says it is confidential. Free notes are private and are never printed as a
list (as on the projector: see ``board.LIST_SHAREABLE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from intervisie_desktop.domain.board import LIST_SHAREABLE, Board, BoardItem, ItemKind, Rating
from intervisie_desktop.domain.handouts.texts import texts
from intervisie_desktop.domain.report import PrintSize, Report, Section, initials
from intervisie_desktop.domain.series.evaluation import EVALUATION_FORM, EvaluationQuestion

_TITLES = {
    ItemKind.QUESTION: "questions",
    ItemKind.PROBLEM_DEFINITION: "problem_definition",
    ItemKind.REDEFINITION: "redefinition",
    ItemKind.ADVICE: "advice",
    ItemKind.SHARED_ADVICE: "shared_advice",
    ItemKind.ACTION: "action",
    ItemKind.EVALUATION: "evaluation",
}


@dataclass(frozen=True)
class FlipOptions:
    names: bool = False  # who asked or gave it
    use_initials: bool = True  # when names are shown
    day: date | None = None


def _line(item: BoardItem, language: str, options: FlipOptions) -> str:
    t = texts(language)
    text = item.text
    if isinstance(item.rating, Rating):
        text = f"{t[item.rating.value]} — {text}"
    if item.chosen:
        text += f" ({t['chosen']})"
    if options.names and item.author:
        text += f" — {initials(item.author) if options.use_initials else item.author}"
    return text


def flip_sheet(
    board: Board, kind: ItemKind, language: str, options: FlipOptions | None = None
) -> Report:
    """One list of the board (questions with W/N/K, definitions, advice, ...)."""
    if kind not in LIST_SHAREABLE:
        raise ValueError("free notes are private: they are not printed as a list")
    t = texts(language)
    options = options or FlipOptions()
    title = t[_TITLES[kind]]
    items = [_line(item, language, options) for item in board.of_kind(kind)]
    facts = [(t["date"], options.day.strftime("%d-%m-%Y"))] if options.day else []
    return Report(
        title=title,
        facts=facts,
        sections=[Section("", items)] if items else [],
        confidential=t["confidential"],
        language=language,
        print_size=PrintSize.LARGE,
    )


def _form_items(question: EvaluationQuestion, language: str) -> list[str]:
    t = texts(language)
    items = []
    if question.rated:
        items.append(t["circle"])
        if question.low is not None and question.high is not None:
            items.append(
                t["scale"].format(low=question.low.get(language), high=question.high.get(language))
            )
    items.append(t["write"])
    return items


def evaluation_form_sheet(
    language: str, form: tuple[EvaluationQuestion, ...] = EVALUATION_FORM
) -> Report:
    """The group's evaluation form, to fill in on paper and enter later."""
    t = texts(language)
    sections = [Section(t["name_optional"], [t["write"]])]
    sections += [
        Section(f"{number}. {q.text.get(language)}", _form_items(q, language))
        for number, q in enumerate(form, start=1)
    ]
    return Report(
        title=t["evaluation_form"],
        facts=[],
        sections=sections,
        confidential=t["confidential"],
        language=language,
    )
