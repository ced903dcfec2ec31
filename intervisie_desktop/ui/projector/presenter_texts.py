"""The projector's sentences, worded from the public view (shared by its two layouts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intervisie_desktop.domain.projection import PublicView, TimerPhase
from intervisie_desktop.ui import labels


def heading_text(view: PublicView) -> str:
    if view.phase is TimerPhase.FINISHED:
        return QCoreApplication.translate("PresenterView", "End of the meeting")
    if view.step_number and view.step_count:
        return (
            QCoreApplication.translate("PresenterView", "Step %1 of %2 — %3")
            .replace("%1", str(view.step_number))
            .replace("%2", str(view.step_count))
            .replace("%3", view.block_title)
        )
    return view.block_title


def countdown_text(view: PublicView) -> str:
    return "" if view.phase is TimerPhase.FINISHED else view.countdown


def status_text(view: PublicView) -> str:
    """The state in words (colour is never the only signal)."""
    if view.closing_asked:
        return QCoreApplication.translate(
            "PresenterView", "Finish the meeting?  Next: finish · Previous: go back"
        )
    words = {
        TimerPhase.OVERRUN: QT_TRANSLATE_NOOP("PresenterView", "Over time"),
        TimerPhase.WARNING: QT_TRANSLATE_NOOP("PresenterView", "Time is nearly up"),
        TimerPhase.PAUSED: QT_TRANSLATE_NOOP("PresenterView", "Paused — the clock is stopped"),
        TimerPhase.READY: QT_TRANSLATE_NOOP("PresenterView", "About to start"),
        TimerPhase.FINISHED: QT_TRANSLATE_NOOP("PresenterView", "Thank you"),
    }
    return (
        QCoreApplication.translate("PresenterView", str(words[view.phase]))
        if view.phase in words
        else ""
    )


def who_text(view: PublicView) -> str:
    if not view.speakers:
        return ""
    text = QCoreApplication.translate("PresenterView", "Speaking: %1").replace(
        "%1", labels.roles_text(list(view.speakers))
    )
    if view.listeners:
        listening = QCoreApplication.translate("PresenterView", "Listening only: %1").replace(
            "%1", labels.roles_text(list(view.listeners))
        )
        if view.listener_note:
            listening += f" ({view.listener_note})"
        text += "   ·   " + listening
    return text


def turn_text(view: PublicView) -> str:
    if not view.current_speaker:
        return ""
    text = QCoreApplication.translate("PresenterView", "Now: %1").replace(
        "%1", view.current_speaker
    )
    if view.turn_countdown:
        text += f"  {view.turn_countdown}"
    if view.next_speaker:
        text += "   ·   " + QCoreApplication.translate("PresenterView", "Next: %1").replace(
            "%1", view.next_speaker
        )
    return text
