"""Exporting the take-away and the meeting report, as PDF or Markdown.

Exported files are created readable by the user only: they hold what was said
in the group.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.report import (
    Report,
    TakeawayOptions,
    to_markdown,
)
from intervisie_desktop.ui.reports.pdf_export import write_pdf

FORMATS = (".pdf", ".md")


class ExportError(OSError):
    """The export could not be written; nothing else was changed."""


def write_report(report: Report, path: Path) -> None:
    """Write ``report`` to ``path``; the format follows the extension (.pdf or .md)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"unknown format {suffix or '(none)'}: use .pdf or .md")
    try:
        if suffix == ".md":
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(to_markdown(report))
        else:
            write_pdf(report, path)
        with contextlib.suppress(OSError):
            path.chmod(0o600)
    except OSError as exc:
        raise ExportError(f"could not write {path.name}: {exc.strerror or exc}") from exc


class TakeawayDialog(QDialog):
    """Options for the take-away: private notes in or out, names or initials."""

    def __init__(self, parent: QWidget | None = None, presenters: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take-away for the case presenter"))
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Whose case"))
        for number, name in enumerate(presenters or [], start=1):
            self.case.addItem(
                self.tr("Case %1: %2").replace("%1", str(number)).replace("%2", name), number
            )
        intro = QLabel(
            self.tr(
                "The case question, the questions with their ratings, the problem definitions, "
                "the advice and the action plan. Every page says it is confidential."
            )
        )
        intro.setWordWrap(True)
        self.include_notes = QCheckBox(self.tr("Include my private &notes"))
        self.use_initials = QCheckBox(self.tr("Use &initials instead of names"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.case.count() > 1:  # two cases in this meeting: one take-away each
            label = QLabel(self.tr("&Whose case:"))
            label.setBuddy(self.case)  # a combo box is read as its value; this says what it is
            layout.addWidget(label)
            layout.addWidget(self.case)
        layout.addWidget(self.include_notes)
        layout.addWidget(self.use_initials)
        layout.addWidget(buttons)

    def options(self) -> TakeawayOptions:
        case = self.case.currentData() if self.case.count() > 1 else 1
        return TakeawayOptions(
            self.include_notes.isChecked(), self.use_initials.isChecked(), int(case)
        )

    @classmethod
    def launch(
        cls, parent: QWidget | None, presenters: list[str] | None = None
    ) -> TakeawayOptions | None:
        dialog = cls(parent, presenters)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_export_path(parent: QWidget | None, suggested: str) -> Path | None:
    """A save dialog for .pdf or .md; None when cancelled."""
    filters = ";;".join(
        [
            QCoreApplication.translate("Exports", "PDF document (*.pdf)"),
            QCoreApplication.translate("Exports", "Markdown text (*.md)"),
        ]
    )
    chosen, selected = QFileDialog.getSaveFileName(parent, "", suggested, filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in FORMATS:
        path = path.with_suffix(".md" if "*.md" in selected else ".pdf")
    return path
