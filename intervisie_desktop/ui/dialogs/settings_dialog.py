"""All settings in one dialog: language, projector, timer, sound, looks, data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.settings import BLACKOUT_COLOURS, Settings


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, data_dir: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("as the system"), None)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.projector_screen = QComboBox()
        self.projector_screen.setAccessibleName(self.tr("Projector screen"))
        self.projector_screen.addItem(self.tr("automatic: a screen other than the laptop's"), None)
        for screen in QGuiApplication.screens():
            self.projector_screen.addItem(screen.name(), screen.name())
        if (
            settings.presenter_screen
            and self.projector_screen.findData(settings.presenter_screen) < 0
        ):
            self.projector_screen.addItem(settings.presenter_screen, settings.presenter_screen)
        self.projector_screen.setCurrentIndex(
            max(0, self.projector_screen.findData(settings.presenter_screen))
        )
        self.warning = QSpinBox()
        self.warning.setAccessibleName(self.tr("Warning before the end of a block"))
        self.warning.setRange(0, 600)
        self.warning.setSingleStep(15)
        self.warning.setSuffix(self.tr(" s before the end"))
        self.warning.setValue(settings.warning_seconds)
        self.warning_style = QComboBox()
        self.warning_style.setAccessibleName(self.tr("Warning style"))
        self.warning_style.addItem(self.tr("the whole screen turns amber, then red"), "full_screen")
        self.warning_style.addItem(self.tr("calm: only the clock changes colour"), "clock_only")
        self.warning_style.setCurrentIndex(
            max(0, self.warning_style.findData(settings.warning_style))
        )
        self.sound = QCheckBox(self.tr("Play a short chime at zero"))
        self.sound.setChecked(settings.sound)
        self.single_keys = QCheckBox(
            self.tr("Single keys steer the meeting (Space, T, +, −; the clicker always works)")
        )
        self.single_keys.setChecked(settings.single_key_shortcuts)
        self.coach = QCheckBox(
            self.tr("The coach points out questions and advice that go against the rules")
        )
        self.coach.setChecked(settings.coach)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Projector colours"))
        self.theme.addItem(self.tr("standard"), "standard")
        self.theme.addItem(self.tr("high contrast"), "high_contrast")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.presenter_theme)))
        self.font_scale = QSpinBox()
        self.font_scale.setAccessibleName(self.tr("Projector text size"))
        self.font_scale.setRange(50, 200)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(round(settings.presenter_font_scale * 100))
        self.blackout = QComboBox()
        self.blackout.setAccessibleName(self.tr("Blackout colour"))
        names = (self.tr("black"), self.tr("charcoal"), self.tr("night blue"))
        for name, colour in zip(names, BLACKOUT_COLOURS, strict=True):
            self.blackout.addItem(name, colour)
        self.blackout.setCurrentIndex(max(0, self.blackout.findData(settings.blackout_colour)))
        self._build_layout(data_dir)

    def _build_layout(self, data_dir: Path | None) -> None:
        folder = QLabel(str(data_dir) if data_dir else self.tr("(none)"))
        folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.setEnabled(data_dir is not None)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        self.passphrase = QPushButton(self.tr("&Passphrase…"))
        note = QLabel(
            self.tr(
                "To keep the data elsewhere (e.g. on a USB stick), start the app with "
                "--data-dir FOLDER. A new language takes effect at the next start."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Projector &screen:"), self.projector_screen)
        form.addRow(self.tr("&Warning:"), self.warning)
        form.addRow(self.tr("Warning st&yle:"), self.warning_style)
        form.addRow("", self.sound)
        form.addRow("", self.single_keys)
        form.addRow("", self.coach)
        form.addRow(self.tr("Projector &colours:"), self.theme)
        form.addRow(self.tr("Projector &text size:"), self.font_scale)
        form.addRow(self.tr("&Blackout colour:"), self.blackout)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow(self.tr("Encryption:"), self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        return self._settings.model_copy(
            update={
                "language": self.language.currentData(),
                "presenter_screen": self.projector_screen.currentData(),
                "warning_seconds": self.warning.value(),
                "warning_style": self.warning_style.currentData(),
                "sound": self.sound.isChecked(),
                "single_key_shortcuts": self.single_keys.isChecked(),
                "coach": self.coach.isChecked(),
                "presenter_theme": self.theme.currentData(),
                "presenter_font_scale": self.font_scale.value() / 100,
                "blackout_colour": self.blackout.currentData(),
            }
        )

    @classmethod
    def launch(
        cls,
        settings: Settings,
        data_dir: Path | None,
        parent: QWidget | None,
        on_passphrase: object = None,
    ) -> Settings | None:
        dialog = cls(settings, data_dir, parent)
        if callable(on_passphrase):
            dialog.passphrase.clicked.connect(on_passphrase)
        else:
            dialog.passphrase.setEnabled(False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_settings()
        return None
