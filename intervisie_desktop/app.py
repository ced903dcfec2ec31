"""Build the QApplication, wire store, library and windows together, and run."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import ExitStack, suppress
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop import APP_ID, APP_NAME, __version__
from intervisie_desktop.cli import parse_args
from intervisie_desktop.platform_check import startup_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.domain.clock import Clock, FakeClock, ShiftedClock
    from intervisie_desktop.domain.methods import MethodLibrary
    from intervisie_desktop.store.repository import DataFolder
    from intervisie_desktop.ui.data.single_instance import SingleInstance
    from intervisie_desktop.ui.pause_watch import LongestPause
    from intervisie_desktop.ui.shell.main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = startup_problem(os.environ)  # before Qt: a missing library, named plainly
    if problem:
        print(problem, file=sys.stderr)
        return 1
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

    from intervisie_desktop.ui.palette import apply_readable_palette

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    apply_readable_palette(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Intervisie Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # matches the .desktop file, so Wayland shows our icon
    return app  # the window icon follows the first paint (ui/shell/loading.py): SVG takes a while


def _run(args: argparse.Namespace, cleanup: ExitStack) -> int:
    # The first window needs only the language, its place and the methods' names, read
    # with the standard library. They come before Qt: PySide6 hooks every import that
    # follows it. Everything else is loaded after the first paint (ui/shell/loading.py).
    from intervisie_desktop.domain.catalogue import listed_methods, read_catalogue
    from intervisie_desktop.store.settings_peek import peek_settings

    data_dir = _data_dir(args, cleanup)
    peek = peek_settings(data_dir)  # settings are never encrypted: readable before unlocking

    # Qt only now, so --help/--version stay instant; and without PySide6's source scan.
    from intervisie_desktop.ui.pyside_imports import stop_source_scan

    stop_source_scan()
    from intervisie_desktop.ui.i18n import choose_language, install_translators

    app = _application()
    language = choose_language(args.lang or peek.language)
    _translators = install_translators(app, language)  # kept alive while the app runs
    instance = None  # pictures, exports and checks run beside a running app
    if not (args.screenshot or args.export_takeaway or args.smoke):
        from intervisie_desktop.ui.data.single_instance import SingleInstance

        instance = SingleInstance(data_dir)
        if instance.ask_running_instance():
            return 0  # the running window came forward; no second writer
    methods = read_catalogue(language)
    if methods is None:  # a method file is not even readable: say which, as the library does
        from intervisie_desktop.ui.shell.loading import validated_library

        library = validated_library()
        if library is None:
            return 1
        methods = listed_methods(library, language)

    from intervisie_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(language, methods)
    demo_clock = _demo_clock(args)
    if demo_clock is not None:  # the demo, pictures and exports need their data first
        from intervisie_desktop.ui.shell.loading import load_the_rest

        store = load_the_rest(instance, data_dir, window, demo_clock, cleanup)
        if store is None:
            return 1
        _write_demo_data(store, window.context.folder.library, demo_clock, language)
        window.context.folder.attach(store)
        _start_demo_meeting(window, demo_clock)
    else:  # paint the window first, then load the rest
        _load_once_painted(
            args, app=app, window=window, instance=instance, data_dir=data_dir, cleanup=cleanup
        )

    return _output_or_show(
        args, app, window, peek.window_geometry, cleanup, quit_when_painted=demo_clock is not None
    )


def _load_once_painted(
    args: argparse.Namespace,
    *,
    app: QApplication,
    window: MainWindow,
    instance: SingleInstance | None,
    data_dir: Path,
    cleanup: ExitStack,
) -> None:
    """After the first paint: the rest of the app is imported on a worker thread (most
    of its loading time), so the window answers meanwhile; then the validated library,
    the settings and the data folder are loaded on the UI thread."""
    from PySide6.QtCore import QTimer

    from intervisie_desktop.ui.paint_watch import on_first_paint

    pauses: list[LongestPause] = []  # --smoke: watched from the first paint

    def watch_pauses() -> None:
        from intervisie_desktop.ui.pause_watch import LongestPause

        pauses.append(LongestPause(window))

    def import_the_rest() -> None:
        from intervisie_desktop.ui.data.off_thread import hand_back

        hand_back(partial(import_module, "intervisie_desktop.ui.shell.loading"), load, window)

    def load(imported: object) -> None:
        if isinstance(imported, Exception):
            raise imported
        if not window.isVisible():  # closed or stopped meanwhile
            return
        from intervisie_desktop.ui.shell.loading import load_the_rest

        store = load_the_rest(instance, data_dir, window, None, cleanup)
        if store is None:
            app.exit(1)
            return
        folder = window.context.folder
        folder.opened.connect(lambda: _started(args, app, window, next(iter(pauses), None)))
        folder.attach_checked(store)  # the meetings checked off the UI thread first

    if args.smoke:
        on_first_paint(window, watch_pauses)
    on_first_paint(window, lambda: QTimer.singleShot(0, import_the_rest))


def _started(
    args: argparse.Namespace, app: QApplication, window: MainWindow, pause: LongestPause | None
) -> None:
    """The data folder is open and its meetings are listed."""
    if args.smoke:  # it covers opening the data folder too
        lines: list[str] = []
        if pause is not None:  # how long the painted window did not answer, at most
            lines.append(f"longest pause {pause.stop() * 1000:.1f} ms")
        if args.check_bundle:  # and what loads on use, which a bundle can lack
            from intervisie_desktop.ui.shell.smoke_checks import run_smoke_checks

            lines += run_smoke_checks(window.language)
        app.exit(1 if any(line.startswith("FAILED") for line in lines) else 0)
        if lines:
            with suppress(OSError):  # a closed pipe: the check ends all the same
                print(*lines, sep="\n", flush=True)
    else:
        from intervisie_desktop.ui.shell.startup import after_start

        after_start(window)


def _output_or_show(
    args: argparse.Namespace,
    app: QApplication,
    window: MainWindow,
    remembered_places: dict[str, str],
    cleanup: ExitStack,
    *,
    quit_when_painted: bool,
) -> int:
    """Write what was asked for (an export, screenshots), or show the window and run."""
    from PySide6.QtCore import QTimer

    from intervisie_desktop.ui.paint_watch import on_first_paint
    from intervisie_desktop.ui.shell.window_place import place

    if args.export_takeaway:
        return _export_takeaway(window, Path(args.export_takeaway), window.language)
    if args.screenshot:
        from intervisie_desktop.ui.shell.screenshots import render_screenshots

        for path in render_screenshots(window, Path(args.screenshot)):
            print(path)
        return 0
    if args.smoke:

        def _painted() -> None:
            print("painted", flush=True)
            if quit_when_painted:
                QTimer.singleShot(0, app.quit)

        on_first_paint(window, _painted)
    place(window, remembered_places)
    window.show()
    on_first_paint(
        window, lambda: QTimer.singleShot(0, lambda: _watch_leaving(app, window, cleanup))
    )
    app.aboutToQuit.connect(window.close_meeting)
    try:
        return app.exec()
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()  # a check of the meetings ends first


def _watch_leaving(app: QApplication, window: MainWindow, cleanup: ExitStack) -> None:
    """A signal or the session's end: save the meeting first (set up once painted; the
    window listens for sleep itself once a meeting runs)."""
    from intervisie_desktop.ui.shell.leaving import QuitSignals

    leaving = QuitSignals(app)
    leaving.received.connect(lambda _number: window.leave_now())
    cleanup.callback(leaving.restore)
    app.commitDataRequest.connect(lambda _manager: window.save_meeting_now())


def _export_takeaway(window: MainWindow, path: Path, language: str) -> int:
    """``--export-takeaway FILE``: the demo meeting, finished, as the case presenter gets it."""
    from intervisie_desktop.domain.demo_board import demo_board
    from intervisie_desktop.domain.report import TakeawayOptions
    from intervisie_desktop.ui.reports.exports import ExportError, write_report

    meeting = window.meeting
    if meeting is None:
        print("--export-takeaway needs a meeting: add --demo", file=sys.stderr)
        return 2
    meeting.board.board = demo_board(language, complete=True)
    try:
        write_report(meeting.takeaway(TakeawayOptions()), path)
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


def _start_demo_meeting(window: MainWindow, clock: FakeClock | ShiftedClock) -> None:
    from intervisie_desktop.domain.demo import DEMO_GROUP_ID, build_demo_meeting
    from intervisie_desktop.domain.history import latest_follow_up
    from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers

    context = window.context
    folder = context.folder
    demo = build_demo_meeting(folder.library, load_builtin_icebreakers(), clock, context.language)
    meeting = window.run(demo.start(DEMO_GROUP_ID, clock.wall()))
    meeting.show_follow_up(latest_follow_up(folder.meetings_of(DEMO_GROUP_ID), clock.wall()))


def _demo_clock(args: argparse.Namespace) -> FakeClock | ShiftedClock | None:
    """Pictures and exports get a fixed moment; the demo replays its first half."""
    if not (args.screenshot or args.export_takeaway or args.demo):
        return None  # the system clock, made with the context
    from intervisie_desktop.domain.clock import FakeClock, ShiftedClock, SystemClock

    if args.screenshot or args.export_takeaway:
        return FakeClock(SystemClock().wall().replace(hour=13, minute=30, second=0))
    if args.demo:
        from intervisie_desktop.domain.demo import replay_seconds

        return ShiftedClock(SystemClock(), replay_seconds())
    return None
