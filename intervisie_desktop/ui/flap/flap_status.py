"""The flip-over's status line: the question count per member, who has not given
advice yet, and what the projector shows; and the hint on what the step's keys do."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.domain.board import Board, ItemKind
from intervisie_desktop.domain.capture import PaneMode
from intervisie_desktop.domain.coach.everyone import current_turn_overview
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.methods import TurnTaking
from intervisie_desktop.ui import labels


def status_lines(board: Board, engine: SessionEngine, mode: PaneMode) -> list[str]:
    lines = []
    block = engine.block
    members = engine.participants.taking_turns(TurnTaking.MEMBERS, block.case_presenter)
    limit = block.max_questions_per_member
    if limit and ItemKind.QUESTION in mode.input_kinds:
        counts = []
        per_member = Counter(
            q.author for q in board.of_kind(ItemKind.QUESTION) if q.block_id == block.id
        )
        for member in members:
            asked = per_member[member]
            count = f"{member} {asked}/{limit}"
            counts.append(f"⚠ {count}" if asked > limit else count)
        heading = QCoreApplication.translate("FlapStatus", "Questions (at most %1 each): ").replace(
            "%1", str(limit)
        )
        lines.append(heading + ", ".join(counts))
    if ItemKind.ADVICE in mode.input_kinds:
        waiting = board.without_advice(members, block.id)
        if waiting:
            lines.append(
                QCoreApplication.translate("FlapStatus", "No advice yet from: %1").replace(
                    "%1", ", ".join(waiting)
                )
            )
        else:
            lines.append(QCoreApplication.translate("FlapStatus", "Everyone has given advice."))
    overview = current_turn_overview(engine, board)
    if overview is not None and overview.hint_due:
        lines.append(
            QCoreApplication.translate("FlapStatus", "Not yet had a turn: %1").replace(
                "%1", ", ".join(overview.not_yet)
            )
        )
    on_projector = [labels.board_list_title(k) for k in board.shared_lists]
    if any(i.shared for i in board.items):
        on_projector.append(QCoreApplication.translate("FlapStatus", "single items"))
    if on_projector:
        lines.append(
            QCoreApplication.translate("FlapStatus", "On the projector: %1").replace(
                "%1", ", ".join(on_projector)
            )
        )
    return lines


def step_hint(mode: PaneMode) -> str:
    """What the keys do in a step that lists this way."""
    if mode.rating:
        return QCoreApplication.translate(
            "FlapStatus", "Select an item and press W (warm), N (neutral) or C (cold)."
        )
    if mode.answering:
        return QCoreApplication.translate(
            "FlapStatus", "Warm questions first. Press Enter to mark one answered."
        )
    if mode.choosing:
        return QCoreApplication.translate(
            "FlapStatus", "Press Enter on an advice the case presenter takes on."
        )
    return QCoreApplication.translate(
        "FlapStatus", "Type and press Enter. F2 edits, Delete removes, Ctrl+Z undoes."
    )
