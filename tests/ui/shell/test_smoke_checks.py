"""``--smoke`` finds what a bundle lacks, not only that a window paints."""

from __future__ import annotations

import zoneinfo

import pytest
from pytestqt.qtbot import QtBot

from intervisie_desktop.ui.shell.smoke_checks import run_smoke_checks


def test_every_check_passes_where_everything_is_installed(qtbot: QtBot) -> None:
    assert all(line.startswith("checked") for line in run_smoke_checks("en"))


def test_a_bundle_without_time_zone_data_fails_the_smoke_check(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a Windows bundle without ``tzdata`` does: the zone is not found."""

    def no_zone(key: str) -> zoneinfo.ZoneInfo:
        raise zoneinfo.ZoneInfoNotFoundError(f"No time zone found with key {key}")

    monkeypatch.setattr(zoneinfo, "ZoneInfo", no_zone)
    lines = run_smoke_checks("en")
    assert lines[0].startswith("FAILED time zones and calendar: ZoneInfoNotFoundError")
    assert lines[1:] == ["checked encryption", "checked pdf", "checked translations"]


def test_dutch_without_its_translation_fails_the_smoke_check(qtbot: QtBot) -> None:
    """The test app has no Dutch translator installed: as a bundle without its .qm."""
    assert "FAILED translations: AssertionError: the Dutch translation is not loaded" in (
        run_smoke_checks("nl")
    )
