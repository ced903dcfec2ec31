"""The one table of keys: it feeds the meeting's actions, the flip-over's keys and the
F1 help, so keys and help cannot drift apart.

Each key has a *reach*, which says when it acts:

- ``ALWAYS``: a shortcut on the meeting page and the projector window that acts
  whatever control has the focus there. The keys a presentation clicker sends
  (Page Up/Down, F5, Shift+F5, Esc, B, ".") are of this kind, so the clicker
  always works; only a text field being typed in keeps its own characters.
- ``UNUSED``: a single key (Space, T, +, −, arrows) that steers the meeting only
  when the focused control has no use for it, so Space still presses a focused
  button. These can be switched off in the settings (WCAG 2.1.4).
- ``FLAP``: a key of the flip-over's list (rate, mark, edit, move).
- ``WINDOW``: anywhere in the main window (help).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from PySide6.QtCore import QCoreApplication


class Reach(Enum):
    ALWAYS = "always"
    UNUSED = "unused"
    FLAP = "flap"
    WINDOW = "window"


class Command(StrEnum):
    START_PAUSE = "start_pause"
    NEXT = "next"
    PREVIOUS = "previous"
    ADD_MINUTE = "add_minute"
    REMOVE_MINUTE = "remove_minute"
    RESTART_BLOCK = "restart_block"
    FINISH = "finish"
    NEXT_TURN = "next_turn"
    PREVIOUS_TURN = "previous_turn"
    SKIP_TURN = "skip_turn"
    END_TIME = "end_time"
    REPLAN = "replan"
    SPEAK_TIME = "speak_time"
    PRESENT = "present"
    LEAVE_FULL_SCREEN = "leave_full_screen"
    BLACKOUT = "blackout"
    SWAP_SCREEN = "swap_screen"
    NEXT_WALL_PAGE = "next_wall_page"
    PREVIOUS_WALL_PAGE = "previous_wall_page"
    SHOW_CASE_QUESTION = "show_case_question"
    SHARE_WINDOW = "share_window"
    SHARE_WINDOW_SMALL = "share_window_small"
    SHARE_WINDOW_MEDIUM = "share_window_medium"
    SHARE_WINDOW_LARGE = "share_window_large"
    HELP = "help"
    # the flip-over
    ADD_ITEM = "add_item"
    STOP_WRITING = "stop_writing"
    RATE_WARM = "rate_warm"
    RATE_NEUTRAL = "rate_neutral"
    RATE_COLD = "rate_cold"
    MARK = "mark"
    EDIT = "edit"
    DELETE = "delete"
    MOVE_UP = "move_up"
    MOVE_DOWN = "move_down"
    SHARE_ITEM = "share_item"
    SHARE_LIST = "share_list"
    COACH_HINT = "coach_hint"
    PASTE_CHAT = "paste_chat"


@dataclass(frozen=True)
class Key:
    sequence: str  # in QKeySequence's portable text, e.g. "PgDown", "Ctrl+Shift+P"
    reach: Reach


@dataclass(frozen=True)
class Binding:
    command: Command
    keys: tuple[Key, ...]
    checkable: bool = False

    def sequences(self, *reaches: Reach) -> list[str]:
        return [k.sequence for k in self.keys if k.reach in reaches]


def _b(command: Command, *keys: tuple[str, Reach], checkable: bool = False) -> Binding:
    return Binding(command, tuple(Key(s, r) for s, r in keys), checkable)


A, U, F, W = Reach.ALWAYS, Reach.UNUSED, Reach.FLAP, Reach.WINDOW

BINDINGS: tuple[Binding, ...] = (
    _b(Command.START_PAUSE, ("Space", U)),
    _b(Command.NEXT, ("PgDown", A), ("Right", U)),
    _b(Command.PREVIOUS, ("PgUp", A), ("Left", U)),
    _b(Command.ADD_MINUTE, ("+", U), ("=", U)),
    _b(Command.REMOVE_MINUTE, ("-", U)),
    _b(Command.RESTART_BLOCK, ("Ctrl+R", A)),
    _b(Command.FINISH, ("Ctrl+Shift+F", A)),
    _b(Command.NEXT_TURN, ("T", U)),
    _b(Command.PREVIOUS_TURN, ("Shift+T", U)),
    _b(Command.SKIP_TURN, ("Ctrl+T", A)),
    _b(Command.END_TIME, ("Ctrl+E", A)),
    _b(Command.REPLAN, ("Ctrl+Shift+R", A)),
    _b(Command.SPEAK_TIME, ("Ctrl+Shift+T", A)),
    _b(Command.PRESENT, ("F5", A), ("Shift+F5", A)),
    _b(Command.LEAVE_FULL_SCREEN, ("Esc", A)),
    _b(Command.BLACKOUT, ("B", A), (".", A), checkable=True),
    _b(Command.SWAP_SCREEN, ("F6", A)),
    # Ctrl with the clicker's page keys: a clicker never sends these, so paging the
    # wall's list cannot be confused with moving to another block.
    _b(Command.NEXT_WALL_PAGE, ("Ctrl+PgDown", A)),
    _b(Command.PREVIOUS_WALL_PAGE, ("Ctrl+PgUp", A)),
    _b(Command.SHOW_CASE_QUESTION, ("Ctrl+Shift+I", A), checkable=True),
    _b(Command.SHARE_WINDOW, ("Ctrl+Shift+F5", A), checkable=True),
    _b(Command.SHARE_WINDOW_SMALL),
    _b(Command.SHARE_WINDOW_MEDIUM),
    _b(Command.SHARE_WINDOW_LARGE),
    _b(Command.HELP, ("F1", W), ("?", U)),
    _b(Command.ADD_ITEM, ("Return", F)),
    _b(Command.STOP_WRITING, ("Esc", F)),
    _b(Command.RATE_WARM, ("W", F), ("H", F)),
    _b(Command.RATE_NEUTRAL, ("N", F)),
    _b(Command.RATE_COLD, ("K", F), ("C", F)),
    _b(Command.MARK, ("Return", F)),
    _b(Command.EDIT, ("F2", F)),
    _b(Command.DELETE, ("Del", F)),
    _b(Command.MOVE_UP, ("Alt+Up", F)),
    _b(Command.MOVE_DOWN, ("Alt+Down", F)),
    _b(Command.SHARE_ITEM, ("Ctrl+P", A)),
    _b(Command.SHARE_LIST, ("Ctrl+Shift+P", A)),
    _b(Command.COACH_HINT, ("Ctrl+I", F)),
    _b(Command.PASTE_CHAT, ("Ctrl+Shift+V", A)),
)


def binding(command: Command) -> Binding:
    return next(b for b in BINDINGS if b.command is command)


def command_text(command: Command) -> str:
    """What the command does, as menus and the help show it (with its mnemonic)."""
    texts = {
        Command.START_PAUSE: QCoreApplication.translate("KeyBindings", "Start / p&ause"),
        Command.NEXT: QCoreApplication.translate("KeyBindings", "&Next block"),
        Command.PREVIOUS: QCoreApplication.translate("KeyBindings", "&Previous block"),
        Command.ADD_MINUTE: QCoreApplication.translate("KeyBindings", "&One minute more"),
        Command.REMOVE_MINUTE: QCoreApplication.translate("KeyBindings", "One minute &less"),
        Command.RESTART_BLOCK: QCoreApplication.translate("KeyBindings", "&Restart this block"),
        Command.FINISH: QCoreApplication.translate("KeyBindings", "&Finish the meeting…"),
        Command.NEXT_TURN: QCoreApplication.translate("KeyBindings", "Next per&son"),
        Command.PREVIOUS_TURN: QCoreApplication.translate("KeyBindings", "Previous p&erson"),
        Command.SKIP_TURN: QCoreApplication.translate("KeyBindings", "S&kip this person for now"),
        Command.END_TIME: QCoreApplication.translate("KeyBindings", "Set the en&d time…"),
        Command.REPLAN: QCoreApplication.translate("KeyBindings", "Re-plan the res&t…"),
        Command.SPEAK_TIME: QCoreApplication.translate("KeyBindings", "Sa&y the time left"),
        Command.PRESENT: QCoreApplication.translate("KeyBindings", "Start pre&senting"),
        Command.LEAVE_FULL_SCREEN: QCoreApplication.translate("KeyBindings", "Lea&ve full screen"),
        Command.BLACKOUT: QCoreApplication.translate("KeyBindings", "&Blackout"),
        Command.SWAP_SCREEN: QCoreApplication.translate(
            "KeyBindings", "Move projector view to the next scree&n"
        ),
        Command.NEXT_WALL_PAGE: QCoreApplication.translate(
            "KeyBindings", "Next &page of the list on the wall"
        ),
        Command.PREVIOUS_WALL_PAGE: QCoreApplication.translate(
            "KeyBindings", "Previous page of the lis&t on the wall"
        ),
        Command.SHOW_CASE_QUESTION: QCoreApplication.translate(
            "KeyBindings", "Show the case &question on the wall"
        ),
        Command.SHARE_WINDOW: QCoreApplication.translate(
            "KeyBindings", "Projector in a &window (to share in a video call)"
        ),
        Command.SHARE_WINDOW_SMALL: QCoreApplication.translate(
            "KeyBindings", "Projector window &1: 960 × 540"
        ),
        Command.SHARE_WINDOW_MEDIUM: QCoreApplication.translate(
            "KeyBindings", "Projector window &2: 1280 × 720"
        ),
        Command.SHARE_WINDOW_LARGE: QCoreApplication.translate(
            "KeyBindings", "Projector window &3: 1920 × 1080"
        ),
        Command.HELP: QCoreApplication.translate("KeyBindings", "&Keyboard shortcuts"),
        Command.ADD_ITEM: QCoreApplication.translate(
            "KeyBindings", "Add the typed item (in the input line)"
        ),
        Command.STOP_WRITING: QCoreApplication.translate(
            "KeyBindings", "Stop typing, back to the list"
        ),
        Command.RATE_WARM: QCoreApplication.translate("KeyBindings", "Rate the selected item warm"),
        Command.RATE_NEUTRAL: QCoreApplication.translate(
            "KeyBindings", "Rate the selected item neutral"
        ),
        Command.RATE_COLD: QCoreApplication.translate("KeyBindings", "Rate the selected item cold"),
        Command.MARK: QCoreApplication.translate(
            "KeyBindings", "Mark answered or chosen (in the list)"
        ),
        Command.EDIT: QCoreApplication.translate("KeyBindings", "Edit the selected item"),
        Command.DELETE: QCoreApplication.translate("KeyBindings", "Delete the selected item"),
        Command.MOVE_UP: QCoreApplication.translate("KeyBindings", "Move the selected item up"),
        Command.MOVE_DOWN: QCoreApplication.translate("KeyBindings", "Move the selected item down"),
        Command.SHARE_ITEM: QCoreApplication.translate(
            "KeyBindings", "Show or hide the selected item on the projector"
        ),
        Command.SHARE_LIST: QCoreApplication.translate(
            "KeyBindings", "Show or hide this whole list on the projector"
        ),
        Command.COACH_HINT: QCoreApplication.translate(
            "KeyBindings", "What the coach noticed about the selected item"
        ),
        Command.PASTE_CHAT: QCoreApplication.translate(
            "KeyBindings", "Paste messages from a video call's chat onto the flip-over"
        ),
    }
    return texts[command]


def plain(text: str) -> str:
    """A command text without its mnemonic marker."""
    return text.replace("&", "")
