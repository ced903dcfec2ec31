"""The facilitator's view of the current block: guidance, rules, who speaks, turns.

This is laptop-only information; none of it goes to the projector.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.engine import RunState
from intervisie_desktop.domain.online.presence import Setting
from intervisie_desktop.domain.online.variants import Variant, current_wording
from intervisie_desktop.domain.projection import TimerPhase
from intervisie_desktop.domain.timefmt import format_countdown
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.focus_ring import show_focus
from intervisie_desktop.ui.meeting.running_text import set_running_text
from intervisie_desktop.ui.meeting.session_controller import SessionController


class StepPanel(QWidget):
    announced = Signal(str)  # said to a screen reader (and shown in the status line)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.title = QLabel()
        self.title.setObjectName("currentBlockTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.remaining = QLabel()
        self.remaining.setObjectName("facilitatorCountdown")
        big = self.remaining.font()
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.remaining.setFont(big)
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remaining.setAccessibleName(self.tr("Time left on this block"))
        self._phase = TimerPhase.READY
        controller.phase_changed.connect(self._announce_phase)
        controller.block_changed.connect(lambda _index: self._announce_block())
        controller.reached_zero.connect(lambda: self._announce(self.tr("Time is up")))

        self.guidance = QTextBrowser()
        self.guidance.setAccessibleName(self.tr("Guidance for the facilitator"))
        self.guidance.setOpenLinks(False)
        show_focus(self.guidance)

        self.turns_box = self._build_turns_box(controller)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.remaining)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.guidance, 1)
        layout.addWidget(self.turns_box)
        self._shown_block = -1
        self._shown_revision = -1
        self._guidance_shown: tuple[int, str] | None = None  # (block, html)
        self._turns_shown: tuple[object, ...] | None = None
        controller.changed.connect(self.refresh)
        self.refresh()

    def _build_turns_box(self, controller: SessionController) -> QWidget:
        self.turn_list = QListWidget()
        self.turn_list.setAccessibleName(self.tr("Turns"))
        self.turn_list.setMaximumHeight(150)
        self.turn_list.itemActivated.connect(self._mark_done)
        self.next_person = QPushButton(self.tr("Next person"))
        self.next_person.clicked.connect(controller.next_turn)
        self.skip_person = QPushButton(self.tr("Skip"))
        self.skip_person.clicked.connect(controller.skip_turn)
        self.back_person = QPushButton(self.tr("Back"))
        self.back_person.clicked.connect(controller.previous_turn)
        turn_buttons = QHBoxLayout()
        for button in (self.back_person, self.skip_person, self.next_person):
            turn_buttons.addWidget(button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.turns_heading = QLabel()
        layout.addWidget(self.turns_heading)
        layout.addWidget(self.turn_list)
        layout.addLayout(turn_buttons)
        return box

    def refresh(self) -> None:
        engine = self._controller.engine
        shown = "" if engine.state is RunState.FINISHED else format_countdown(engine.remaining())
        if shown != self.remaining.text():  # the value, for a screen reader too
            set_running_text(self.remaining, shown)
            self.remaining.setAccessibleDescription(shown)
        if (engine.current, engine.revision) == (self._shown_block, self._shown_revision):
            self._refresh_turn_times()
            return
        self._shown_block, self._shown_revision = engine.current, engine.revision
        language = self._controller.language
        block = engine.block
        title = block.title.get(language)
        if engine.closing_asked:  # the last block's "next": the meeting asks first
            title = self.tr("Finish the meeting? Page Down: finish · Page Up: back to %1").replace(
                "%1", title
            )
        self.title.setText(title)
        self._show_guidance()
        self._refresh_turns()

    def _show_guidance(self) -> None:
        """Set the guidance only when the block or its texts changed: a minute more or
        less leaves it alone, so a reader keeps their caret and scroll position."""
        shown = (self._controller.engine.current, self.guidance_html())
        if shown != self._guidance_shown:
            self._guidance_shown = shown
            self.guidance.setHtml(shown[1])

    def announce_time(self) -> None:
        """Say the time left once, for a screen reader (and show it in the label)."""
        engine = self._controller.engine
        remaining = engine.remaining()
        text = self.tr("%1 left on %2") if remaining >= 0 else self.tr("%1 over time on %2")
        text = text.replace("%1", format_countdown(abs(remaining))).replace(
            "%2", engine.block.title.get(self._controller.language)
        )
        self._announce(text)

    def _announce_phase(self, phase: TimerPhase) -> None:
        """Said once when it happens, never every second."""
        before, self._phase = self._phase, phase
        if phase is TimerPhase.WARNING:
            self._announce(self.tr("Almost time"))
        elif phase is TimerPhase.OVERRUN:
            self._announce(self.tr("Over time"))
        elif phase is TimerPhase.PAUSED:
            self._announce(self.tr("Paused"))
        elif phase is TimerPhase.FINISHED:
            self._announce(
                self.tr(
                    "The meeting is finished. The take-away for the case presenter: "
                    "Ctrl+Shift+E; the meeting report: File menu."
                )
            )
        elif before is TimerPhase.PAUSED:
            self._announce(self.tr("Going on"))
        elif before is TimerPhase.READY:
            self._announce_block()  # the meeting started: where it starts

    def _announce_block(self) -> None:
        """A step change (a clicker's Page Down) is said once: which step, how long."""
        engine = self._controller.engine
        if engine.state is RunState.READY:
            return  # nothing runs yet: the first block is said when the meeting starts
        text = self.tr("Now: %1, %2").replace(
            "%1", engine.block.title.get(self._controller.language)
        )
        self._announce(text.replace("%2", format_countdown(max(0.0, engine.remaining()))))

    def _announce(self, text: str) -> None:
        self.announced.emit(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.remaining, text))

    def guidance_html(self) -> str:
        """The guidance, then exactly what the wall shows of this block (for a meeting
        with people in a video call: which wording, see ``online/variants.py``)."""
        controller = self._controller
        block = controller.engine.block
        language = controller.language
        wording = current_wording(controller.engine, controller.presence, language)
        parts = []
        if block.guidance:
            heading = escape(self.tr("Watch for"))
            parts.append(f"<p><b>{heading}:</b> {escape(block.guidance.get(language))}</p>")
        if wording.instruction:
            heading = escape(
                self.tr("The room sees (worded for the call)")
                if wording.variant is Variant.CALL
                else self.tr("The room sees")
            )
            parts.append(f"<p><b>{heading}:</b> {escape(wording.instruction)}</p>")
        if wording.call_instruction:
            heading = escape(self.tr("Below it, for those in the call"))
            parts.append(f"<p><b>{heading}:</b> {escape(wording.call_instruction)}</p>")
        if block.speakers:
            who = escape(self.tr("Speaking")) + ": " + escape(labels.roles_text(block.speakers))
            if block.listeners:
                who += "<br>" + escape(self.tr("Only listening")) + ": "
                who += escape(labels.roles_text(block.listeners))
                if wording.listener_note:
                    who += " — " + escape(wording.listener_note)
                if wording.call_listener_note:
                    in_call = self.tr("in the call: %1").replace("%1", wording.call_listener_note)
                    who += " — " + escape(in_call)
            parts.append(f"<p>{who}</p>")
        if wording.rules:
            heading = escape(self.tr("Rules for this step"))
            items = "".join(f"<li>{escape(rule)}</li>" for rule in wording.rules)
            parts.append(f"<p><b>{heading}:</b></p><ul>{items}</ul>")
        return "".join(parts)

    def _refresh_turns(self) -> None:
        """The round of turns, rebuilt only when it changed (not on a minute more), so
        the list keeps its place for a reader."""
        engine = self._controller.engine
        turns = engine.turns()
        rows = None if turns is None else self._turn_rows()
        shown = None if turns is None else (engine.current, rows, turns.current)
        if turns is not None and shown == self._turns_shown:
            self._refresh_turn_times()
            return
        self._turns_shown = shown
        self.turns_box.setVisible(turns is not None)
        self.turn_list.clear()
        if turns is None or rows is None:
            return
        for person, text, done in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person)
            if done:
                item.setForeground(self.palette().placeholderText())
            self.turn_list.addItem(item)
        if turns.current is not None:
            self.turn_list.setCurrentRow(turns.current)
        self._refresh_turn_times()

    def _turn_rows(self) -> tuple[tuple[str, str, bool], ...]:
        """Each person of the round: (name, the row's text, done)."""
        turns = self._controller.engine.turns()
        presence = self._controller.presence
        rows = []
        for index, person in enumerate(turns.people if turns else ()):
            text = person
            if presence.setting is Setting.HYBRID and presence.joins_by_video(person):
                text = self.tr("%1 (by video)").replace("%1", person)
            done = turns is not None and index in turns.done
            if done:
                text = self.tr("%1 — done").replace("%1", text)
            rows.append((person, text, done))
        return tuple(rows)

    def _refresh_turn_times(self) -> None:
        turns = self._controller.engine.turns()
        if turns is None:
            return
        if turns.current_person is None:
            self.turns_heading.setText(self.tr("Everyone has had their turn."))
            return
        left = format_countdown(turns.turn_remaining(self._controller.engine.elapsed()))
        self.turns_heading.setText(
            self.tr("Turn: %1 (%2)").replace("%1", turns.current_person).replace("%2", left)
        )

    def _mark_done(self, item: QListWidgetItem) -> None:
        self._controller.mark_turn_done(item.data(Qt.ItemDataRole.UserRole))
