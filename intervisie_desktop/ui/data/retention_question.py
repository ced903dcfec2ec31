"""A group's old meetings, pre-talk records and evaluations are deleted only after the
facilitator saw which, and agreed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.store.retention import RecordKind, RetentionPlan, RetentionRecord
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.problem_reasons import fill
from intervisie_desktop.ui.problem_text import describe_error


def confirm_retention(parent: QWidget, folder: FolderService, clock: Clock) -> None:
    store = folder.store
    plan = store.retention.plan(clock.wall())
    if plan.is_empty:
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Retention", "Delete old meetings?"),
        describe_retention(plan),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        store.retention.apply(plan)
    except (OSError, ValueError) as exc:
        folder.failed.emit(describe_error(exc))
    folder.forget_meetings()


def describe_retention(plan: RetentionPlan) -> str:
    """Everything the plan would delete, by group and date (see ``store/retention.py``)."""
    lines = []
    if plan.meetings:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "Problems",
                    "These meetings are older than their group keeps them, and would be "
                    "deleted with their backups (%1):",
                ),
                len(plan.meetings),
            )
        )
        lines.extend(
            f"• {entry.group_name}: {entry.title or '—'}, {entry.created.strftime('%d-%m-%Y')}"
            for entry in plan.meetings
        )
    if plan.records:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "Retention",
                    "Pre-talk notes and evaluations of the same age would go too (%1):",
                ),
                len(plan.records),
            )
        )
        lines.extend(_record_line(entry) for entry in plan.records)
    if plan.clock_ahead:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "Problems",
                    "The computer's clock is later than the newest meeting allows; the "
                    "meetings are counted as of %1.",
                ),
                plan.horizon.strftime("%d-%m-%Y"),
            )
        )
    return "\n".join(lines)


def _record_line(entry: RetentionRecord) -> str:
    record = entry.record
    when = record.moment.strftime("%d-%m-%Y")
    if record.kind is RecordKind.PRETALK:
        text = QCoreApplication.translate("Retention", "%1: pre-talk with %2, %3")
        who = record.person or QCoreApplication.translate("Retention", "the case presenter")
        return "• " + fill(text, entry.group_name, who, when)
    text = QCoreApplication.translate("Retention", "%1: the group's evaluation of %2")
    return "• " + fill(text, entry.group_name, when)
