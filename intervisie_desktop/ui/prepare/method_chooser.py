"""Preparation, the method: every method as a card, ranked by a short advice.

The time for the method is what the agenda leaves for it: the chooser shows
where that number comes from, lets the facilitator change the meeting's length
right here, and for a method that does not fit says what it would take (and
can trim the agenda so it does). The facilitator picks.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.agenda_fit import AgendaFrame, Trim
from intervisie_desktop.domain.methods import CaseType, Method, MethodLibrary
from intervisie_desktop.domain.recommend import (
    Answers,
    Experience,
    Familiarity,
    Reason,
    Recommendation,
    default_set,
    recommend,
)
from intervisie_desktop.domain.series.pretalk import PretalkRecord, chooser_answers
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.prepare.cards import CardList


class MethodChooser(QWidget):
    changed = Signal()
    meeting_minutes_changed = Signal(int)
    fit_requested = Signal(object)  # tuple[Trim, ...] for the chosen method

    def __init__(self, library: MethodLibrary, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self._language = language
        self.case_type: CaseType | None = None
        self.strong_emotion = False
        self.pretalk: PretalkRecord | None = None  # the pre-talk with the case presenter
        self.agenda: AgendaFrame | None = None
        self._user_choice: str | None = None  # a method the facilitator picked by hand
        self._ranking = False
        self._advice: dict[str, Recommendation] = {}
        self.experience = QComboBox()
        self.experience.setAccessibleName(self.tr("The group's experience with intervisie"))
        for value in Experience:
            self.experience.addItem(labels.experience_name(value), value.value)
        self.experience.setCurrentIndex(1)
        self.familiarity = QComboBox()
        self.familiarity.setAccessibleName(self.tr("They know each other"))
        self.familiarity.setAccessibleDescription(self.tr("How well the group knows each other"))
        for familiarity in Familiarity:
            self.familiarity.addItem(labels.familiarity_name(familiarity), familiarity.value)
        self.familiarity.setCurrentIndex(1)
        for box in (self.experience, self.familiarity):
            box.currentIndexChanged.connect(lambda _i: self.rank())
        self.meeting_minutes = QSpinBox()
        self.meeting_minutes.setAccessibleName(self.tr("Meeting length"))
        self.meeting_minutes.setAccessibleDescription(self.tr("Time for the whole meeting"))
        self.meeting_minutes.setRange(30, 480)
        self.meeting_minutes.setSingleStep(15)
        self.meeting_minutes.setValue(120)
        self.meeting_minutes.setSuffix(self.tr(" min"))
        self.meeting_minutes.valueChanged.connect(self.meeting_minutes_changed)
        self.method_time = QLabel()
        self.method_time.setWordWrap(True)
        self.method_time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.method_time.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_all = QCheckBox(self.tr("Show methods from &other sources too"))
        self.show_all.setToolTip(
            self.tr("By default the four methods of the main manual and your own methods.")
        )
        self.show_all.toggled.connect(lambda _on: self.rank())
        self.cards = CardList()
        self.cards.setAccessibleName(self.tr("Methods, best fit first"))
        self.cards.currentItemChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Steps of the chosen method"))
        self.fit_button = QPushButton(self.tr("Shorte&n the agenda to fit"))
        self.fit_button.clicked.connect(self._fit_chosen)
        self._build_layout()
        self.rank()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Group's experience:"), self.experience)
        form.addRow(self.tr("&They know each other:"), self.familiarity)
        time_row = QHBoxLayout()
        time_row.addWidget(self.meeting_minutes)
        time_row.addWidget(self.method_time, 1)
        length = QLabel(self.tr("Meeting &length:"))
        length.setBuddy(self.meeting_minutes)
        form.addRow(length, time_row)
        form.addRow("", self.show_all)
        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addWidget(self.fit_button)
        row = QHBoxLayout()
        row.addWidget(self.cards, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row, 1)

    def set_library(self, library: MethodLibrary) -> None:
        self._library = library
        self.rank()

    def answers(self) -> Answers:
        answers = Answers(
            case_type=self.case_type,
            strong_emotion=self.strong_emotion,
            experience=Experience(self.experience.currentData()),
            familiarity=Familiarity(self.familiarity.currentData()),
            agenda=self.agenda,
        )
        return answers if self.pretalk is None else chooser_answers(self.pretalk, answers)

    def offered(self) -> list[Method]:
        """The main manual's four and own methods; all with "other sources" on (a method
        picked elsewhere, e.g. from the library, is always offered)."""
        if self.show_all.isChecked():
            return list(self._library.methods)
        chosen = [m for m in self._library.methods if m.id == self._user_choice]
        offered = default_set(self._library.methods, self._library.is_builtin)
        return offered + [m for m in chosen if m not in offered]

    def rank(self) -> None:
        """Order the cards by the advice; keep the facilitator's own pick, else the best."""
        before = self.chosen_method()
        self._ranking = True
        self.cards.blockSignals(True)
        self.cards.clear()
        ranked = recommend(self.offered(), self.answers())
        self._advice = {r.method.id: r for r in ranked}
        for rec in ranked:
            item = QListWidgetItem(self._card_text(rec))
            item.setData(Qt.ItemDataRole.UserRole, rec.method.id)
            self.cards.addItem(item)
        self.cards.blockSignals(False)
        ids = [r.method.id for r in ranked]
        choice = self._user_choice
        self.cards.setCurrentRow(ids.index(choice) if choice in ids else 0)
        self._show_details()
        self._ranking = False
        after = self.chosen_method()
        if (before and before.id) != (after and after.id):
            self.changed.emit()

    def _card_text(self, rec: Recommendation) -> str:
        method = rec.method
        head = f"{method.name.get(self._language)} — {labels.minutes_text(method.total_minutes)}"
        head += " · " + self.tr("%n steps", "", len(method.steps))
        lines = [head, method.purpose.get(self._language)]
        lines.append("  ".join(labels.reason_text(r) for r in rec.reasons))
        if rec.trims:
            lines.append(labels.fits_if_text(rec.trims))
        return "\n".join(lines)

    def best_id(self) -> str:
        return str(self.cards.item(0).data(Qt.ItemDataRole.UserRole))

    def chosen_method(self) -> Method | None:
        item = self.cards.currentItem()
        return None if item is None else self._library.get(item.data(Qt.ItemDataRole.UserRole))

    def chosen_trims(self) -> tuple[Trim, ...]:
        method = self.chosen_method()
        advice = self._advice.get(method.id) if method else None
        return advice.trims if advice else ()

    def choose(self, method_id: str) -> None:
        self._user_choice = method_id
        if method_id not in self._advice:
            self.rank()
        for row in range(self.cards.count()):
            if self.cards.item(row).data(Qt.ItemDataRole.UserRole) == method_id:
                self.cards.setCurrentRow(row)

    def set_meeting_minutes(self, minutes: int) -> None:
        if self.meeting_minutes.value() != minutes:
            self.meeting_minutes.blockSignals(True)
            self.meeting_minutes.setValue(minutes)
            self.meeting_minutes.blockSignals(False)

    def _show_method_time(self, method: Method) -> None:
        if self.agenda is None:
            self.method_time.clear()
            return
        left = self.agenda.method_minutes(method)
        self.method_time.setText(
            self.tr("leaves %1 for the method: the rest of the agenda takes %2 (tab 4)")
            .replace("%1", labels.minutes_text(left))
            .replace("%2", labels.minutes_text(self.agenda.other_minutes(method)))
        )

    def _fit_chosen(self) -> None:
        trims = self.chosen_trims()
        if trims:
            self.fit_requested.emit(trims)

    def _show_details(self) -> None:
        method = self.chosen_method()
        if method is None:
            return
        if not self._ranking:
            self._user_choice = method.id
        self._show_method_time(method)
        trims = self.chosen_trims()
        self.fit_button.setEnabled(bool(trims))
        fit = method.suitability
        steps = "".join(
            f"<li>{escape(s.title.get(self._language))} ({s.minutes} min)</li>"
            for s in method.steps
        )
        advice = self._advice.get(method.id)
        too_long = advice is not None and Reason.TOO_LONG in advice.reasons
        note = ""
        if trims:
            note = f"<p><b>{escape(labels.fits_if_text(trims))}</b></p>"
        elif too_long:
            short = self.tr("Even a shorter agenda leaves too little time.")
            note = f"<p><b>{escape(short)}</b></p>"
        self.details.setHtml(
            f"<h3>{escape(method.name.get(self._language))}</h3>{note}"
            f"<p>{escape(fit.summary.get(self._language))}</p>"
            f"<p><i>{escape(labels.trust_name(fit.trust_needed))}</i></p><ol>{steps}</ol>"
        )
        if not self._ranking:
            self.changed.emit()
