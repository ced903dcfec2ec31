"""Set or change the data folder's passphrase (encryption at rest).

The work (deriving keys, re-encrypting files) runs off the UI thread. A wrong
current passphrase changes nothing. The user is told plainly that a lost
passphrase means lost notes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.store import crypto
from intervisie_desktop.store.repository import DataFolder
from intervisie_desktop.ui.data.off_thread import run_off_ui_thread
from intervisie_desktop.ui.problem_text import describe_error


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    def __init__(self, store: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        changing = store.encrypted
        self.setWindowTitle(
            self.tr("Change the passphrase") if changing else self.tr("Encrypt this data folder")
        )
        warning = QLabel(
            self.tr(
                "With a passphrase, everything in the data folder is encrypted. Keep the "
                "passphrase safe: if it is lost, the notes cannot be read by anyone, "
                "not even by us."
            )
        )
        warning.setWordWrap(True)
        self.current = _password_field(self.tr("Current passphrase"))
        self.new = _password_field(self.tr("New passphrase"))
        self.repeat = _password_field(self.tr("Repeat the new passphrase"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        form = QFormLayout()
        if changing:
            form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def apply(self) -> None:
        """Encrypt or re-wrap; stays open with the reason when it cannot."""
        new = self.new.text()
        if new != self.repeat.text():
            self.problem.setText(self.tr("The two new passphrases are not the same."))
            return
        store = self._store
        old = self.current.text()
        try:
            if store.encrypted:
                run_off_ui_thread(lambda: store.change_passphrase(old, new))
            else:
                run_off_ui_thread(lambda: store.enable_encryption(new))
        except crypto.WrongPassphraseError:
            self.problem.setText(self.tr("The current passphrase is not right. Nothing changed."))
            return
        except (crypto.EncryptionError, OSError) as exc:
            self.problem.setText(describe_error(exc))
            return
        self.accept()

    @classmethod
    def launch(cls, store: DataFolder, parent: QWidget | None) -> bool:
        return cls(store, parent).exec() == QDialog.DialogCode.Accepted
