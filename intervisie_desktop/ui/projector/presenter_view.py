"""What the room sees: step, big countdown, instruction, who speaks, rules, shared board.

Built only from a :class:`PublicView`; it is never given the engine, the
facilitator's guidance or the notes. The same widget serves as the projector
window's content and as the live preview in the main window.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.projection import PublicView, TimerPhase
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.projector.countdown_text import FittedText
from intervisie_desktop.ui.projector.presenter_theme import (
    BLACKOUT,
    FLASH,
    THEME,
    THEMES,
    PhaseColours,
)


class PresenterView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.setAccessibleName(self.tr("Projector view"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.font_scale = 1.0  # a setting: bigger text for large rooms
        self.theme = THEME
        self.blackout_colour = BLACKOUT.background

        self.meeting_title = self._label("meetingTitle")
        self.heading = self._label("stepHeading", wrap=True)
        self.countdown = FittedText()
        self.countdown.setObjectName("countdown")
        self.status = self._label("timerStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress of this step"))
        self.instruction = self._label("instruction", wrap=True)
        self.who = self._label("whoSpeaks", wrap=True)
        self.turn = self._label("currentSpeaker", wrap=True)
        self.rules = self._label("rulesReminder", wrap=True)
        self.board = self._label("sharedBoard", wrap=True)
        self.board.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        main = QVBoxLayout()
        main.addWidget(self.meeting_title)
        main.addWidget(self.heading)
        main.addWidget(self.countdown, 6)
        main.addWidget(self.status)
        main.addWidget(self.progress)
        main.addSpacing(8)
        main.addWidget(self.instruction, 2)
        main.addWidget(self.who)
        main.addWidget(self.turn)
        main.addStretch(1)
        main.addWidget(self.rules)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(24, 16, 24, 16)
        row.addLayout(main, 3)
        row.addWidget(self.board, 2)

        self.blackout_page = QWidget()
        self.blackout_page.setAccessibleName(self.tr("Blacked out"))
        self._stack = QStackedLayout(self)
        self._stack.addWidget(content)
        self._stack.addWidget(self.blackout_page)
        self._view: PublicView | None = None
        self._blackout = False
        self._board_items = 0

    def _label(self, name: str, *, wrap: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # ----- content ----------------------------------------------------------------

    def show_view(self, view: PublicView, blackout: bool = False) -> None:
        self._view = view
        self._blackout = blackout
        self._stack.setCurrentIndex(1 if blackout else 0)
        self.meeting_title.setText(view.meeting_title)
        self.heading.setText(self._heading(view))
        self.countdown.setText(self._countdown_text(view))
        self.status.setText(self._status_text(view))
        self.progress.setValue(int(view.progress * 1000))
        self.instruction.setText(view.instruction)
        self.who.setText(self._who_text(view))
        self.turn.setText(self._turn_text(view))
        self.turn.setVisible(bool(view.current_speaker))
        self.rules.setText(" · ".join(view.rules))
        self._show_board(view)
        self._apply_colours(self._colours(view))

    def _heading(self, view: PublicView) -> str:
        if view.phase is TimerPhase.FINISHED:
            return self.tr("End of the meeting")
        if view.step_number and view.step_count:
            return (
                self.tr("Step %1 of %2 — %3")
                .replace("%1", str(view.step_number))
                .replace("%2", str(view.step_count))
                .replace("%3", view.block_title)
            )
        return view.block_title

    def _countdown_text(self, view: PublicView) -> str:
        return "" if view.phase is TimerPhase.FINISHED else view.countdown

    def _status_text(self, view: PublicView) -> str:
        phase = view.phase
        if phase is TimerPhase.OVERRUN:
            return self.tr("Over time")
        if phase is TimerPhase.WARNING:
            return self.tr("Time is nearly up")
        if phase is TimerPhase.PAUSED:
            return self.tr("Paused — the clock is stopped")
        if phase is TimerPhase.READY:
            return self.tr("About to start")
        if phase is TimerPhase.FINISHED:
            return self.tr("Thank you")
        return ""

    def _who_text(self, view: PublicView) -> str:
        if not view.speakers:
            return ""
        text = self.tr("Speaking: %1").replace("%1", labels.roles_text(list(view.speakers)))
        if view.listeners:
            listening = self.tr("Listening only: %1").replace(
                "%1", labels.roles_text(list(view.listeners))
            )
            if view.listener_note:
                listening += f" ({view.listener_note})"
            text += "   ·   " + listening
        return text

    def _turn_text(self, view: PublicView) -> str:
        if not view.current_speaker:
            return ""
        text = self.tr("Now: %1").replace("%1", view.current_speaker)
        if view.turn_countdown:
            text += f"  {view.turn_countdown}"
        if view.next_speaker:
            text += "   ·   " + self.tr("Next: %1").replace("%1", view.next_speaker)
        return text

    def _show_board(self, view: PublicView) -> None:
        parts = []
        for shared in view.shared:
            items = "".join(
                f"<li>{escape(i.text)}"
                + (f" <b>[{escape(i.detail)}]</b>" if i.detail else "")
                + "</li>"
                for i in shared.items
            )
            parts.append(f"<h3>{escape(shared.title)}</h3><ul>{items}</ul>")
        self.board.setTextFormat(Qt.TextFormat.RichText)
        self.board.setText("".join(parts))
        count = sum(len(shared.items) for shared in view.shared)
        if self.board.isVisibleTo(self) != bool(parts) or count != self._board_items:
            self._board_items = count  # re-fit only when the list changes, not every tick
            self.board.setVisible(bool(parts))
            self._scale_fonts()

    # ----- looks ------------------------------------------------------------------

    def _colours(self, view: PublicView) -> PhaseColours:
        if self._blackout:
            return PhaseColours(self.blackout_colour, BLACKOUT.text, self.blackout_colour)
        return FLASH if view.flash else self.theme[view.phase]

    def set_looks(self, theme: str, blackout_colour: str, font_scale: float) -> None:
        """The presenter settings: colour theme, blackout colour, text size."""
        self.theme = THEMES.get(theme, THEME)
        self.blackout_colour = blackout_colour
        self.set_font_scale(font_scale)
        if self._view is not None:
            self.show_view(self._view, self._blackout)

    def _apply_colours(self, colours: PhaseColours) -> None:
        self.setStyleSheet(
            f"#presenterView {{ background: {colours.background}; }}"
            f"#presenterView QLabel {{ color: {colours.text}; background: transparent; }}"
            f"#presenterView QProgressBar {{ background: transparent;"
            f" border: 2px solid {colours.text}; border-radius: 4px; }}"
            f"#presenterView QProgressBar::chunk {{ background: {colours.accent}; }}"
        )
        self.countdown.setColour(colours.text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Text grows with the window so it stays readable from the back of a room."""
        columns = 64 if self.board.isVisibleTo(self) else 48  # the flip-over takes width
        unit = max(6.0, min(self.height() / 30, self.width() / columns)) * self.font_scale
        sizes = {
            self.meeting_title: 0.8,
            self.heading: 1.5,
            self.status: 1.3,
            self.instruction: 1.15,
            self.who: 0.9,
            self.turn: 1.1,
            self.rules: 0.75,
            self.board: self._board_factor(),
        }
        for label, factor in sizes.items():
            font = label.font()
            font.setPixelSize(max(8, int(unit * factor)))
            font.setBold(label in (self.heading, self.status, self.turn))
            label.setFont(font)
        self.progress.setFixedHeight(max(6, int(unit * 0.5)))

    def _board_factor(self) -> float:
        """A long shared list gets smaller text, so it still fits beside the timer."""
        items = sum(len(shared.items) for shared in self._view.shared) if self._view else 0
        return 0.9 * min(1.0, 6 / max(6, items))

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._scale_fonts()

    def visible_texts(self) -> list[str]:
        """Every text this view currently holds (used to prove nothing private leaks)."""
        texts = [label.text() for label in self.findChildren(QLabel)]
        return [*texts, self.countdown.text(), self.accessibleName()]
