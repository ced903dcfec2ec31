"""Build the QApplication, wire store, library and windows together, and run."""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop import APP_ID, APP_NAME, __version__
from intervisie_desktop.cli import parse_args

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.domain.clock import Clock, FakeClock, ShiftedClock
    from intervisie_desktop.domain.methods import MethodLibrary
    from intervisie_desktop.store.repository import DataFolder
    from intervisie_desktop.ui.main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    with ExitStack() as cleanup:
        return _run(args, cleanup)


def _data_dir(args: argparse.Namespace, cleanup: ExitStack) -> Path:
    from intervisie_desktop.store.paths import resolve_data_dir

    if args.demo and not args.data_dir:
        # The demo never touches real data: a folder that is removed on exit.
        return Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="intervisie-demo-")))
    return resolve_data_dir(args.data_dir)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.ui.app_icon import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Intervisie Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # matches the .desktop file, so Wayland shows our icon
    app.setWindowIcon(app_icon())
    return app


def _run(args: argparse.Namespace, cleanup: ExitStack) -> int:
    # Qt and the library are imported only now, so --help/--version stay instant.
    from PySide6.QtCore import QTimer

    from intervisie_desktop.domain.clock import SystemClock
    from intervisie_desktop.store.settings_file import load_settings
    from intervisie_desktop.ui.i18n import choose_language, install_translators
    from intervisie_desktop.ui.main_window import MainWindow
    from intervisie_desktop.ui.paint_watch import on_first_paint
    from intervisie_desktop.ui.single_instance import SingleInstance

    app = _application()

    data_dir = _data_dir(args, cleanup)
    loaded = load_settings(data_dir)  # plain, never encrypted: needed before unlocking
    language = choose_language(args.lang or loaded.settings.language)
    _translators = install_translators(app, language)  # kept alive while the app runs

    library = _load_library()
    if library is None:
        return 1

    instance = SingleInstance(data_dir)
    if not (args.screenshot or args.export_takeaway or args.smoke):
        if instance.ask_running_instance():
            return 0  # the running window came forward; no second writer
        instance.listen()
    demo_clock = _demo_clock(args)
    clock: Clock = demo_clock or SystemClock()
    window = MainWindow(library, language, settings=loaded.settings, data_dir=data_dir, clock=clock)
    instance.raise_requested.connect(window.bring_forward)
    if loaded.problem:
        from intervisie_desktop.ui.problem_text import describe_problem

        window.statusBar().showMessage(describe_problem(loaded.problem))

    def attach_data() -> bool:
        """Open (and if need be unlock) the data folder and show what is in it."""
        from intervisie_desktop.ui.open_folder import open_data_folder

        store = open_data_folder(data_dir, window)
        if store is None:
            return False
        cleanup.callback(store.close)
        if demo_clock is not None:
            _write_demo_data(store, library, clock, language)
        window.attach_store(store)
        if demo_clock is not None:
            _start_demo_meeting(window, library, demo_clock, language)
        return True

    if demo_clock is not None:  # the demo, pictures and exports need their data first
        if not attach_data():
            return 1
    else:  # paint the window first, then read the data folder

        def after_first_paint() -> None:
            if not attach_data():
                app.exit(1)
            elif args.smoke:
                app.quit()  # the smoke check covers opening the data folder too
            else:
                window.after_start()

        on_first_paint(window, lambda: QTimer.singleShot(0, after_first_paint))

    return _output_or_show(args, app, window, language, quit_when_painted=demo_clock is not None)


def _output_or_show(
    args: argparse.Namespace,
    app: QApplication,
    window: MainWindow,
    language: str,
    *,
    quit_when_painted: bool,
) -> int:
    """Write what was asked for (an export, screenshots), or show the window and run."""
    from PySide6.QtCore import QTimer

    from intervisie_desktop.ui.paint_watch import on_first_paint

    if args.export_takeaway:
        return _export_takeaway(window, Path(args.export_takeaway), language)
    if args.screenshot:
        from intervisie_desktop.ui.screenshots import render_screenshots

        for path in render_screenshots(window, Path(args.screenshot)):
            print(path)
        return 0
    if args.smoke:

        def _painted() -> None:
            print("painted", flush=True)
            if quit_when_painted:
                QTimer.singleShot(0, app.quit)

        on_first_paint(window, _painted)
    window.show()
    return app.exec()


def _export_takeaway(window: MainWindow, path: Path, language: str) -> int:
    """``--export-takeaway FILE``: the demo meeting, finished, as the case presenter gets it."""
    from intervisie_desktop.domain.demo_board import demo_board
    from intervisie_desktop.domain.report import TakeawayOptions
    from intervisie_desktop.ui.exports import ExportError, write_report

    if window.board is None:
        print("--export-takeaway needs a meeting: add --demo", file=sys.stderr)
        return 2
    window.board.board = demo_board(language, complete=True)
    try:
        write_report(window.takeaway(TakeawayOptions()), path)
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(path)
    return 0


def _write_demo_data(
    store: DataFolder, library: MethodLibrary, clock: Clock, language: str
) -> None:
    """The fictional group and its earlier meetings, so history and rotation show at once."""
    from intervisie_desktop.domain.demo import demo_group, demo_past_meetings

    if any(g.id == demo_group().id for g in store.list_groups()):
        return  # --demo --data-dir DIR a second time: keep what is there
    store.save_group(demo_group())
    for meeting in demo_past_meetings(library, clock.wall(), language):
        store.save_meeting(meeting)


def _start_demo_meeting(
    window: MainWindow, library: MethodLibrary, clock: FakeClock | ShiftedClock, language: str
) -> None:
    from intervisie_desktop.domain.demo import DEMO_GROUP_ID, build_demo_meeting
    from intervisie_desktop.domain.history import latest_follow_up
    from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers

    demo = build_demo_meeting(library, load_builtin_icebreakers(), clock, language)
    window.start_meeting(
        demo.engine,
        demo.title,
        demo.reminder_rules,
        board=demo.board,
        case_question=demo.case_question.get(language),
        record=demo.record(DEMO_GROUP_ID, clock.wall()),
    )
    window.show_follow_up(latest_follow_up(window.group_meetings(DEMO_GROUP_ID), clock.wall()))


def _load_library() -> MethodLibrary | None:
    """The built-in methods, or None after saying plainly that a file is damaged."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from intervisie_desktop.domain.definitions import DefinitionError
    from intervisie_desktop.domain.methods import load_method_library

    try:
        return load_method_library()
    except DefinitionError as exc:
        text = QCoreApplication.translate(
            "App", "A method definition is damaged, so the app cannot start:\n%1"
        )
        QMessageBox.critical(None, "Intervisie Desktop", text.replace("%1", str(exc)))
        return None


def _demo_clock(args: argparse.Namespace) -> FakeClock | ShiftedClock | None:
    """Pictures and exports get a fixed moment; the demo replays its first half."""
    from intervisie_desktop.domain.clock import FakeClock, ShiftedClock, SystemClock

    if args.screenshot or args.export_takeaway:
        return FakeClock(SystemClock().wall().replace(hour=13, minute=30, second=0))
    if args.demo:
        from intervisie_desktop.domain.demo import replay_seconds

        return ShiftedClock(SystemClock(), replay_seconds())
    return None
