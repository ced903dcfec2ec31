"""What a control is called contains what it shows (WCAG 2.5.3), in both languages;
combo boxes, read on Linux as their value, have a visible label tied to them; the
About box's logo has a name; Tab leaves the method editor's rules field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.dialogs.about import about_box
from intervisie_desktop.ui.dialogs.help_overlay import ShortcutHelp
from intervisie_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from intervisie_desktop.ui.dialogs.settings_dialog import SettingsDialog
from intervisie_desktop.ui.dialogs.welcome import WelcomeDialog
from intervisie_desktop.ui.i18n import install_translators
from intervisie_desktop.ui.library.method_editor import MethodEditor
from intervisie_desktop.ui.prepare.group_dialog import GroupDialog
from intervisie_desktop.ui.reports.exports import TakeawayDialog
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.accessible_names import combos_without_label, names_without_their_label

LANGUAGES = ["en", "nl"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


Dialog = Callable[[MethodLibrary, DataFolder, Path], QWidget]
DIALOGS: dict[str, Dialog] = {
    "settings": lambda _l, _s, tmp: SettingsDialog(Settings(), tmp),
    "help": lambda _l, _s, _t: ShortcutHelp(),
    "welcome": lambda _l, _s, tmp: WelcomeDialog(tmp),
    "passphrase": lambda _l, store, _t: PassphraseDialog(store),
    "method editor": lambda library, _s, _t: MethodEditor(library.get("vijfstappen")),
    "take-away, two cases": lambda _l, _s, _t: TakeawayDialog(None, ["Bram", "Dewi"]),
    "about": lambda _l, _s, _t: about_box(None, "About", "<p>About</p>"),
}


@pytest.mark.usefixtures("language")
@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_dialog_names_contain_their_visible_labels(
    qtbot: QtBot,
    library: MethodLibrary,
    store: DataFolder,
    tmp_path: Path,
    dialog: str,
) -> None:
    widget = DIALOGS[dialog](library, store, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    assert names_without_their_label(widget) == []
    assert combos_without_label(widget) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_methods_page_names_contain_their_labels(
    main_window_in: Callable[[str], MainWindow], lang: str
) -> None:
    page = main_window_in(lang).methods_page
    assert names_without_their_label(page) == []
    assert combos_without_label(page) == []


def test_the_check_catches_a_name_that_says_something_else(qtbot: QtBot) -> None:
    dialog = ShortcutHelp()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChildren(QLabel)[0].setBuddy(dialog.table)
    dialog.findChildren(QLabel)[0].setText("&Shortcuts:")
    dialog.table.setAccessibleName("All keys")
    assert names_without_their_label(dialog) == [
        "QTreeWidget labelled '&Shortcuts:' is named 'All keys'"
    ]


@pytest.mark.usefixtures("language")
def test_the_about_logo_has_a_name(qtbot: QtBot) -> None:
    box = about_box(None, "About", "<p>About</p>")
    qtbot.addWidget(box)
    images = [
        label
        for label in box.findChildren(QLabel)
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]
    assert len(images) == 1
    interface = QAccessible.queryAccessibleInterface(images[0])
    assert interface.role() == QAccessible.Role.Graphic
    assert "Intervisie Desktop" in interface.text(QAccessible.Text.Name)


def test_the_standard_about_box_leaves_its_logo_unnamed(qtbot: QtBot) -> None:
    """Why about_box exists: Qt's own leaves the picture nameless."""
    box = QMessageBox(QMessageBox.Icon.Information, "About", "About")
    qtbot.addWidget(box)
    icon = next(label for label in box.findChildren(QLabel) if not label.pixmap().isNull())
    assert QAccessible.queryAccessibleInterface(icon).text(QAccessible.Text.Name) == ""


def test_tab_leaves_the_rules_of_a_method(qtbot: QtBot, library: MethodLibrary) -> None:
    editor = MethodEditor(library.get("vijfstappen"))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.rules.setFocus()
    before = editor.rules.toPlainText()
    qtbot.keyClick(editor.rules, Qt.Key.Key_Tab)
    assert not editor.rules.hasFocus()
    assert editor.rules.toPlainText() == before


# ----- the meeting, the prepare tabs and the group dialog ------------------------------


def _problems(root: QWidget) -> list[str]:
    return names_without_their_label(root) + combos_without_label(root)


def _area_problems(window: MainWindow, area: str) -> list[str]:
    if area == "meeting":  # every block: the flip-over's fields follow the step
        assert window.meeting is not None
        controller = window.meeting.controller
        controller.jump(0)
        found = []
        for _block in controller.engine.blocks:
            found += _problems(window.meeting.page)
            controller.next()
        return found
    if area == "group dialog":
        dialog = GroupDialog(None, window)
        dialog.show()
        return _problems(dialog)
    prepare = window.show_prepare()
    found: list[str] = []
    for index in range(prepare.tabs.count()):
        prepare.tabs.setCurrentIndex(index)
        found += _problems(prepare)
    return found


@pytest.mark.parametrize("area", ["meeting", "prepare", "group dialog"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_names_contain_their_labels_in_meeting_and_preparation(
    demo_window_in: Callable[[str], MainWindow], area: str, lang: str
) -> None:
    assert _area_problems(demo_window_in(lang), area) == []
