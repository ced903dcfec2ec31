"""Exporting the take-away and the meeting report, as PDF or Markdown.

Exported files hold what was said in the group, so they are private from their
first byte: the whole export is made in memory, written to a private temporary
file beside the target and then renamed over it (``store.atomic.write_atomic``).
An earlier export is replaced whole, never written into; the folder the user
chose is left as it is.
"""

from __future__ import annotations

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

from intervisie_desktop.domain.report import Report, TakeawayOptions
from intervisie_desktop.domain.report_render import to_markdown
from intervisie_desktop.store.atomic import SaveError, write_atomic
from intervisie_desktop.store.problems import Code, ParamValue, technical
from intervisie_desktop.ui.reports.pdf_export import PdfRenderError, pdf_bytes

FORMATS = (".pdf", ".md")


class ExportError(OSError):
    """The export could not be written (``code`` and ``params``; ``problem_text`` words
    it); an earlier export in its place is untouched."""

    def __init__(self, name: str, code: Code, **params: ParamValue) -> None:
        super().__init__(technical(code, name, params))
        self.name = name
        self.code = code
        self.params: dict[str, ParamValue] = dict(params)


def write_report(report: Report, path: Path) -> None:
    """Write ``report`` to ``path``; the format follows the extension (.pdf or .md)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(path.name, Code.UNKNOWN_FORMAT, suffix=suffix)
    try:
        content = to_markdown(report).encode("utf-8") if suffix == ".md" else pdf_bytes(report)
        write_atomic(path, content, name=path.name, private_folder=False)
    except PdfRenderError:
        raise ExportError(path.name, Code.RENDER_FAILED) from None
    except SaveError as exc:
        raise ExportError(path.name, exc.reason, **exc.params) from exc


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
