"""The projector's sentences, worded from the public view (shared by its two layouts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intervisie_desktop.domain.online.presence import Setting
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


def instruction_text(view: PublicView) -> str:
    """The step's instruction; in a hybrid meeting the call's wording under it."""
    if not view.call_instruction:
        return view.instruction
    in_call = QCoreApplication.translate("PresenterView", "In the call: %1").replace(
        "%1", view.call_instruction
    )
    return f"{view.instruction}\n{in_call}" if view.instruction else in_call


def _listening_text(view: PublicView) -> str:
    """Who only listens, worded for where they are (a microphone is off in a call)."""
    words = {
        Setting.ROOM: QT_TRANSLATE_NOOP("PresenterView", "Listening only: %1"),
        Setting.ONLINE: QT_TRANSLATE_NOOP("PresenterView", "Listening only, microphone off: %1"),
        Setting.HYBRID: QT_TRANSLATE_NOOP(
            "PresenterView", "Listening only (in the call: microphone off): %1"
        ),
    }
    text = QCoreApplication.translate("PresenterView", str(words[view.setting])).replace(
        "%1", labels.roles_text(list(view.listeners))
    )
    notes = [view.listener_note] if view.listener_note else []
    if view.call_listener_note:
        notes.append(
            QCoreApplication.translate("PresenterView", "in the call: %1").replace(
                "%1", view.call_listener_note
            )
        )
    return text + (f" ({'; '.join(notes)})" if notes else "")


def who_text(view: PublicView) -> str:
    if not view.speakers:
        return ""
    text = QCoreApplication.translate("PresenterView", "Speaking: %1").replace(
        "%1", labels.roles_text(list(view.speakers))
    )
    if view.listeners:
        text += "   ·   " + _listening_text(view)
    if view.current_speaker and view.setting is not Setting.ROOM:
        text += "   ·   " + QCoreApplication.translate(
            "PresenterView", "In turn: unmute when it is yours, then mute again"
        )
    return text


def _person(view: PublicView, name: str, in_call: bool) -> str:
    """A name, marked when they join by video in a hybrid meeting (online, all do)."""
    if in_call and view.setting is Setting.HYBRID:
        return QCoreApplication.translate("PresenterView", "%1 (by video)").replace("%1", name)
    return name


def turn_text(view: PublicView) -> str:
    if not view.current_speaker:
        return ""
    text = QCoreApplication.translate("PresenterView", "Now: %1").replace(
        "%1", _person(view, view.current_speaker, view.current_speaker_in_call)
    )
    if view.turn_countdown:
        text += f"  {view.turn_countdown}"
    if view.next_speaker:
        text += "   ·   " + QCoreApplication.translate("PresenterView", "Next: %1").replace(
            "%1", _person(view, view.next_speaker, view.next_speaker_in_call)
        )
    return text
