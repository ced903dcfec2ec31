"""The main window's dealings with the data folder: saving groups and settings,
a group's past meetings, damaged files and their backups, resuming an interrupted
meeting, and following up last time's action plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.ui.problem_text import describe_error, describe_problem, describe_retention

if TYPE_CHECKING:
    from intervisie_desktop.domain.history import FollowUp
    from intervisie_desktop.domain.meeting import Meeting
    from intervisie_desktop.domain.rotation import PastRoles
    from intervisie_desktop.store.repository import DataFolder
    from intervisie_desktop.ui.meeting_page import MeetingPage


class ArchiveMixin(QMainWindow):
    """Mixins translate with an explicit context (``self.tr`` would use MainWindow's).

    Part of :class:`MainWindow`; the attributes below are set by it."""

    store: DataFolder | None
    groups: list[Group]
    settings: Settings
    follow_up: FollowUp | None
    meeting_page: MeetingPage | None
    _clock: Clock
    _library: MethodLibrary
    start_meeting: Callable[..., None]  # MainWindow.start_meeting
    welcome: Callable[[], None]  # MainWindow.welcome

    def group_meetings(self, group_id: str) -> list[Meeting]:
        """The group's saved meetings, oldest first (unreadable ones are reported, skipped)."""
        if self.store is None:
            return []
        meetings = []
        for summary in self.store.list_meetings():
            if summary.group_id == group_id:
                try:
                    meetings.append(self.store.load_meeting(summary.id))
                except (OSError, ValueError):
                    continue  # quarantined and listed among the problems
        return sorted(meetings, key=lambda m: m.created)

    def history(self, group_id: str) -> list[PastRoles]:
        from intervisie_desktop.domain.history import past_roles  # noqa: PLC0415

        return past_roles(self.group_meetings(group_id))

    def groups_changed(self) -> None:
        if self.store is None:
            return
        try:
            for group in self.groups:
                self.store.save_group(group)
        except OSError as exc:
            self._save_failed(describe_error(exc))

    def save_settings(self) -> None:
        if self.store is None:
            return
        try:
            self.store.save_settings(self.settings)
        except OSError as exc:
            self._save_failed(describe_error(exc))

    def _save_failed(self, reason: str) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("ArchiveMixin", "Intervisie Desktop — not saved")
        )
        self.statusBar().showMessage(
            QCoreApplication.translate("ArchiveMixin", "Not saved: %1").replace("%1", reason)
        )

    def _saved(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ArchiveMixin", "Intervisie Desktop"))

    def bring_forward(self) -> None:
        """A second start of the app asked this window to come forward."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def after_start(self) -> None:
        """Once the window is up: damaged files, an interrupted meeting, the welcome."""
        if self.store is not None and self.store.problems:
            self.report_problems()
        if self.store is not None:
            self.confirm_retention()  # the groups' own "delete after"
        if self.store is not None:
            latest = self.store.meeting_to_resume()  # the one most recently left
            if latest is not None:
                self.offer_resume(latest.id)
        if not self.settings.welcomed:
            self.welcome()

    def confirm_retention(self) -> None:
        """Old meetings are deleted only after the user saw which, and agreed."""
        assert self.store is not None
        plan = self.store.plan_retention(self._clock.wall())
        if not plan.meetings:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ArchiveMixin", "Delete old meetings?"),
            describe_retention(plan),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.apply_retention(plan)

    def report_problems(self) -> None:
        """Say which files could not be read, and offer their newest good backups."""
        assert self.store is not None
        problems = self.store.problems
        text = "\n\n".join(describe_problem(p) for p in problems)
        restorable = [p for p in problems if p.backup is not None]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ArchiveMixin", "Some files could not be read"),
            text,
            parent=self,
        )
        restore = None
        if restorable:
            restore = box.addButton(
                QCoreApplication.translate("ArchiveMixin", "&Restore the backups"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            for problem in restorable:
                try:
                    self.store.restore_backup(problem.name, problem.backup)
                except (OSError, ValueError) as exc:
                    self._save_failed(describe_error(exc))
            self.groups[:] = self.store.list_groups()

    def offer_resume(self, meeting_id: str) -> None:
        """After a crash: go on with the meeting, its clock where it should be."""
        from intervisie_desktop.domain.snapshot import restore_engine  # noqa: PLC0415

        assert self.store is not None
        try:
            record = self.store.load_meeting(meeting_id)
        except (OSError, ValueError):
            return  # reported among the problems
        if record.clock is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ArchiveMixin", "Resume the meeting?"),
            QCoreApplication.translate(
                "ArchiveMixin", "The meeting “%1” of %2 was not finished. Go on where it was?"
            )
            .replace("%1", record.title)
            .replace("%2", record.created.strftime("%d-%m-%Y %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine = restore_engine(
            record.blocks, self._clock, record.attendance.participants(), record.clock
        )
        method = self._library.methods_by_id().get(record.method_id or "")
        rules = [r.text for r in self._library.rules_for(method)] if method else []
        self.start_meeting(
            engine,
            record.title,
            rules,
            board=record.board,
            case_question=record.case_question,
            record=record,
        )

    def show_follow_up(self, follow_up: FollowUp | None) -> None:
        """Last time's action plan, shown at the start of the group's next meeting."""
        self.follow_up = follow_up
        if self.meeting_page is not None:
            self.meeting_page.show_follow_up(follow_up)

    def mark_followed_up(self) -> None:
        """The group has talked about last time's action plan."""
        follow_up, self.follow_up = self.follow_up, None
        if follow_up is None or self.store is None:
            return
        try:
            old = self.store.load_meeting(follow_up.meeting_id)
            self.store.save_meeting(old.model_copy(update={"followed_up": True}))
        except (OSError, ValueError) as exc:
            self._save_failed(describe_error(exc))
