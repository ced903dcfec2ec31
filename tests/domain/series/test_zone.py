"""The local time zone's name, found without any network."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervisie_desktop.domain.series.zone import (
    DEFAULT_ZONE,
    is_known_zone,
    known_zones,
    local_zone_name,
)


@pytest.fixture
def nowhere(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "no-localtime", tmp_path / "no-timezone"


def test_tz_in_the_environment_wins(nowhere: tuple[Path, Path]) -> None:
    assert local_zone_name({"TZ": "America/New_York"}, *nowhere) == "America/New_York"
    assert local_zone_name({"TZ": ":Europe/Brussels"}, *nowhere) == "Europe/Brussels"
    path = "/usr/share/zoneinfo/Asia/Tokyo"
    assert local_zone_name({"TZ": path}, *nowhere) == "Asia/Tokyo"


def test_the_localtime_link_names_the_zone(tmp_path: Path) -> None:
    target = tmp_path / "usr" / "share" / "zoneinfo" / "Europe" / "Lisbon"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"TZif")
    link = tmp_path / "localtime"
    link.symlink_to(target)
    assert local_zone_name({}, link, tmp_path / "no-timezone") == "Europe/Lisbon"


def test_the_timezone_file_is_read_when_there_is_no_link(tmp_path: Path) -> None:
    copy = tmp_path / "localtime"
    copy.write_bytes(b"TZif")  # a copy, not a link: it names no zone
    zone_file = tmp_path / "timezone"
    zone_file.write_text("Europe/Amsterdam\n", encoding="utf-8")
    assert local_zone_name({}, copy, zone_file) == "Europe/Amsterdam"


def test_what_names_no_known_zone_falls_back_to_the_default(
    tmp_path: Path, nowhere: tuple[Path, Path]
) -> None:
    assert local_zone_name({"TZ": "CET-1CEST,M3.5.0,M10.5.0/3"}, *nowhere) == DEFAULT_ZONE
    assert local_zone_name({"TZ": "../../etc/passwd"}, *nowhere) == DEFAULT_ZONE
    bad = tmp_path / "timezone"
    bad.write_bytes(b"\xff\xfe")
    assert local_zone_name({}, tmp_path / "no-localtime", bad) == DEFAULT_ZONE


def test_zones_to_choose_from() -> None:
    zones = known_zones()
    assert "Europe/Amsterdam" in zones and zones == sorted(zones)
    assert is_known_zone("Europe/Amsterdam")
    assert not is_known_zone("Europe/Atlantis")
    assert not is_known_zone("")
