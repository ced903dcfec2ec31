"""Once the window is up and the data folder open: damaged files, a meeting kept in the
rescue folder, old meetings the group wants deleted, an interrupted meeting, and the
first-run welcome."""

from __future__ import annotations

import subprocess
import sys

from intervisie_desktop.ui.data.damaged_files import report_problems
from intervisie_desktop.ui.data.rescued import tell_rescued
from intervisie_desktop.ui.data.retention_question import confirm_retention
from intervisie_desktop.ui.dialogs.welcome import WelcomeChoice, WelcomeDialog
from intervisie_desktop.ui.meeting.resume import offer_resume
from intervisie_desktop.ui.shell.main_window import MainWindow


def after_start(window: MainWindow) -> None:
    context = window.context
    folder = context.folder
    report_problems(window, folder)
    tell_rescued(window)  # a meeting kept elsewhere when the app stopped without its folder
    confirm_retention(window, folder, context.clock)  # the groups' own "delete after"
    start = offer_resume(window, folder, context.clock, context.language)
    report_problems(window, folder)  # what listing and reading the meetings found
    if start is not None:
        window.slot.run_for_group(start)
    elif not folder.settings.welcomed:  # not over a meeting that goes on
        welcome(window)


def welcome(window: MainWindow) -> None:
    """First run: explain, then offer the demo or creating a group."""
    folder = window.context.folder
    choice = WelcomeDialog.launch(folder.data_dir, window)
    folder.settings.welcomed = True
    folder.save_settings()
    if choice is WelcomeChoice.DEMO:
        start_demo_process()
    elif choice is WelcomeChoice.CREATE_GROUP:
        window.show_prepare().people.create_group()


def start_demo_process() -> None:
    """The demo runs as its own app, in a throw-away folder: real data stays untouched."""
    frozen = getattr(sys, "frozen", False)  # a bundle: the executable is the app itself
    command = [sys.executable] if frozen else [sys.executable, "-m", "intervisie_desktop"]
    subprocess.Popen([*command, "--demo"], start_new_session=True)
