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
    from PySide6.QtWidgets import QMessageBox

    from intervisie_desktop.domain.clock import Clock, FakeClock, ShiftedClock, SystemClock
    from intervisie_desktop.domain.definitions import DefinitionError
    from intervisie_desktop.domain.methods import load_method_library
    from intervisie_desktop.store.atomic import ensure_private_dir, remove_stale_temp_files
    from intervisie_desktop.store.settings_file import load_settings
    from intervisie_desktop.ui.i18n import choose_language, install_translators
    from intervisie_desktop.ui.main_window import MainWindow
    from intervisie_desktop.ui.paint_watch import on_first_paint

    app = _application()

    data_dir = _data_dir(args, cleanup)
    ensure_private_dir(data_dir)
    remove_stale_temp_files(data_dir)
    loaded = load_settings(data_dir)
    language = choose_language(args.lang or loaded.settings.language)
    _translators = install_translators(app, language)  # kept alive while the app runs

    try:
        library = load_method_library()
    except DefinitionError as exc:
        QMessageBox.critical(
            None,
            "Intervisie Desktop",
            app.translate(
                "App", "A method definition is damaged, so the app cannot start:\n%1"
            ).replace("%1", str(exc)),
        )
        return 1

    demo_clock: FakeClock | ShiftedClock | None = None
    if args.screenshot or args.export_takeaway:  # a fixed moment: the same output every time
        demo_clock = FakeClock(SystemClock().wall().replace(hour=13, minute=30, second=0))
    elif args.demo:  # real time, replayed from the demo meeting's start
        from intervisie_desktop.domain.demo import replay_seconds

        demo_clock = ShiftedClock(SystemClock(), replay_seconds())
    clock: Clock = demo_clock or SystemClock()
    groups, history = [], {}
    if demo_clock is not None:
        from intervisie_desktop.domain.demo import demo_group, demo_history

        groups = [demo_group()]
        history = {groups[0].id: demo_history(clock.wall())}
    window = MainWindow(
        library,
        language,
        settings=loaded.settings,
        data_dir=data_dir,
        clock=clock,
        groups=groups,
        history=history,
    )
    if loaded.problem:
        window.statusBar().showMessage(loaded.problem)
    if demo_clock is not None:
        from intervisie_desktop.domain.demo import build_demo_meeting
        from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers

        demo = build_demo_meeting(library, load_builtin_icebreakers(), demo_clock, language)
        window.start_meeting(
            demo.engine,
            demo.title,
            demo.reminder_rules,
            demo.board,
            demo.case_question.get(language),
        )

    if args.export_takeaway:
        return _export_takeaway(window, Path(args.export_takeaway), language)
    if args.screenshot:
        from intervisie_desktop.ui.screenshots import render_screenshots

        written = render_screenshots(window, Path(args.screenshot))
        for path in written:
            print(path)
        return 0
    if args.smoke:

        def _painted() -> None:
            print("painted", flush=True)
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
