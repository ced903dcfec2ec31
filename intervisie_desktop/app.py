"""Build the QApplication, wire library and windows together, and run."""

from __future__ import annotations

import sys

from intervisie_desktop import APP_NAME, __version__
from intervisie_desktop.cli import parse_args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)

    # Qt and the library are imported only now, so --help/--version stay instant.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.domain.methods import load_method_library
    from intervisie_desktop.ui.app_icon import app_icon
    from intervisie_desktop.ui.i18n import choose_language, install_translators
    from intervisie_desktop.ui.main_window import MainWindow
    from intervisie_desktop.ui.paint_watch import on_first_paint

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Intervisie Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("nl.intervisie.desktop")
    app.setWindowIcon(app_icon())

    language = choose_language(args.lang)
    _translators = install_translators(app, language)  # kept alive while the app runs

    library = load_method_library()
    window = MainWindow(library, language)
    if args.smoke:

        def _painted() -> None:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)

        on_first_paint(window, _painted)
    window.show()
    return app.exec()
