"""The first window's heavy parts, imported when they are first used.

The first window shows the method list and little else. A running meeting, the
preparation screen, the exports, the own-method editor and the dialogs need far
more: the domain's models, the projector, the flip-over, PDF writing. Importing
them here, on first use, keeps all of that off the path to the first paint (see
``benchmarks/startup.py``: the app should open nearly as fast as a bare Qt window).

Qt's message boxes come from here too: the first paint need not build their
enumerations. This is the one module that imports late; the rest of the window imports as
usual and calls these functions. Each costs its import once, then nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from intervisie_desktop.domain.board import Board
    from intervisie_desktop.domain.history import FollowUp
    from intervisie_desktop.domain.meeting import Meeting
    from intervisie_desktop.domain.meeting_start import MeetingStart
    from intervisie_desktop.domain.methods import Method, MethodLibrary
    from intervisie_desktop.domain.preparation import PreparedMeeting
    from intervisie_desktop.domain.settings import Settings
    from intervisie_desktop.store.repository import DataFolder
    from intervisie_desktop.ui.app_context import AppContext
    from intervisie_desktop.ui.data.folder_gone_bar import FolderGoneBar
    from intervisie_desktop.ui.data.folder_service import FolderService
    from intervisie_desktop.ui.library.method_view import MethodView
    from intervisie_desktop.ui.library.own_methods import OwnMethods
    from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting
    from intervisie_desktop.ui.prepare.prepare_page import PreparePage
    from intervisie_desktop.ui.shell.leaving import SleepWatch
    from intervisie_desktop.ui.shell.meeting_actions import MeetingActions

# ----- the meeting ----------------------------------------------------------------------


def meeting_actions(window: QWidget) -> MeetingActions:
    """The meeting's commands from the key table (their shortcut kinds are Qt enums that
    cost the first paint a sixth of a bare window's start)."""
    from intervisie_desktop.ui.shell.meeting_actions import MeetingActions

    return MeetingActions(window)


def sleep_watch(window: QWidget) -> SleepWatch:
    """Says when the laptop is about to sleep (logind over D-Bus on Linux): needed from
    the first meeting on, so Qt's D-Bus module and the bus connection wait for it."""
    from intervisie_desktop.ui.shell.leaving import SleepWatch

    return SleepWatch(window)


def running_meeting(
    start: MeetingStart,
    context: AppContext,
    actions: MeetingActions,
    screen: Callable[[], QScreen | None],
    parent: QWidget,
) -> RunningMeeting:
    from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting

    return RunningMeeting(start, context, actions, screen, parent=parent)


def meeting_start(prepared: PreparedMeeting, context: AppContext) -> MeetingStart:
    """The prepared meeting, ready to run (agenda, record, clock)."""
    from intervisie_desktop.domain.meeting_start import start_prepared

    return start_prepared(prepared, context.folder.library, context.clock, context.language)


def latest_follow_up(past: list[Meeting], now: datetime) -> FollowUp | None:
    """The group's last action plan, to talk about at the start."""
    from intervisie_desktop.domain.history import latest_follow_up

    return latest_follow_up(past, now)


def prepare_page(context: AppContext) -> PreparePage:
    from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
    from intervisie_desktop.ui.prepare.prepare_page import PreparePage

    icebreakers = load_builtin_icebreakers()
    return PreparePage(context.folder, icebreakers, context.language, context.clock)


# ----- the data folder ------------------------------------------------------------------


def folder_gone_bar(folder: FolderService) -> FolderGoneBar:
    from intervisie_desktop.ui.data.folder_gone_bar import FolderGoneBar

    return FolderGoneBar(folder)


def report_problems(parent: QWidget, folder: FolderService) -> None:
    """Tell about files that could not be used (each once)."""
    from intervisie_desktop.ui.data.damaged_files import report_problems

    report_problems(parent, folder)


def own_methods(folder: FolderService, language: str, parent: QWidget) -> OwnMethods:
    from intervisie_desktop.ui.library.own_methods import OwnMethods

    return OwnMethods(folder, language, parent)


# ----- methods --------------------------------------------------------------------------


def method_view(library: MethodLibrary, language: str) -> MethodView:
    """The chosen method's details (needs the validated library and the domain's labels)."""
    from intervisie_desktop.ui.library.method_view import MethodView

    return MethodView(library, language)


# ----- exports --------------------------------------------------------------------------


def export_takeaway(parent: QWidget, meeting: RunningMeeting, tell: Callable[[str], None]) -> None:
    from intervisie_desktop.ui.reports.report_export import export_takeaway

    export_takeaway(parent, meeting, tell)


def export_meeting_report(
    parent: QWidget, meeting: RunningMeeting, tell: Callable[[str], None]
) -> None:
    from intervisie_desktop.ui.reports.report_export import export_meeting_report

    export_meeting_report(parent, meeting, tell)


def export_flip_sheet(parent: QWidget, board: Board, language: str, day: date) -> None:
    from intervisie_desktop.ui.reports.flip_sheet_export import export_flip_sheet

    export_flip_sheet(parent, board, language, day)


def export_method_card(
    parent: QWidget, library: MethodLibrary, method: Method, language: str
) -> None:
    """A method card for any method, own methods too (built from the same data)."""
    from intervisie_desktop.domain.handouts.method_card import method_card
    from intervisie_desktop.ui.reports.handout_export import export_handout, safe_name

    report = method_card(library, method, language)
    export_handout(parent, report, f"{safe_name(method.name.get(language))}.pdf")


# ----- dialogs --------------------------------------------------------------------------


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes-or-no question about stopping something; True for yes. No is the default,
    so an Enter pressed out of habit stops nothing."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def ask_settings(
    settings: Settings, folder: FolderService, parent: QWidget, ask_passphrase: Callable[[], None]
) -> Settings | None:
    """The settings dialog; the changed settings, or None when cancelled."""
    from intervisie_desktop.ui.dialogs.settings_dialog import SettingsDialog

    return SettingsDialog.launch(settings, folder.data_dir, parent, ask_passphrase)


def ask_new_passphrase(store: DataFolder, parent: QWidget) -> bool:
    """Encrypt the data folder with a passphrase the user sets; True when done."""
    from intervisie_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

    return PassphraseDialog.launch(store, parent)


def show_shortcuts(parent: QWidget) -> None:
    from intervisie_desktop.ui.dialogs.help_overlay import ShortcutHelp

    ShortcutHelp(parent).exec()


def show_about(parent: QWidget) -> None:
    from intervisie_desktop.ui.dialogs.about import show_about

    show_about(parent)


def rescue_meeting(store: DataFolder, meeting: Meeting) -> Path | None:
    """A copy of ``meeting`` in the rescue folder (see ``store.paths.rescue_dir``);
    None when it could not be written there either."""
    from intervisie_desktop.store.atomic import ensure_private_dir
    from intervisie_desktop.store.paths import rescue_dir

    target = rescue_dir()
    try:
        ensure_private_dir(target)
        return store.save_meeting_elsewhere(meeting, target)
    except OSError:
        return None
