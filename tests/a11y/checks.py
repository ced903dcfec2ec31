"""What the AT-SPI walk must show, as plain functions over its JSON (no Qt, no D-Bus;
``atspi_walk.py`` imports the role sets from here, under Debian's python3).

Each returns the offending objects in words a reader of a failed test can act
on ("combo box 'Bram' (labelled by nothing) in 'Intervisie Desktop'").
"""

from __future__ import annotations

import re
from typing import Any

Node = dict[str, Any]

CELL_ROLES = {
    "table cell",
    "list item",
    "tree item",
    "table row",
    "table column header",
    "table row header",
}
VIEW_ROLES = {"table", "tree table", "tree", "list", "list box"}  # a cell's focus is theirs
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "spin button",
    "slider",
    "list",
    "list box",
    "tree",
    "tree table",
    "table",
    "page tab",
    "page tab list",
    "link",
}
CONTAINER_ROLES = {"filler", "panel", "layered pane", "split pane", "scroll pane", "viewport"}
WINDOW_ROLES = {"frame", "dialog", "window", "alert", "file chooser"}
VALUE_NAMED = {"combo box"}  # Qt names a combo box by its current value; its label says what


def showing(tree: list[Node]) -> list[Node]:
    return [n for n in tree if "showing" in n["states"]]


def where(node: Node, tree: list[Node]) -> str:
    windows = {n["id"]: n["name"] for n in tree if n["depth"] == 0}
    return f"{node['role']} {node['name']!r} in {windows.get(node['window'], '?')!r}"


def interactive(tree: list[Node]) -> list[Node]:
    """Showing objects a user can act on or move the focus to. Cells belong to their
    view; a container marked focusable (a tab widget handing the focus to its tab
    bar) counts when the Tab walk lands on it (see :func:`unnamed_stops`)."""
    return [
        n
        for n in showing(tree)
        if n["role"] in CONTROL_ROLES
        or ("focusable" in n["states"] and n["role"] not in CELL_ROLES | CONTAINER_ROLES)
    ]


def unnamed(tree: list[Node]) -> list[str]:
    return [where(n, tree) for n in interactive(tree) if not n["name"].strip()]


def unnamed_images(tree: list[Node]) -> list[str]:
    """Pictures read out as just 'image'."""
    return [where(n, tree) for n in showing(tree) if n["role"] == "image" and not n["name"]]


def unnamed_stops(steps: list[Node]) -> list[str]:
    """Places Tab landed on that have no name (and are not a cell of a named view)."""
    found = []
    for step in steps:
        control = step.get("focus", {}).get("control")
        if control is not None and not control["name"].strip():
            found.append(f"{control['role']} {control['name']!r} (a Tab stop)")
    return found


def plain(text: str) -> str:
    """A label as it is heard: no mnemonic, no trailing colon or ellipsis, one case."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(":…. ").casefold()


def label_not_in_name(tree: list[Node]) -> list[str]:
    """A control whose name leaves out the text of the label tied to it (WCAG 2.5.3)."""
    by_id = {n["id"]: n for n in tree}
    found = []
    for node in interactive(tree):
        if node["role"] in VALUE_NAMED:
            continue
        for label_id in node["relations"].get("labelled-by", []):
            label = by_id.get(label_id)
            if label is not None and plain(label["name"]) not in plain(node["name"]):
                found.append(f"{where(node, tree)} is labelled {label['name']!r}")
    return found


def combo_without_label(tree: list[Node]) -> list[str]:
    """A combo box is read as its value, so without a visible label it says nothing."""
    return [
        where(n, tree)
        for n in interactive(tree)
        if n["role"] in VALUE_NAMED and not n["relations"].get("labelled-by")
    ]


def not_a_window(tree: list[Node]) -> list[str]:
    """Top-level windows a screen reader cannot find as windows (e.g. a 'filler')."""
    return [
        f"{n['role']} {n['name']!r}"
        for n in tree
        if n["depth"] == 0 and "showing" in n["states"] and n["role"] not in WINDOW_ROLES
    ]


def traps(steps: list[Node]) -> list[str]:
    """Controls that Tab did not leave (it typed a tab, moved within, or did nothing)."""
    found = []
    for step in steps:
        if step["trapped"]:
            control = step["control"]
            how = f"typed {step['typed']!r}" if step["typed"] else "kept the focus"
            if not step["answered"]:
                how = "did nothing"
            found.append(f"{control['role']} {control['name']!r}: Tab {how}")
    return found


def walk_completed(steps: list[Node]) -> bool:
    """The focus came back to the control where the walk began."""
    landed = [s["focus"]["control"]["id"] for s in steps if "focus" in s]
    return len(landed) > 1 and landed[-1] == landed[0] and not steps[-1]["trapped"]


def unchanged_events(events: Node) -> list[str]:
    """Sources that announced a change while their text stayed the same."""
    return [
        f"{s['role']} {s['name']!r}: {s['unchanged']} of {s['count']} {s['type']} "
        f"in {events['seconds']:.1f} s changed nothing"
        for s in events["sources"]
        if s.get("unchanged")
    ]


def per_second(events: Node, kind: str = "") -> float:
    total = sum(s["count"] for s in events["sources"] if s["type"].startswith(kind))
    return float(total / events["seconds"])
