"""Preparation: where the people are — all in the room, all in a video call, or hybrid
(some join by video; tick who). It decides the icebreakers that fit, the rules for a
call, and how the wall words each step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from intervisie_desktop.domain.online.presence import (
    OnlineAdvice,
    Presence,
    Setting,
    online_advice,
)


class WhereWeMeet(QWidget):
    """The choice of setting; the list of who joins by video is the page's to place
    (it shows only for a hybrid meeting)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = {
            Setting.ROOM: QRadioButton(self.tr("E&veryone in the room")),
            Setting.ONLINE: QRadioButton(self.tr("&Online: everyone in a video call")),
            Setting.HYBRID: QRadioButton(self.tr("Hy&brid: some join by video")),
        }
        self._group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons.values():
            self._group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[Setting.ROOM].setChecked(True)
        for button in self.buttons.values():
            button.toggled.connect(self._toggled)
        self.in_call = QListWidget()
        self.in_call.setAccessibleName(self.tr("Who joins by video"))
        self.in_call.setMaximumHeight(130)
        self.in_call.itemChanged.connect(lambda _item: self._ticks_changed())
        self.in_call_label = QLabel(self.tr("Who &joins by video:"))
        self.in_call_label.setBuddy(self.in_call)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self._new_group = False
        self._form: QFormLayout | None = None  # the page's form, once placed in it
        self._show_parts()

    def add_to_form(self, form: QFormLayout, after: QWidget) -> None:
        """Its rows in ``form``, under the row of ``after``: the choice, who joins by
        video (hybrid only) and the advice."""
        field = QFormLayout.ItemRole.FieldRole
        row = next(r for r in range(form.rowCount()) if _widget_at(form, r, field) is after)
        form.insertRow(row + 1, self.tr("Where:"), self)
        form.insertRow(row + 2, self.in_call_label, self.in_call)
        form.insertRow(row + 3, "", self.advice)
        self._form = form
        self._show_parts()  # a row is shown when inserted: hide what is not for now

    # ----- what the page reads -----------------------------------------------------

    def summary(self) -> str:
        """For the page's one-line summary: "" in the room."""
        presence = self.presence()
        if presence.setting is Setting.ONLINE:
            return self.tr("online")
        if presence.setting is Setting.HYBRID:
            return self.tr("hybrid, %n by video", "", len(presence.in_call))
        return ""

    def setting(self) -> Setting:
        return next(s for s, button in self.buttons.items() if button.isChecked())

    def presence(self) -> Presence:
        """Who is in the call; a hybrid meeting with nobody ticked is one in the room."""
        setting = self.setting()
        if setting is Setting.HYBRID:
            return Presence.of(False, self._ticked())
        return Presence(setting)

    def _ticked(self) -> list[str]:
        return [
            self.in_call.item(row).text()
            for row in range(self.in_call.count())
            if self.in_call.item(row).checkState() == Qt.CheckState.Checked
        ]

    # ----- what the page tells it --------------------------------------------------

    def set_setting(self, setting: Setting) -> None:
        self.buttons[setting].setChecked(True)

    def set_present(self, names: list[str]) -> None:
        """Who is present (the list to tick from); ticks stay with their names."""
        ticked = set(self._ticked())
        if [self.in_call.item(r).text() for r in range(self.in_call.count())] == names:
            return
        self.in_call.blockSignals(True)
        self.in_call.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
            self.in_call.addItem(item)
        self.in_call.blockSignals(False)
        self.changed.emit()

    def set_in_call(self, names: list[str]) -> None:
        """Tick exactly ``names`` (a resumed or planned meeting)."""
        for row in range(self.in_call.count()):
            item = self.in_call.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked
            )

    def follow_venue(self, online: bool) -> None:
        """A planned meeting of a series: online when planned online; planned in a place,
        in the room (a hybrid choice stays: the place is where the room is)."""
        if online:
            self.set_setting(Setting.ONLINE)
        elif self.setting() is Setting.ONLINE:
            self.set_setting(Setting.ROOM)

    def set_new_group(self, new: bool) -> None:
        self._new_group = new
        self._show_advice()

    # ----- showing -----------------------------------------------------------------

    def _ticks_changed(self) -> None:
        self._show_advice()
        self.changed.emit()

    def _toggled(self, on: bool) -> None:
        if on:  # once per change (the button turned off toggles too)
            self._show_parts()
            self.changed.emit()

    def _show_parts(self) -> None:
        self._show_row(self.in_call, self.setting() is Setting.HYBRID)
        self._show_advice()

    def _show_advice(self) -> None:
        if self.setting() is Setting.HYBRID and not self._ticked():
            self._say(
                self.tr("Tick who joins by video; until then everyone counts as in the room.")
            )
            return
        advice = online_advice(self.presence(), self._new_group)
        texts = {
            OnlineAdvice.FIRST_MEETING_IN_PERSON: self.tr(
                "A first meeting goes better in person: on a screen, nuance and body "
                "language are harder to read."
            ),
            OnlineAdvice.BODY_LANGUAGE: self.tr(
                "On a screen, nuance and body language are harder to read: ask a little "
                "more often how something lands."
            ),
        }
        self._say(texts[advice] if advice else "")

    def _say(self, text: str) -> None:
        self.advice.setText(text)
        self._show_row(self.advice, bool(text))

    def _show_row(self, field: QWidget, on: bool) -> None:
        """A hidden row takes no room (hiding only its widgets would leave its spacing)."""
        if self._form is not None:
            self._form.setRowVisible(field, on)
        else:
            field.setVisible(on)


def _widget_at(form: QFormLayout, row: int, role: QFormLayout.ItemRole) -> QWidget | None:
    item = form.itemAt(row, role)
    return item.widget() if item is not None else None
