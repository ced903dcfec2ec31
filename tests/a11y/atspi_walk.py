#!/usr/bin/python3
"""What a screen reader sees of the app, read over AT-SPI and printed as JSON.

Run with Debian's own python3 (``python3-pyatspi`` lives there, not in the
project's venv), inside the display and D-Bus session that
``tests/a11y/session.py`` starts. It only observes and presses keys; every
judgement is made by the tests on the JSON it prints.

    atspi_walk.py bus-ready
        wait until the accessibility bus is there (before the app starts).
    atspi_walk.py --pid PID [--keys KEYS] [--wait ROLE:NAME] [--after KEYS] page
                  [--page-tab N] [--tabs N]
        press KEYS (xdotool names, e.g. ctrl+l) and wait until ROLE:NAME shows;
        optionally press the Nth page tab; press Tab up to N times noting which
        control the focus lands in; dump the tree of everything showing; press
        the --after keys (e.g. Escape to close a dialog).
    atspi_walk.py --pid PID [--keys KEYS] [--wait ROLE:NAME] events SECONDS
        count name, description, value, text and children events for SECONDS of
        real time, noting those after which nothing had changed.

Waiting is always for an event or a state, with a deadline; never a fixed sleep.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

warnings.simplefilter("ignore")  # pyatspi's own deprecation chatter
import gi  # noqa: E402

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, Gio, GLib  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the roles, shared with the tests
from checks import CELL_ROLES, VIEW_ROLES  # noqa: E402

APP_NAME = "intervisie-desktop"
DEADLINE = 20.0  # seconds for the app to appear, a page to show
PRESS_DEADLINE = 5.0  # seconds for the app to answer a key press
STATES = {
    "showing": pyatspi.STATE_SHOWING,
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "editable": pyatspi.STATE_EDITABLE,
    "enabled": pyatspi.STATE_ENABLED,
    "multi_line": pyatspi.STATE_MULTI_LINE,
    "read_only": pyatspi.STATE_READ_ONLY,
}
TEXT_LIMIT = 300


class Waiter:
    """Runs the GLib main context until a condition holds or a deadline passes."""

    def __init__(self) -> None:
        self.context = GLib.MainContext.default()

    def until(self, condition: Callable[[], bool], seconds: float = DEADLINE) -> bool:
        deadline = time.monotonic() + seconds
        tick = GLib.timeout_source_new(50)  # wakes the loop so the deadline is seen
        tick.set_callback(lambda *_: True)
        tick.attach(self.context)
        try:
            while not condition():
                if time.monotonic() > deadline:
                    return False
                self.context.iteration(True)
            return True
        finally:
            tick.destroy()

    def drain(self) -> None:
        while self.context.pending():
            self.context.iteration(False)


def find_app(waiter: Waiter) -> Any:
    found: list[Any] = []

    def look() -> bool:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_name() == APP_NAME and _showing_frame(app):
                found.append(app)
                return True
        return False

    if not waiter.until(look):
        fail(f"no application called {APP_NAME!r} with a showing window on the AT-SPI bus")
    return found[0]


def _showing_frame(app: Any) -> Any:
    for window in children(app):
        if window.get_state_set().contains(pyatspi.STATE_SHOWING):
            return window
    return None


def children(acc: Any) -> Iterator[Any]:
    for index in range(acc.get_child_count()):
        child = acc.get_child_at_index(index)
        if child is not None:
            yield child


def fail(message: str) -> None:
    print(json.dumps({"error": message}))
    sys.exit(3)


# ----- the tree ----------------------------------------------------------------------


def describe(acc: Any) -> dict[str, Any]:
    states = acc.get_state_set()
    node: dict[str, Any] = {
        "id": acc.path,
        "role": acc.get_role_name(),
        "name": acc.get_name() or "",
        "description": acc.get_description() or "",
        "states": sorted(name for name, state in STATES.items() if states.contains(state)),
        "relations": {},
    }
    for relation in acc.get_relation_set():
        kind = relation.get_relation_type().value_nick
        targets = [relation.get_target(i) for i in range(relation.get_n_targets())]
        node["relations"].setdefault(kind, []).extend(t.path for t in targets if t is not None)
    component = acc.get_component_iface()
    if component is not None:
        box = component.get_extents(Atspi.CoordType.SCREEN)
        node["extents"] = [box.x, box.y, box.width, box.height]
    text = acc.get_text_iface()
    if text is not None:
        count = text.get_character_count()
        node["text"] = text.get_text(0, min(count, TEXT_LIMIT))
    value = acc.get_value_iface()
    if value is not None:
        node["value"] = value.get_current_value()
    return node


def dump_tree(app: Any) -> list[dict[str, Any]]:
    """Every showing object (and every top-level window, showing or not), parents first."""
    nodes: list[dict[str, Any]] = []

    def visit(acc: Any, parent: str | None, window: str, depth: int) -> None:
        node = describe(acc)
        node["parent"], node["window"], node["depth"] = parent, window, depth
        nodes.append(node)
        if "showing" not in node["states"] and depth > 0:
            return
        for child in children(acc):
            visit(child, node["id"], window, depth + 1)

    for window in children(app):
        visit(window, None, window.path, 0)
    return nodes


# ----- keys and focus ----------------------------------------------------------------


def press(keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys.split()], check=True, timeout=30)


def focus_window(pid: int) -> None:
    """What a window manager does on a click: give the app's visible window the keyboard."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
        check=True,
        timeout=DEADLINE,
        capture_output=True,
        text=True,
    )
    window = found.stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True, timeout=DEADLINE)


def landing(acc: Any) -> dict[str, Any]:
    """Where the focus is, and the control that holds it.

    The control is the outermost item view around the focus (a cell, or a spin
    box in a cell, belongs to its table), else the focused object itself (a
    cell's parent when the focus is on a cell).
    """
    chain = []
    current = acc
    while current is not None and current.get_role_name() not in ("frame", "application"):
        chain.append(current)
        current = current.get_parent()
    views = [a for a in chain if a.get_role_name() in VIEW_ROLES]
    plain = [a for a in chain if a.get_role_name() not in CELL_ROLES]
    holder = views[-1] if views else (plain[0] if plain else acc)
    return {
        "id": acc.path,
        "role": acc.get_role_name(),
        "name": acc.get_name() or "",
        "control": {
            "id": holder.path,
            "role": holder.get_role_name(),
            "name": holder.get_name() or "",
        },
    }


class FocusWatch:
    """Collects focus gains and typed text, so each key press can be waited for."""

    EVENTS = ("object:state-changed:focused", "object:text-changed:insert")

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any, str]] = []
        self.listener = Atspi.EventListener.new(self._on)
        for kind in self.EVENTS:
            self.listener.register(kind)

    def _on(self, event: Any) -> None:
        if event.type.startswith("object:state-changed") and not event.detail1:
            return  # focus lost
        data = event.any_data if isinstance(event.any_data, str) else ""
        self.seen.append((event.type, event.source, data))

    def stop(self) -> None:
        for kind in self.EVENTS:
            self.listener.deregister(kind)


def tab_walk(waiter: Waiter, frame: Any, presses: int) -> list[dict[str, Any]]:
    """Press Tab up to ``presses`` times; after each, which control holds the focus?

    A press is answered by a focus event or by typed text (a tab character in a
    text field). Once answered, a round trip to the app brings in the rest of
    what that press caused; the last focus event is where it landed. A press
    that leaves the focus in the same control is a trap, and the walk stops
    there. Otherwise it ends when the focus is back in the control it first
    landed in.
    """
    watch = FocusWatch()
    steps: list[dict[str, Any]] = []
    focused = [
        n
        for window in children(frame.get_parent())
        if window.get_state_set().contains(pyatspi.STATE_ACTIVE)
        for n in _showing(window)
        if n.get_state_set().contains(pyatspi.STATE_FOCUSED)
    ]
    here = landing(focused[-1]) if focused else None
    first: str | None = None
    try:
        for _ in range(presses):
            step = _press_and_see(waiter, frame, watch, "Tab", here)
            steps.append(step)
            if step["trapped"]:
                break  # nothing a keyboard user can do gets out (Ctrl+Tab changes tabs)
            here = step.get("focus", here)
            if here is None:
                continue
            if first is None:
                first = here["control"]["id"]
            elif here["control"]["id"] == first:
                break
    finally:
        watch.stop()
    return steps


def _press_and_see(
    waiter: Waiter, frame: Any, watch: FocusWatch, key: str, here: dict[str, Any] | None
) -> dict[str, Any]:
    watch.seen.clear()
    press(key)
    answered = waiter.until(lambda: bool(watch.seen), PRESS_DEADLINE)
    frame.get_component_iface().get_extents(Atspi.CoordType.SCREEN)  # a round trip
    waiter.drain()
    focus = [src for kind, src, _ in watch.seen if kind.startswith("object:state")]
    typed = "".join(data for kind, _, data in watch.seen if kind.endswith("insert"))
    step: dict[str, Any] = {"key": key, "answered": answered, "typed": typed}
    if focus:
        step["focus"] = landing(focus[-1])
    now = step.get("focus", here)
    step["trapped"] = here is not None and (
        now is None or now["control"]["id"] == here["control"]["id"]
    )
    if step["trapped"] and here is not None:
        step["control"] = here["control"]
    return step


def activate_page_tab(app: Any, index: int) -> None:
    tabs = [n for n in _showing(app) if n.get_role_name() == "page tab"]
    if index >= len(tabs):
        fail(f"there is no page tab number {index} (found {len(tabs)})")
    action = tabs[index].get_action_iface()
    action.do_action(0)


def _showing(acc: Any) -> Iterator[Any]:
    for child in children(acc):
        if child.get_state_set().contains(pyatspi.STATE_SHOWING):
            yield child
            yield from _showing(child)


# ----- events ------------------------------------------------------------------------

CHATTER = (
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:property-change:accessible-value",
    "object:text-changed",
    "object:children-changed",
    "object:visible-data-changed",
)


class Chatter:
    """Counts events by kind and source, and those after which nothing had changed:
    a name or description set to what it was, a text deleted and inserted again."""

    def __init__(self, names: dict[str, str], descriptions: dict[str, str]) -> None:
        self.names = names
        self.descriptions = descriptions
        self.deleted: dict[str, str] = {}
        self.sources: dict[tuple[str, str], dict[str, Any]] = {}
        self.listener = Atspi.EventListener.new(self._on)
        for kind in CHATTER:
            self.listener.register(kind)

    def _on(self, event: Any) -> None:
        path = event.source.path
        kind = event.type.rstrip(":")
        source = self.sources.setdefault(
            (kind, path),
            {"type": kind, "id": path, "role": event.source.get_role_name(), "count": 0},
        )
        source["count"] += 1
        source["name"] = self.names.get(path, "")
        data = event.any_data
        unchanged = 0
        if kind.endswith("accessible-name"):
            unchanged = int(self.names.get(path) == data)
            self.names[path] = data
        elif kind.endswith("accessible-description"):
            unchanged = int(self.descriptions.get(path) == data)
            self.descriptions[path] = data
        elif kind.endswith("text-changed:delete"):
            self.deleted[path] = data
        elif kind.endswith("text-changed:insert"):
            unchanged = 2 * int(self.deleted.pop(path, None) == data)  # the delete and insert
        source["unchanged"] = source.get("unchanged", 0) + unchanged

    def stop(self) -> list[dict[str, Any]]:
        for kind in CHATTER:
            self.listener.deregister(kind)
        return sorted(self.sources.values(), key=lambda s: -s["count"])


def count_events(waiter: Waiter, app: Any, seconds: float) -> dict[str, Any]:
    """Every chatty event for ``seconds`` of real time (the clock is the app's own)."""
    names: dict[str, str] = {}
    descriptions: dict[str, str] = {}

    def remember(acc: Any) -> None:
        names[acc.path] = acc.get_name() or ""
        descriptions[acc.path] = acc.get_description() or ""
        for child in children(acc):
            remember(child)

    remember(app)
    waiter.drain()
    chatter = Chatter(names, descriptions)
    start = time.monotonic()
    waiter.until(lambda: time.monotonic() - start >= seconds, seconds + 1)
    return {"seconds": time.monotonic() - start, "sources": chatter.stop()}


# ----- main --------------------------------------------------------------------------


def wait_showing(waiter: Waiter, app: Any, wanted: str) -> None:
    """Wait until something with role and name ``ROLE:NAME`` shows (the name is a
    prefix; ``*`` is any role)."""
    role, _, name = wanted.partition(":")

    def shown() -> bool:
        return any(
            role in ("*", n.get_role_name()) and (n.get_name() or "").startswith(name)
            for window in children(app)
            if window.get_state_set().contains(pyatspi.STATE_SHOWING)
            for n in [window, *_showing(window)]
        )

    if not waiter.until(shown):
        fail(f"nothing showing matches {wanted!r}")


def wait_for_bus(waiter: Waiter) -> None:
    """Wait until the accessibility bus launcher has taken its name on the session bus."""
    session = Gio.bus_get_sync(Gio.BusType.SESSION)

    def owned() -> bool:
        answer = session.call_sync(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            GLib.Variant("(s)", ("org.a11y.Bus",)),
            GLib.VariantType("(b)"),
            Gio.DBusCallFlags.NONE,
            -1,
            None,
        )
        return bool(answer.unpack()[0])

    if not waiter.until(owned):
        fail("the accessibility bus (org.a11y.Bus) did not appear")
    print(json.dumps({"bus": "ready"}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, help="the app's process id")
    parser.add_argument("--keys", default="", help="keys to press first, e.g. 'ctrl+l'")
    parser.add_argument("--wait", help="ROLE:NAME that shows once the keys have acted")
    parser.add_argument("--after", default="", help="keys to press at the end, e.g. Escape")
    sub = parser.add_subparsers(dest="command", required=True)
    page = sub.add_parser("page")
    page.add_argument("--page-tab", type=int)
    page.add_argument("--tabs", type=int, default=0)
    events = sub.add_parser("events")
    events.add_argument("seconds", type=float)
    sub.add_parser("bus-ready")
    args = parser.parse_args()

    waiter = Waiter()
    if args.command == "bus-ready":
        wait_for_bus(waiter)
        return
    app = find_app(waiter)
    focus_window(args.pid)
    if args.keys:
        press(args.keys)
    if args.wait:
        wait_showing(waiter, app, args.wait)
    frame = _showing_frame(app)
    if args.command == "page":
        if args.page_tab is not None:
            activate_page_tab(frame, args.page_tab)
        steps = tab_walk(waiter, frame, args.tabs) if args.tabs else []
        answer = {"tab": steps, "tree": dump_tree(app)}
    else:
        answer = count_events(waiter, app, args.seconds)
    if args.after:
        press(args.after)
    print(json.dumps(answer))


if __name__ == "__main__":
    main()
