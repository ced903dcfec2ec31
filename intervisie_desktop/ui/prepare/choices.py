"""Preparation, part two: the method chooser with advice, and the icebreaker picker."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.icebreaker_picker import IcebreakerFilter, Picker, matching
from intervisie_desktop.domain.icebreakers import Icebreaker, Material
from intervisie_desktop.domain.methods import CaseType, Method, MethodLibrary
from intervisie_desktop.domain.recommend import Answers, Experience, Familiarity, recommend
from intervisie_desktop.ui import labels


class MethodChooser(QWidget):
    """Every method as a card, ranked by a short advice; the facilitator picks."""

    changed = Signal()

    def __init__(self, library: MethodLibrary, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self._language = language
        self.case_type: CaseType | None = None
        self.strong_emotion = False
        self._user_choice: str | None = None  # a method the facilitator picked by hand
        self._ranking = False
        self.experience = QComboBox()
        self.experience.setAccessibleName(self.tr("The group's experience with intervisie"))
        for value in Experience:
            self.experience.addItem(labels.experience_name(value), value.value)
        self.experience.setCurrentIndex(1)
        self.familiarity = QComboBox()
        self.familiarity.setAccessibleName(self.tr("How well the group knows each other"))
        for familiarity in Familiarity:
            self.familiarity.addItem(labels.familiarity_name(familiarity), familiarity.value)
        self.familiarity.setCurrentIndex(1)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutes available for the method"))
        self.minutes.setReadOnly(True)  # follows the agenda: total time minus the other parts
        self.minutes.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.minutes.setRange(20, 240)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(75)
        self.minutes.setSuffix(self.tr(" min"))
        for box in (self.experience, self.familiarity):
            box.currentIndexChanged.connect(lambda _i: self.rank())
        self.minutes.valueChanged.connect(lambda _v: self.rank())
        self.cards = QListWidget()
        self.cards.setAccessibleName(self.tr("Methods, best fit first"))
        self.cards.setWordWrap(True)
        self.cards.setStyleSheet("QListWidget::item { padding: 6px; }")
        self.cards.currentItemChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Steps of the chosen method"))
        form = QFormLayout()
        form.addRow(self.tr("&Group's experience:"), self.experience)
        form.addRow(self.tr("&They know each other:"), self.familiarity)
        form.addRow(self.tr("&Time for the method:"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.cards, 3)
        row.addWidget(self.details, 2)
        layout.addLayout(row, 1)
        self.rank()

    def set_library(self, library: MethodLibrary) -> None:
        self._library = library
        self.rank()

    def answers(self) -> Answers:
        return Answers(
            case_type=self.case_type,
            strong_emotion=self.strong_emotion,
            experience=Experience(self.experience.currentData()),
            familiarity=Familiarity(self.familiarity.currentData()),
            minutes_available=self.minutes.value(),
        )

    def rank(self) -> None:
        """Order the cards by the advice; keep the facilitator's own pick, else the best."""
        self._ranking = True
        self.cards.blockSignals(True)
        self.cards.clear()
        for rec in recommend(self._library.methods, self.answers()):
            method = rec.method
            head = (
                f"{method.name.get(self._language)} — {labels.minutes_text(method.total_minutes)}"
            )
            head += " · " + self.tr("%n steps", "", len(method.steps))
            reasons = "  ".join(labels.reason_text(r) for r in rec.reasons)
            item = QListWidgetItem(f"{head}\n{method.purpose.get(self._language)}\n{reasons}")
            item.setData(Qt.ItemDataRole.UserRole, method.id)
            self.cards.addItem(item)
        self.cards.blockSignals(False)
        ids = [self.cards.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.cards.count())]
        keep = self._user_choice in ids
        self.cards.setCurrentRow(ids.index(self._user_choice) if keep else 0)
        self._ranking = False

    def best_id(self) -> str:
        return str(self.cards.item(0).data(Qt.ItemDataRole.UserRole))

    def chosen_method(self) -> Method | None:
        item = self.cards.currentItem()
        return None if item is None else self._library.get(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, method_id: str) -> None:
        self._user_choice = method_id
        for row in range(self.cards.count()):
            if self.cards.item(row).data(Qt.ItemDataRole.UserRole) == method_id:
                self.cards.setCurrentRow(row)

    def _show_details(self) -> None:
        method = self.chosen_method()
        if method is None:
            return
        if not self._ranking:
            self._user_choice = method.id
        fit = method.suitability
        steps = "".join(
            f"<li>{escape(s.title.get(self._language))} ({s.minutes} min)</li>"
            for s in method.steps
        )
        self.details.setHtml(
            f"<h3>{escape(method.name.get(self._language))}</h3>"
            f"<p>{escape(fit.summary.get(self._language))}</p>"
            f"<p><i>{escape(labels.trust_name(fit.trust_needed))}</i></p><ol>{steps}</ol>"
        )
        self.changed.emit()


class IcebreakerPicker(QWidget):
    """Filter the icebreakers, read one, or let the app pick one."""

    changed = Signal()

    def __init__(
        self, icebreakers: list[Icebreaker], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._all = icebreakers
        self._language = language
        self.people = 6
        self.recent: list[str] = []
        self.picker = Picker()
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutes available for the icebreaker"))
        self.minutes.setRange(5, 60)
        self.minutes.setValue(20)
        self.minutes.setSuffix(self.tr(" min"))
        self.new_group = QCheckBox(self.tr("A &new group"))
        self.online = QCheckBox(self.tr("We meet &online"))
        self.materials = {
            Material.TAPE: QCheckBox(self.tr("tape")),
            Material.FLIP_CHART: QCheckBox(self.tr("flip chart")),
            Material.POST_ITS: QCheckBox(self.tr("post-its")),
            Material.MAP: QCheckBox(self.tr("a map")),
            Material.PEN_AND_PAPER: QCheckBox(self.tr("pen and paper")),
            Material.PERSONAL_OBJECT: QCheckBox(self.tr("a personal object")),
        }
        for box in self.materials.values():
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.refresh())
        for box in (self.new_group, self.online):
            box.toggled.connect(lambda _on: self.refresh())
        self.minutes.valueChanged.connect(lambda _v: self.refresh())
        self.none = QCheckBox(self.tr("No icebreaker this time"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Icebreakers that fit"))
        self.list.currentItemChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("How the icebreaker works"))
        self.pick_button = QPushButton(self.tr("Pick &one for me"))
        self.pick_button.clicked.connect(self.pick_for_me)
        self.none.toggled.connect(lambda _on: self.changed.emit())
        form = QFormLayout()
        form.addRow(self.tr("&Time:"), self.minutes)
        checks = QHBoxLayout()
        checks.addWidget(self.new_group)
        checks.addWidget(self.online)
        form.addRow("", checks)
        materials = QHBoxLayout()
        for box in self.materials.values():
            materials.addWidget(box)
        form.addRow(self.tr("At hand:"), materials)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.pick_button)
        left.addWidget(self.none)
        row.addLayout(left, 2)
        row.addWidget(self.details, 3)
        layout.addLayout(row, 1)
        self.refresh()

    def criteria(self) -> IcebreakerFilter:
        at_hand = frozenset(m for m, box in self.materials.items() if box.isChecked())
        return IcebreakerFilter(
            minutes_available=self.minutes.value(),
            people=self.people,
            new_group=True if self.new_group.isChecked() else None,
            online=self.online.isChecked(),
            materials_at_hand=at_hand,
        )

    def candidates(self) -> list[Icebreaker]:
        return matching(self._all, self.criteria())

    def refresh(self) -> None:
        chosen = self.chosen()
        self.list.blockSignals(True)
        self.list.clear()
        for icebreaker in self.candidates():
            minutes = labels.minutes_text(icebreaker.minutes_for(self.people))
            item = QListWidgetItem(f"{icebreaker.name.get(self._language)} — {minutes}")
            item.setData(Qt.ItemDataRole.UserRole, icebreaker.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._select(chosen.id if chosen else None)

    def _select(self, icebreaker_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == icebreaker_id:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(0 if self.list.count() else -1)
        self._show_details()

    def pick_for_me(self) -> None:
        choice = self.picker.pick(self.candidates(), self.recent)
        if choice is not None:
            self.none.setChecked(False)
            self._select(choice.id)

    def chosen(self) -> Icebreaker | None:
        item = self.list.currentItem()
        if item is None or self.none.isChecked():
            return None
        return next(i for i in self._all if i.id == item.data(Qt.ItemDataRole.UserRole))

    def _show_details(self) -> None:
        icebreaker = self.chosen()
        if icebreaker is None:
            self.details.setHtml(escape(self.tr("No icebreaker fits these choices.")))
            self.changed.emit()
            return
        lang = self._language
        steps = "".join(
            f"<li><b>{escape(s.title.get(lang))}</b> — {escape(s.instruction.get(lang))}</li>"
            for s in icebreaker.steps
        )
        extras = "".join(
            f"<li>{escape(text.get(lang))}</li>"
            for text in icebreaker.dilemmas + icebreaker.variants
        )
        self.details.setHtml(
            f"<h3>{escape(icebreaker.name.get(lang))}</h3>"
            f"<p>{escape(icebreaker.instructions.get(lang))}</p><ol>{steps}</ol>"
            + (f"<ul>{extras}</ul>" if extras else "")
        )
        self.changed.emit()
