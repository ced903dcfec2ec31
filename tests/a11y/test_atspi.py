"""What a screen reader gets, checked where it gets it: the AT-SPI tree of the running
demo app, read with pyatspi in a separate process on a private X server and D-Bus
session (see ``session.py``), the way Orca reads it.

Every page and the help are walked with Tab and read whole; then, with the
projector shown and the clock running, the events are counted. Each check is
also run on the app with planted faults (``planted_app.py``) and must catch them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.a11y import checks
from tests.a11y.session import PACKAGES, AppSession, missing_tools
from tests.a11y.tour import PAGES, SCENES, Tour, demo_command, take_tour

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def _start(tmp: Path, planted: bool) -> AppSession:
    missing = missing_tools()
    if missing:
        pytest.fail(f"missing {missing}: `make test` installs them (apt: {PACKAGES})")
    return AppSession(tmp, demo_command(planted))


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tour]:
    with _start(tmp_path_factory.mktemp("atspi"), planted=False) as session:
        yield take_tour(session)  # closing checks that no process is left behind


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tour]:
    with _start(tmp_path_factory.mktemp("atspi-planted"), planted=True) as session:
        scene = "projector shown"
        yield take_tour(session, {"methods": PAGES["methods"]}, {scene: SCENES[scene]})


WALKED = [name for name in PAGES if PAGES[name].tab_walk]


def test_the_walk_reads_every_page_and_lands_on_its_controls(tour: Tour) -> None:
    for name in WALKED:
        landed = {s["focus"]["control"]["id"] for s in tour.pages[name]["tab"] if "focus" in s}
        assert len(checks.interactive(tour.own_tree(name))) >= 2, name
        assert landed, name
    assert tour.objects_walked() > 500


@pytest.mark.parametrize("page", list(PAGES))
def test_every_control_and_image_has_a_name(tour: Tour, page: str) -> None:
    assert checks.unnamed(tour.own_tree(page)) == []
    assert checks.unnamed_images(tour.own_tree(page)) == []
    assert checks.unnamed_stops(tour.pages[page]["tab"]) == []


@pytest.mark.parametrize("page", list(PAGES))
def test_names_contain_the_label_tied_to_them(tour: Tour, page: str) -> None:
    assert checks.label_not_in_name(tour.own_tree(page)) == []


@pytest.mark.parametrize("page", list(PAGES))
def test_combo_boxes_have_a_visible_label(tour: Tour, page: str) -> None:
    assert checks.combo_without_label(tour.own_tree(page)) == []


@pytest.mark.parametrize("page", WALKED)
def test_tab_leaves_every_control_and_comes_round(tour: Tour, page: str) -> None:
    steps = tour.pages[page]["tab"]
    assert checks.traps(steps) == []
    assert checks.walk_completed(steps), [s.get("focus", {}).get("control") for s in steps]


def test_the_projector_window_is_a_window(tour: Tour) -> None:
    tree = tour.pages["projector"]["tree"]
    projector = [n for n in tree if n["depth"] == 0 and "projector" in n["name"]]
    assert projector, "the projector window is not on the AT-SPI bus"
    assert checks.not_a_window(tree) == []


@pytest.mark.parametrize("scene", list(SCENES))
def test_no_event_when_nothing_changed(tour: Tour, scene: str) -> None:
    events = tour.events[scene]
    countdowns = [
        s
        for s in events["sources"]
        if s["type"].endswith("accessible-name") and ":" in s["name"] and s["count"] >= 2
    ]
    assert countdowns, "the clock was not running while the events were counted"
    assert checks.unchanged_events(events) == []


# ----- the checks catch planted faults -----------------------------------------------


def test_the_name_check_finds_a_planted_unnamed_field(planted: Tour) -> None:
    assert checks.unnamed(planted.own_tree("methods")) == ["text '' in 'Intervisie Desktop'"]
    assert checks.unnamed_stops(planted.pages["methods"]["tab"]) == ["text '' (a Tab stop)"]


def test_the_trap_check_finds_a_planted_trap(planted: Tour) -> None:
    steps = planted.pages["methods"]["tab"]
    assert checks.traps(steps) == ["text 'Planted trap': Tab typed '\\t'"]
    assert not checks.walk_completed(steps)


def test_the_event_check_finds_a_planted_flood(planted: Tour) -> None:
    found = checks.unchanged_events(planted.events["projector shown"])
    assert len(found) == 1
    assert found[0].startswith("label 'Planted flood'")
