"""Fixtures for widget tests: the main window in a chosen language."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.ui.i18n import install_translators
from intervisie_desktop.ui.main_window import MainWindow


@pytest.fixture
def main_window_in(
    qtbot: QtBot, qapp: QApplication, library: MethodLibrary
) -> Iterator[Callable[[str], MainWindow]]:
    """Build the main window with the app translated into ``language``."""
    installed = []

    def build(language: str) -> MainWindow:
        installed.extend(install_translators(qapp, language))
        window = MainWindow(library, language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    for translator in installed:
        qapp.removeTranslator(translator)
