"""A group's old meetings are deleted only after the facilitator saw which, and agreed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.problem_text import describe_error, describe_retention


def confirm_retention(parent: QWidget, folder: FolderService, clock: Clock) -> None:
    store = folder.store
    plan = store.retention.plan(clock.wall())
    if not plan.meetings:
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
