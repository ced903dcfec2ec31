"""Settings in one dialog, and the first-run welcome."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.ui.dialogs.settings_dialog import SettingsDialog
from intervisie_desktop.ui.dialogs.welcome import WelcomeChoice, WelcomeDialog
from intervisie_desktop.ui.shell import startup
from intervisie_desktop.ui.shell.main_window import MainWindow


def test_settings_dialog_returns_every_choice(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings(), tmp_path)
    qtbot.addWidget(dialog)
    assert [dialog.projector_screen.itemData(i) for i in range(1, 3)] == ["Laptop", "Projector"]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.projector_screen.setCurrentIndex(dialog.projector_screen.findData("Projector"))
    dialog.warning.setValue(120)
    dialog.sound.setChecked(False)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high_contrast"))
    dialog.font_scale.setValue(150)
    dialog.blackout.setCurrentIndex(2)
    result = dialog.result_settings()
    assert result.language == "en" and result.presenter_screen == "Projector"
    assert result.warning_seconds == 120 and not result.sound
    assert result.presenter_theme == "high_contrast" and result.presenter_font_scale == 1.5
    assert result.blackout_colour == "#0b1a2a"


def test_new_settings_change_the_projector_at_once(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted = demo_window.context.folder.settings.model_copy(
        update={"presenter_theme": "high_contrast", "warning_seconds": 600, "sound": False}
    )
    monkeypatch.setattr(SettingsDialog, "launch", classmethod(lambda cls, *a, **k: wanted))
    demo_window.show_settings()
    view = demo_window.meeting.presenter.view  # type: ignore[union-attr]
    assert "background: #000000" in view.styleSheet()
    assert view.status.text() == "Time is nearly up"  # 6:35 left is now within the warning time
    assert not demo_window.context.chime.enabled


def test_welcome_offers_the_demo_and_a_group(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog(tmp_path)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(tmp_path) in texts and "nothing is ever sent over the network" in texts
    dialog.create_button.click()
    assert dialog.choice is WelcomeChoice.CREATE_GROUP
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_first_run_create_group_opens_the_preparation(
    main_window_in,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    monkeypatch.setattr(
        WelcomeDialog, "launch", classmethod(lambda cls, d, p: WelcomeChoice.CREATE_GROUP)
    )
    created = []
    monkeypatch.setattr(
        "intervisie_desktop.ui.prepare.people.PeopleAndCase.create_group",
        lambda self: created.append(True),
    )
    startup.welcome(window)
    assert window.context.folder.settings.welcomed
    assert window.pages.currentWidget() is window.prepare_page and created


def test_first_run_demo_starts_a_separate_demo_app(
    main_window_in,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    monkeypatch.setattr(WelcomeDialog, "launch", classmethod(lambda cls, d, p: WelcomeChoice.DEMO))
    started = []
    monkeypatch.setattr(startup, "start_demo_process", lambda: started.append(True))
    startup.welcome(window)
    assert started == [True]
