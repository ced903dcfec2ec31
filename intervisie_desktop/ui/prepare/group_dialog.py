"""Create or edit a group: a name and its members (a role or organisation is optional)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.ui.tables import KeyboardTable


class GroupDialog(QDialog):
    def __init__(self, group: Group | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = group
        self.setWindowTitle(self.tr("Group") if group else self.tr("New group"))
        self.name = QLineEdit(group.name if group else "")
        self.name.setAccessibleName(self.tr("Name of the group"))
        self.members = KeyboardTable(0, 2)  # Tab leaves the table: no wrap to the first name
        self.members.setAccessibleName(self.tr("Members"))
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role or organisation")])
        self.members.horizontalHeader().setStretchLastSection(True)
        for member in group.members if group else []:
            self._add_row(member.name, member.role)
        if not group:
            self._add_row()
        add = QPushButton(self.tr("&Add member"))
        add.clicked.connect(lambda: self._add_row(focus=True))
        remove = QPushButton(self.tr("&Remove member"))
        remove.clicked.connect(self._remove_row)
        self.retention = QSpinBox()
        self.retention.setAccessibleName(self.tr("Delete meetings older than"))
        self.retention.setRange(0, 120)
        self.retention.setSpecialValueText(self.tr("never"))
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setValue(group.retention_months or 0 if group else 0)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a00000;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Delete meetings older than:"), self.retention)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Members (4 to 8 works best):")))
        layout.addWidget(self.members)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _add_row(self, name: str = "", role: str = "", focus: bool = False) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        name_cell = QTableWidgetItem(name)
        self.members.setItem(row, 0, name_cell)
        self.members.setItem(row, 1, QTableWidgetItem(role))
        if focus:
            self.members.setCurrentCell(row, 0)
            self.members.editItem(name_cell)

    def _remove_row(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.removeRow(row)

    def result_group(self) -> Group | None:
        """The group as entered, or None (with the reason shown) when it is not complete."""
        name = self.name.text().strip()
        members = []
        for row in range(self.members.rowCount()):
            cells = [self.members.item(row, column) for column in (0, 1)]
            member_name = cells[0].text().strip() if cells[0] else ""
            if member_name:
                members.append(
                    Member(name=member_name, role=cells[1].text().strip() if cells[1] else "")
                )
        names = [m.name for m in members]
        if not name:
            self.problem.setText(self.tr("Give the group a name."))
            return None
        if len(set(names)) != len(names):
            self.problem.setText(self.tr("Two members have the same name; add an initial."))
            return None
        retention = self.retention.value() or None
        if self._group is not None:
            return self._group.model_copy(
                update={"name": name, "members": members, "retention_months": retention}
            )
        return Group(name=name, members=members, retention_months=retention)

    def _accept(self) -> None:
        if self.result_group() is not None:
            self.accept()

    @classmethod
    def launch(cls, group: Group | None, parent: QWidget | None) -> Group | None:
        dialog = cls(group, parent)
        return dialog.result_group() if dialog.exec() == QDialog.DialogCode.Accepted else None
