"""Preparation, the icebreaker: filter them, read one, or let the app pick one.

Where the people are (set with the group) filters too: in a video call only those
that work on a screen, and the picker names the ones it left out for that reason."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.icebreaker_picker import (
    IcebreakerFilter,
    Picker,
    default_choice,
    left_out_by_setting,
    matching,
)
from intervisie_desktop.domain.icebreakers import Icebreaker, Material
from intervisie_desktop.domain.online.presence import Setting
from intervisie_desktop.ui import labels


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
        self.minutes.setAccessibleName(self.tr("Time for the icebreaker"))
        self.minutes.setAccessibleDescription(self.tr("Minutes available for the icebreaker"))
        self.minutes.setRange(5, 60)
        self.minutes.setValue(20)
        self.minutes.setSuffix(self.tr(" min"))
        self.new_group = QCheckBox(self.tr("A &new group"))
        self.setting = Setting.ROOM  # where the people are: set on the group's tab
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
        self.new_group.toggled.connect(lambda _on: self.refresh())
        self.minutes.valueChanged.connect(lambda _v: self.refresh())
        self.none = QCheckBox(self.tr("No icebreaker this time"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Icebreakers that fit"))
        self.list.currentItemChanged.connect(self._show_details)
        self.left_out = QLabel()  # what a video call leaves out, by name
        self.left_out.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("How the icebreaker works"))
        self.pick_button = QPushButton(self.tr("Pic&k one for me"))
        self.pick_button.setToolTip(self.tr("Picks another one than the one shown"))
        self.pick_button.clicked.connect(self.pick_for_me)
        self.none.toggled.connect(lambda _on: self.changed.emit())
        form = QFormLayout()
        form.addRow(self.tr("&Time:"), self.minutes)
        form.addRow("", self.new_group)
        materials = QHBoxLayout()
        for box in self.materials.values():
            materials.addWidget(box)
        form.addRow(self.tr("At hand:"), materials)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.left_out)
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
            new_group=self.new_group.isChecked(),  # pure introductions only for a new group
            setting=self.setting,
            materials_at_hand=at_hand,
        )

    def candidates(self) -> list[Icebreaker]:
        return matching(self._all, self.criteria())

    def set_setting(self, setting: Setting) -> None:
        """Where the people are; another setting shows the icebreakers that fit it."""
        if setting is not self.setting:
            self.setting = setting
            self.refresh()

    def refresh(self) -> None:
        self._show_left_out()
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

    def _show_left_out(self) -> None:
        names = ", ".join(
            i.name.get(self._language) for i in left_out_by_setting(self._all, self.criteria())
        )
        text = (
            self.tr("Left out, as they need everyone in one room: %1").replace("%1", names)
            if names
            else ""
        )
        self.left_out.setText(text)
        self.left_out.setVisible(bool(text))

    def set_recent(self, recent: list[str]) -> None:
        """Another group: show first what this group did not do lately."""
        self.recent = recent
        self._select(None)

    def _select(self, icebreaker_id: str | None) -> None:
        """Show ``icebreaker_id``; if it is not among the candidates, the first that the
        group did not do lately (never last time's just because it heads the list)."""
        wanted = icebreaker_id
        if not any(i.id == wanted for i in self.candidates()):
            fallback = default_choice(self.candidates(), self.recent)
            wanted = fallback.id if fallback else None
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(-1)
        self._show_details()

    def shown_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def pick_for_me(self) -> None:
        """Another one than the one shown, preferably none the group did lately."""
        choice = self.picker.pick(self.candidates(), self.recent, shown=self.shown_id())
        if choice is not None:
            self.none.setChecked(False)
            self._select(choice.id)

    def chosen(self) -> Icebreaker | None:
        item = self.list.currentItem()
        if item is None or self.none.isChecked():
            return None
        return next(i for i in self._all if i.id == item.data(Qt.ItemDataRole.UserRole))

    def _show_details(self) -> None:
        """How the shown icebreaker works (also while "no icebreaker" is ticked)."""
        shown = self.shown_id()
        icebreaker = next((i for i in self._all if i.id == shown), None)
        if icebreaker is None:
            self.details.setHtml(escape(self.tr("No icebreaker fits these choices.")))
            self.changed.emit()
            return
        lang = self._language
        in_call = escape(self.tr("In the call:"))
        steps = "".join(
            f"<li><b>{escape(s.title.get(lang))}</b> — {escape(s.instruction.get(lang))}"
            + (
                f"<br><i>{in_call}</i> {escape(s.online.instruction.get(lang))}"
                if self.setting is not Setting.ROOM and s.online and s.online.instruction
                else ""
            )
            + "</li>"
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
