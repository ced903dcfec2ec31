"""The group's evaluation of one meeting: one row per person (a name, or empty for
anonymous), a rating of 1 to 5 per rated question and what they would change.
Typed in the meeting by the scribe, or later from the paper forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.series.evaluation import (
    EVALUATION_FORM,
    RATING_MAX,
    RATING_MIN,
    Evaluation,
    EvaluationResponse,
)
from intervisie_desktop.ui.tables import KeyboardTable, NumberDelegate

NO_RATING = RATING_MIN - 1  # shown as "–"


class EvaluationDialog(QDialog):
    def __init__(
        self,
        evaluation: Evaluation,
        members: list[str],
        clock: Clock,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._evaluation, self._clock = evaluation, clock
        self.setWindowTitle(
            self.tr("Evaluation of the meeting of %1").replace(
                "%1", evaluation.day.strftime("%d-%m-%Y")
            )
        )
        self.questions = list(EVALUATION_FORM)
        legend = "<br>".join(
            f"<b>{number}.</b> {q.text.get(language)}"
            + (f" ({RATING_MIN}–{RATING_MAX})" if q.rated else "")
            for number, q in enumerate(self.questions, start=1)
        )
        self.legend = QLabel(legend)
        self.legend.setWordWrap(True)
        self.table = KeyboardTable(0, 1 + len(self.questions))
        self.table.setAccessibleName(self.tr("Answers, one row per person"))
        name_header = QTableWidgetItem(self.tr("Name (may stay empty)"))
        self.table.setHorizontalHeaderItem(0, name_header)
        for column, question in enumerate(self.questions, start=1):
            header = QTableWidgetItem(str(column))
            header.setToolTip(question.text.get(language))
            self.table.setHorizontalHeaderItem(column, header)
            if question.rated:
                delegate = NumberDelegate(NO_RATING, RATING_MAX, self.table, special="–")
                self.table.setItemDelegateForColumn(column, delegate)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setStretchLastSection(True)  # what they would change: room to read it
        add = QPushButton(self.tr("&Add a person"))
        add.clicked.connect(lambda: self.add_row(focus=True))
        remove = QPushButton(self.tr("&Remove the person"))
        remove.clicked.connect(self.remove_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        for response in evaluation.responses:
            self.add_row(response)
        if not evaluation.responses:
            for name in members:
                self.add_row(EvaluationResponse(respondent=name))
        self.resize(820, 520)

    def add_row(self, response: EvaluationResponse | None = None, focus: bool = False) -> None:
        response = response or EvaluationResponse()
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(response.respondent))
        for column, question in enumerate(self.questions, start=1):
            cell = QTableWidgetItem()
            if question.rated:
                value = response.ratings.get(question.id, NO_RATING)
                cell.setData(Qt.ItemDataRole.EditRole, value)  # the delegate shows 0 as "–"
            else:
                cell.setText(response.comments.get(question.id, ""))
            self.table.setItem(row, column, cell)
        if focus:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            name_cell = self.table.item(row, 0)
            if name_cell is not None:
                self.table.editItem(name_cell)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def responses(self) -> list[EvaluationResponse]:
        """Every row with at least one answer."""
        found = []
        for row in range(self.table.rowCount()):
            name_cell = self.table.item(row, 0)
            ratings: dict[str, int] = {}
            comments: dict[str, str] = {}
            for column, question in enumerate(self.questions, start=1):
                cell = self.table.item(row, column)
                if cell is None:
                    continue
                if question.rated:
                    value = _rating(cell)
                    if value is not None:
                        ratings[question.id] = value
                elif cell.text().strip():
                    comments[question.id] = cell.text().strip()
            if ratings or comments:
                name = name_cell.text().strip() if name_cell else ""
                found.append(
                    EvaluationResponse(respondent=name, ratings=ratings, comments=comments)
                )
        return found

    def evaluation(self) -> Evaluation:
        return self._evaluation.model_copy(
            update={"responses": self.responses(), "updated": self._clock.wall()}
        )

    @classmethod
    def launch(
        cls,
        evaluation: Evaluation,
        members: list[str],
        clock: Clock,
        language: str,
        parent: QWidget | None,
    ) -> Evaluation | None:
        dialog = cls(evaluation, members, clock, language, parent)
        return dialog.evaluation() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _rating(cell: QTableWidgetItem) -> int | None:
    value = cell.data(Qt.ItemDataRole.EditRole)
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if RATING_MIN <= number <= RATING_MAX else None
