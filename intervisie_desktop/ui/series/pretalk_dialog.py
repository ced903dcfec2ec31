"""The pre-talk with the case presenter: the common points and the method's own,
each answered yes, no or not sure; on "no" the sources' advice shows. A private
note goes with it. The answers feed the method chooser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.domain.series.pretalk import (
    ChecklistItem,
    PretalkAnswer,
    PretalkRecord,
    answer_point,
    checklist,
)
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.series import wording
from intervisie_desktop.ui.series.planned_ref import PlannedRef


class PretalkDialog(QDialog):
    def __init__(
        self,
        folder: FolderService,
        ref: PlannedRef,
        clock: Clock,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        group, series, planned = ref.group, ref.series, ref.planned
        self._folder, self._clock, self._language = folder, clock, language
        presenter = planned.case_presenter or self.tr("the case presenter")
        self.setWindowTitle(self.tr("Pre-talk with %1").replace("%1", presenter))
        self.record = folder.pretalk_for(planned.id) or PretalkRecord(
            group_id=group.id,
            series_id=series.id,
            planned_meeting_id=planned.id,
            case_presenter=planned.case_presenter,
            method_id=planned.method_id,
            updated=clock.wall(),
        )
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("The method to go through the points for"))
        for method in folder.library.methods:
            self.method.addItem(method.name.get(language), method.id)
        chosen = self.record.method_id or planned.method_id
        self.method.setCurrentIndex(max(0, self.method.findData(chosen)))
        self.method.currentIndexChanged.connect(lambda _i: self._fill())
        self.points = QWidget()
        self.grid = QGridLayout(self.points)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.points)
        self.note = QPlainTextEdit(self.record.note)
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setPlaceholderText(self.tr("Only for you: never printed or shown."))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&Method:"))
        label.setBuddy(self.method)
        form.addRow(label, self.method)
        note_label = QLabel(self.tr("Private &note:"))
        note_label.setBuddy(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.boxes: list[tuple[ChecklistItem, QComboBox, QLabel]] = []
        self._fill()
        self.resize(760, 560)

    def _fill(self) -> None:
        while self.grid.count():
            layout_item = self.grid.takeAt(0)
            widget = layout_item.widget() if layout_item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = []
        method = self._folder.library.get(self.method.currentData())
        self.record = self.record.model_copy(update={"method_id": method.id})
        language = self._language
        for row, item in enumerate(checklist(self._folder.library, method, self.record)):
            question = item.point.question.get(language)
            text = QLabel(question)
            text.setWordWrap(True)
            box = QComboBox()
            box.setAccessibleName(question)
            box.addItem("—", None)
            for answer in PretalkAnswer:
                box.addItem(wording.answer_name(answer), answer.value)
            box.setCurrentIndex(max(0, box.findData(item.answer.value if item.answer else None)))
            advice = QLabel(item.point.if_no.get(language) if item.point.if_no else "")
            advice.setWordWrap(True)
            advice.setStyleSheet("color: #8a3b00;")
            advice.setVisible(item.needs_attention and bool(advice.text()))
            text.setBuddy(box)
            self.grid.addWidget(text, 2 * row, 0, Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(box, 2 * row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(advice, 2 * row + 1, 0, 1, 2)
            entry = len(self.boxes)
            box.currentIndexChanged.connect(lambda _i, entry=entry: self._answered(entry))
            self.boxes.append((item, box, advice))
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(8)
        self.grid.setRowStretch(2 * len(self.boxes), 1)  # the points stay together at the top

    def _answered(self, entry: int) -> None:
        item, box, advice = self.boxes[entry]
        value = box.currentData()
        answer = PretalkAnswer(value) if value else None
        self.record = answer_point(self.record, item, answer, self._clock.wall())
        advice.setVisible(answer is PretalkAnswer.NO and bool(advice.text()))

    def _save(self) -> None:
        note = self.note.toPlainText().strip()
        self.record = self.record.model_copy(update={"note": note, "updated": self._clock.wall()})
        if self._folder.save_pretalk(self.record):
            self.accept()

    @classmethod
    def launch(
        cls,
        folder: FolderService,
        ref: PlannedRef,
        clock: Clock,
        language: str,
        parent: QWidget | None,
    ) -> PretalkRecord | None:
        dialog = cls(folder, ref, clock, language, parent)
        return dialog.record if dialog.exec() == QDialog.DialogCode.Accepted else None
