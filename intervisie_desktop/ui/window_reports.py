"""The main window's reports: the case presenter's take-away and the meeting report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.ui.problem_text import describe_error

if TYPE_CHECKING:
    from intervisie_desktop.domain.report import MeetingFacts, Report, TakeawayOptions
    from intervisie_desktop.ui.board_controller import BoardController
    from intervisie_desktop.ui.session_controller import SessionController


class ReportsMixin(QMainWindow):
    """Part of :class:`MainWindow`; the attributes below are set by it."""

    controller: SessionController | None
    board: BoardController | None
    meeting_title: str
    case_question: str
    second_case_question: str
    _clock: Clock
    _language: str

    def takeaway(self, options: TakeawayOptions) -> Report:
        from intervisie_desktop.domain.report import (  # noqa: PLC0415
            board_for_case,
            takeaway_report,
        )

        assert self.controller is not None and self.board is not None
        board = self.board.board
        if self.second_case_presenter() is not None:
            board = board_for_case(board, options.case)
        return takeaway_report(self._facts(options.case), board, self._language, options)

    def second_case_presenter(self) -> str | None:
        assert self.controller is not None
        return next(
            (b.case_presenter for b in self.controller.engine.blocks if b.case_presenter), None
        )

    def meeting_report(self) -> Report:
        from intervisie_desktop.domain.report import meeting_report  # noqa: PLC0415

        assert self.controller is not None and self.board is not None
        return meeting_report(
            self._facts(), self.controller.engine, self.board.board, self._language
        )

    def _facts(self, case: int = 1) -> MeetingFacts:
        from dataclasses import replace  # noqa: PLC0415

        from intervisie_desktop.ui.exports import meeting_facts  # noqa: PLC0415

        assert self.controller is not None
        facts = meeting_facts(
            self.controller.engine, self.meeting_title, self.case_question, self._clock.wall()
        )
        if case == 2:
            facts = replace(
                facts,
                case_question=self.second_case_question,
                case_presenter=self.second_case_presenter(),
            )
        return facts

    def ask_export_takeaway(self) -> None:
        from intervisie_desktop.ui.exports import TakeawayDialog  # noqa: PLC0415

        if self.controller is None:
            return
        presenters = [self.controller.engine.participants.case_presenter or ""]
        if (second := self.second_case_presenter()) is not None:
            presenters.append(second)
        options = TakeawayDialog.launch(self, presenters)
        if options is not None:
            self._export(
                self.takeaway(options), QCoreApplication.translate("ReportsMixin", "take-away")
            )

    def ask_export_meeting_report(self) -> None:
        if self.controller is not None:
            self._export(
                self.meeting_report(), QCoreApplication.translate("ReportsMixin", "meeting report")
            )

    def _export(self, report: Report, name: str) -> None:
        from intervisie_desktop.ui.exports import (  # noqa: PLC0415
            ExportError,
            ask_export_path,
            write_report,
        )

        path = ask_export_path(self, f"{name}.pdf")
        if path is None:
            return
        try:
            write_report(report, path)
        except ExportError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ReportsMixin", "Export failed"),
                describe_error(exc),
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("ReportsMixin", "Saved %1").replace("%1", str(path))
        )
