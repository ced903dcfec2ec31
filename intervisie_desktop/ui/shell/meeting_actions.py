"""Every meeting command as a QAction, built from the key table, so menus, buttons,
the help and a presentation clicker all use the same definitions.

Shortcuts of reach ``ALWAYS`` act on the widgets the actions are attached to
(the meeting page and the projector window), never on the preparation screen.
Single keys (reach ``UNUSED``) are not shortcuts: the meeting page passes keys
that no focused control used to :meth:`MeetingActions.handle_unused_key`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from intervisie_desktop.ui.shell.key_bindings import (
    BINDINGS,
    Binding,
    Command,
    Reach,
    command_text,
)

FLAP_ONLY = frozenset(
    {
        Command.ADD_ITEM,
        Command.STOP_WRITING,
        Command.RATE_WARM,
        Command.RATE_NEUTRAL,
        Command.RATE_COLD,
        Command.MARK,
        Command.EDIT,
        Command.DELETE,
        Command.MOVE_UP,
        Command.MOVE_DOWN,
        Command.SHARE_ITEM,
        Command.SHARE_LIST,
    }
)
_IGNORED = Qt.KeyboardModifier.KeypadModifier


def key_matches(event: QKeyEvent, sequence: str) -> bool:
    """Does a key press match one key of the table? Shift counts for letters (T vs
    Shift+T) but not for symbols that need it on some keyboards (+, ?)."""
    wanted = QKeySequence(sequence)
    if wanted.count() != 1:
        return False
    combination = wanted[0]  # type: ignore[index]  # QKeySequence is indexable
    key = event.key()
    modifiers = event.modifiers() & ~_IGNORED
    wanted_modifiers = combination.keyboardModifiers()
    if not Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:
        modifiers &= ~Qt.KeyboardModifier.ShiftModifier
        wanted_modifiers &= ~Qt.KeyboardModifier.ShiftModifier
    return bool(key == combination.key().value and modifiers == wanted_modifiers)


def make_action(binding: Binding, parent: QObject) -> QAction:
    """A QAction for one row of the table, with its shortcut keys and help text."""
    text = command_text(binding.command)
    action = QAction(text, parent)
    action.setObjectName(binding.command.value)
    shortcuts = binding.sequences(Reach.ALWAYS, Reach.WINDOW)
    action.setShortcuts([QKeySequence(k) for k in shortcuts])
    if any(k.reach is Reach.WINDOW for k in binding.keys):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    else:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    keys = " / ".join(k.sequence for k in binding.keys)
    action.setToolTip(f"{text.replace('&', '')} ({keys})")
    action.setCheckable(binding.checkable)
    return action


class MeetingActions(QObject):
    """The meeting's actions; a running meeting connects them and attaches its views."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.single_keys = True  # off: single-key shortcuts do nothing (WCAG 2.1.4)
        self._actions: dict[Command, QAction] = {}
        self._bindings: dict[Command, Binding] = {}
        for binding in BINDINGS:
            if binding.command in FLAP_ONLY:
                continue
            action = make_action(binding, window)
            self._actions[binding.command] = action
            self._bindings[binding.command] = binding
        window.addAction(self[Command.HELP])

    def __getitem__(self, command: Command) -> QAction:
        return self._actions[command]

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def meeting_actions(self) -> list[QAction]:
        return [a for c, a in self._actions.items() if c is not Command.HELP]

    def attach(self, widget: QWidget) -> None:
        """Let the shortcuts act while the focus is anywhere inside ``widget``."""
        widget.addActions(self.meeting_actions())

    def on(self, command: Command, slot: Callable[[], object]) -> QMetaObject.Connection:
        """Run ``slot`` on the command; keep the connection to undo it when the meeting
        closes (:meth:`forget`)."""
        return self[command].triggered.connect(lambda _checked=False: slot())

    @staticmethod
    def forget(connections: list[QMetaObject.Connection]) -> None:
        """Undo connections made with :meth:`on`."""
        for connection in connections:
            QObject.disconnect(connection)
        connections.clear()

    def handle_unused_key(self, event: QKeyEvent) -> bool:
        """A key that no focused control used: steer the meeting if it is one of ours."""
        if not self.single_keys:
            return False
        for command, binding in self._bindings.items():
            for sequence in binding.sequences(Reach.UNUSED):
                if key_matches(event, sequence):
                    action = self._actions[command]
                    if action.isEnabled():
                        action.trigger()
                        return True
        return False
