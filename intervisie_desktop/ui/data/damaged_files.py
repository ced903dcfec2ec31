"""Files that could not be used: say which and why, in plain words, and offer their
newest good backups. Every problem is told once, whenever it is found: at opening,
while listing a group's meetings, or while reading the meeting that was running."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.problem_text import describe_error, describe_problem


def report_problems(parent: QWidget, folder: FolderService) -> None:
    problems = folder.unreported_problems()
    if not problems:
        return
    text = "\n\n".join(describe_problem(p) for p in problems)
    # a file left where it is (a pipe, a folder, another account's) cannot be replaced
    restorable = [p for p in problems if p.backup is not None and not p.left_alone]
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DamagedFiles", "Some files could not be read"),
        text,
        parent=parent,
    )
    restore = None
    if restorable:
        restore = box.addButton(
            QCoreApplication.translate("DamagedFiles", "&Restore the backups"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return
    store = folder.store
    for problem in restorable:
        try:
            store.restore_backup(problem.name, problem.backup)
        except (OSError, ValueError) as exc:
            folder.failed.emit(describe_error(exc))
    folder.groups[:] = store.list_groups()
    folder.forget_meetings()
