"""One tour of the demo app as a screen reader user makes it: every page and the
help walked with Tab and read whole, then the running clock listened to.

``python -m tests.a11y.tour [--planted]`` prints the counts (objects walked,
events per second, unchanged events) that the closing notes of issue 18 quote.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.a11y import checks
from tests.a11y.session import HERE, AppSession


@dataclass(frozen=True)
class Page:
    keys: str
    wait: str  # ROLE:NAME that shows once the page is there
    page_tab: int | None = None
    after: str = ""
    tab_walk: bool = True


# English names (the app runs with --lang en).
PAGES = {
    "methods": Page("ctrl+l", "list:Methods"),
    "prepare 1 group and case": Page("ctrl+n", "push button:Start the meeting", 0),
    "prepare 2 method": Page("ctrl+n", "push button:Start the meeting", 1),
    "prepare 3 icebreaker": Page("ctrl+n", "push button:Start the meeting", 2),
    "prepare 4 agenda": Page("ctrl+n", "push button:Start the meeting", 3),
    "prepare history": Page("ctrl+n", "push button:Start the meeting", 4),
    "meeting": Page("ctrl+m", "tree:Timeline of the meeting"),
    "help": Page("F1", "dialog:Keyboard shortcuts", after="Escape"),
    "about": Page("alt+h a", "*:About Intervisie Desktop", after="Escape", tab_walk=False),
    "projector": Page("F5", "*:Intervisie — projector", tab_walk=False),  # stays shown
}


@dataclass(frozen=True)
class Scene:
    keys: str = ""
    wait: str = ""


# The demo runs block 6 (no turns); three clicker "next"s reach block 9, with turns.
SCENES = {
    "projector shown": Scene(),
    "a step with turns": Scene("Next Next Next", "label:Step 6 of 10"),
}
TAB_PRESSES = 60
LISTEN_SECONDS = 4.0


@dataclass
class Tour:
    pages: dict[str, Any] = field(default_factory=dict)
    events: dict[str, Any] = field(default_factory=dict)

    def objects_walked(self) -> int:
        return sum(len(page["tree"]) for page in self.pages.values())

    def own_tree(self, name: str) -> list[dict[str, Any]]:
        """The objects of the window the page is in (the help is a dialog over the
        main window, the projector a window of its own)."""
        tree = self.pages[name]["tree"]
        role, _, prefix = PAGES[name].wait.partition(":")
        window = next(
            n["window"]
            for n in tree
            if role in ("*", n["role"])
            and n["name"].startswith(prefix)
            and "showing" in n["states"]
        )
        return [n for n in tree if n["window"] == window]


def demo_command(planted: bool = False) -> list[str]:
    if planted:
        return [sys.executable, str(HERE / "planted_app.py"), "--demo", "--lang", "en"]
    return [sys.executable, "-m", "intervisie_desktop", "--demo", "--lang", "en"]


def take_tour(
    session: AppSession, pages: dict[str, Page] = PAGES, scenes: dict[str, Scene] = SCENES
) -> Tour:
    tour = Tour()
    for name, page in pages.items():
        args = ["--keys", page.keys, "--wait", page.wait, "--after", page.after, "page"]
        if page.page_tab is not None:
            args += ["--page-tab", str(page.page_tab)]
        presses = TAB_PRESSES if page.tab_walk else 0
        tour.pages[name] = session.walk(*args, "--tabs", str(presses))
    for name, scene in scenes.items():
        args = ["--keys", scene.keys] + (["--wait", scene.wait] if scene.wait else [])
        tour.events[name] = session.walk(*args, "events", str(LISTEN_SECONDS))
    return tour


def summary(tour: Tour) -> str:
    lines = [f"objects walked: {tour.objects_walked()}"]
    for name, page in tour.pages.items():
        tree, steps = tour.own_tree(name), page["tab"]
        walked = "no Tab walk"
        if steps:
            complete = checks.walk_completed(steps)
            walked = f"{len(steps)} Tab presses, cycle {'complete' if complete else 'NOT complete'}"
        lines.append(
            f"  {name}: {len(tree)} objects, {len(checks.interactive(tree))} interactive, {walked}"
        )
        for problem in (
            checks.unnamed(tree)
            + checks.unnamed_images(tree)
            + checks.unnamed_stops(steps)
            + checks.label_not_in_name(tree)
            + checks.combo_without_label(tree)
            + checks.traps(steps)
        ):
            lines.append(f"    {problem}")
    windows = checks.not_a_window(tour.pages["projector"]["tree"])
    for name, events in tour.events.items():
        lines.append(
            f"  clock running, {name}: {checks.per_second(events):.1f} events/s "
            f"(names {checks.per_second(events, 'object:property-change:accessible-name'):.1f}/s)"
        )
        for source in events["sources"]:
            lines.append(
                f"    {source['count'] / events['seconds']:.1f}/s {source['type']} "
                f"{source['role']} {source['name']!r} unchanged={source.get('unchanged', 0)}"
            )
    lines.append(f"  not windows: {windows}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--planted", action="store_true", help="the app with planted faults")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="atspi-tour-") as work,
        AppSession(Path(work), demo_command(args.planted)) as session,
    ):
        print(summary(take_tour(session)))


if __name__ == "__main__":
    main()
