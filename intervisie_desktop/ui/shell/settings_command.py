"""File → Settings…: the dialog, then the changed settings put where they act: the
data folder's settings file, the single-key shortcuts and the running meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from intervisie_desktop.ui.shell import on_demand

if TYPE_CHECKING:
    from intervisie_desktop.ui.data.folder_service import FolderService
    from intervisie_desktop.ui.meeting.running_meeting import RunningMeeting
    from intervisie_desktop.ui.shell.meeting_actions import MeetingActions


def change_settings(
    window: QMainWindow,
    folder: FolderService,
    actions: MeetingActions,
    meeting: RunningMeeting | None,
) -> None:
    changed = on_demand.ask_settings(
        folder.settings, folder, window, lambda: ask_passphrase(window, folder)
    )
    if changed is None:
        return
    folder.settings = changed
    actions.single_keys = changed.single_key_shortcuts
    if meeting is not None:
        meeting.apply_settings(changed)
    folder.save_settings()


def ask_passphrase(window: QMainWindow, folder: FolderService) -> None:
    """Encrypt the data folder (the settings dialog's button)."""
    if on_demand.ask_new_passphrase(folder.store, window):
        window.statusBar().showMessage(
            QCoreApplication.translate("SettingsCommand", "The data folder is encrypted.")
        )
