"""Sample files of every schema version migrate and save back without loss."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.store.atomic import ReadOnlyFileError
from intervisie_desktop.store.envelope import FileKind, read_kind
from intervisie_desktop.store.formats import (
    EVALUATION,
    GROUP,
    MEETING,
    METHOD,
    PRETALK,
    SERIES,
    SETTINGS,
)
from intervisie_desktop.store.repository import DataFolder

from .conftest import SAMPLES

MEETING_ID = "5a0c9e1f2b3d4c6e"
GROUP_ID = "0f1e2d3c4b5a"
METHOD_ID = "eigen-roddel"
SERIES_ID = "5e12e5a1b2c3"
PRETALK_ID = "9a7e1c2b3d4f"
EVALUATION_ID = "e7a1b2c3d4e5"

# (sample, place in the data folder, kind)
SAMPLE_FILES: list[tuple[str, str, FileKind[BaseModel]]] = [
    ("meeting-v1.json", f"meetings/{MEETING_ID}.json", MEETING),
    ("meeting-v2.json", f"meetings/{MEETING_ID}.json", MEETING),
    ("meeting-v3.json", f"meetings/{MEETING_ID}.json", MEETING),
    ("meeting-v4.json", f"meetings/{MEETING_ID}.json", MEETING),
    ("meeting-v5.json", f"meetings/{MEETING_ID}.json", MEETING),
    ("group-v1.json", f"groups/{GROUP_ID}.json", GROUP),
    ("method-v1.json", f"methods/{METHOD_ID}.json", METHOD),
    ("method-v2.json", f"methods/{METHOD_ID}.json", METHOD),
    ("method-v3.json", f"methods/{METHOD_ID}.json", METHOD),
    ("settings-v1.json", "settings.json", SETTINGS),
    ("settings-v2.json", "settings.json", SETTINGS),
    ("series-v1.json", f"series/{SERIES_ID}.json", SERIES),
    ("pretalk-v1.json", f"pretalks/{PRETALK_ID}.json", PRETALK),
    ("evaluation-v1.json", f"evaluations/{EVALUATION_ID}.json", EVALUATION),
]


def envelope(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def place(data_dir: Path, sample: str, name: str) -> Path:
    target = data_dir.joinpath(*name.split("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / sample, target)
    return target


def test_there_is_a_sample_for_every_version_of_every_kind() -> None:
    found = {(envelope(p)["format"], envelope(p)["schema_version"]) for p in SAMPLES.glob("*")}
    for kind in (MEETING, GROUP, METHOD, SETTINGS, SERIES, PRETALK, EVALUATION):
        for version in range(1, kind.version + 1):
            assert (kind.format, version) in found


def save_back(folder: DataFolder, name: str) -> None:
    if name.startswith("meetings/"):
        folder.save_meeting(folder.load_meeting(MEETING_ID))
    elif name.startswith("groups/"):
        folder.save_group(folder.load_group(GROUP_ID))
    elif name.startswith("methods/"):
        (method,) = folder.methods.all()
        folder.methods.save(method)
    elif name.startswith("series/"):
        folder.planning.save_series(folder.planning.load_series(SERIES_ID))
    elif name.startswith("pretalks/"):
        folder.planning.save_pretalk(folder.planning.load_pretalk(PRETALK_ID))
    elif name.startswith("evaluations/"):
        folder.planning.save_evaluation(folder.planning.load_evaluation(EVALUATION_ID))
    else:
        folder.save_settings(folder.load_settings())


def holds_all_of(saved: object, sample: object) -> bool:
    """Every value of ``sample`` is in ``saved`` unchanged; fields added since (with their
    defaults) may be there too. That is what "without loss" means."""
    if isinstance(sample, dict):
        return isinstance(saved, dict) and all(
            key in saved and holds_all_of(saved[key], value) for key, value in sample.items()
        )
    if isinstance(sample, list):
        return (
            isinstance(saved, list)
            and len(saved) == len(sample)
            and all(holds_all_of(a, b) for a, b in zip(saved, sample, strict=True))
        )
    return saved == sample


def test_holds_all_of_notices_a_lost_or_changed_value() -> None:
    assert holds_all_of({"a": {"b": 1, "new": None}}, {"a": {"b": 1}})
    assert not holds_all_of({"a": {"b": 2}}, {"a": {"b": 1}})
    assert not holds_all_of({"a": {}}, {"a": {"b": 1}})
    assert not holds_all_of({"a": [1]}, {"a": [1, 2]})


@pytest.mark.parametrize(("sample", "name", "kind"), SAMPLE_FILES)
def test_a_sample_saves_back_as_the_current_version_without_loss(
    data_dir: Path, sample: str, name: str, kind: FileKind[BaseModel]
) -> None:
    target = place(data_dir, sample, name)
    original = read_kind(kind, SAMPLES / sample, name)
    with DataFolder.open(data_dir) as folder:
        save_back(folder, name)
        assert folder.problems == []
    saved = envelope(target)
    assert saved["schema_version"] == kind.version
    assert saved["format"] == kind.format
    # everything the (migrated) sample held is in the saved file, value for value
    assert saved["data"] == original.data.model_dump(mode="json")
    if original.migrated_from is None:  # every field of the sample, unchanged
        sample_data = envelope(SAMPLES / sample)["data"]
        assert holds_all_of(saved["data"], sample_data)
    again = read_kind(kind, target, name)
    assert again.data == original.data
    assert again.migrated_from is None


def test_meeting_v1_becomes_a_board_with_the_old_notes(data_dir: Path) -> None:
    place(data_dir, "meeting-v1.json", f"meetings/{MEETING_ID}.json")
    old = envelope(SAMPLES / "meeting-v1.json")["data"]
    with DataFolder.open(data_dir) as folder:
        meeting = folder.load_meeting(MEETING_ID)
    assert meeting.case_question == old["case"]
    assert [i.text for i in meeting.board.of_kind(ItemKind.NOTE)] == old["notes"]
    assert all(not i.shared for i in meeting.board.items)
    assert meeting.clock is not None
    assert holds_all_of(meeting.clock.model_dump(mode="json"), old["clock"])
    kept = {k: v for k, v in meeting.model_dump(mode="json").items() if k in old}
    assert holds_all_of(kept, {k: v for k, v in old.items() if k in kept})


def test_migration_keeps_the_original_file_as_a_backup(data_dir: Path) -> None:
    name = f"meetings/{MEETING_ID}.json"
    place(data_dir, "meeting-v1.json", name)
    with DataFolder.open(data_dir) as folder:
        folder.load_meeting(MEETING_ID)
        for _ in range(8):  # more saves than backups are kept
            folder.save_meeting(folder.load_meeting(MEETING_ID))
        originals = [b for b in folder.backups(name) if "migration" in b.path.name]
    assert len(originals) == 1
    assert originals[0].path.read_bytes() == (SAMPLES / "meeting-v1.json").read_bytes()


def test_a_meeting_from_a_newer_app_is_shown_but_never_written(data_dir: Path) -> None:
    name = f"meetings/{MEETING_ID}.json"
    future = envelope(SAMPLES / f"meeting-v{MEETING.version}.json")
    future["schema_version"] = MEETING.version + 1
    future["data"]["mood"] = "calm"  # a field this app does not know
    future["data"]["board"]["items"][0]["colour"] = "green"
    target = data_dir / "meetings" / f"{MEETING_ID}.json"
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps(future), encoding="utf-8")
    before = target.read_bytes()
    with DataFolder.open(data_dir) as folder:
        folder.list_meetings()
    with DataFolder.open(data_dir) as folder:  # listed from the index, not loaded yet
        (summary,) = folder.list_meetings()
        assert summary.read_only
        stand_in = read_kind(MEETING, SAMPLES / f"meeting-v{MEETING.version}.json", name).data
        with pytest.raises(ReadOnlyFileError, match="newer_version"):
            folder.save_meeting(stand_in)
        meeting = folder.load_meeting(MEETING_ID)
        assert isinstance(meeting, Meeting)
        assert folder.meeting_is_read_only(MEETING_ID)
        with pytest.raises(ReadOnlyFileError, match="newer_version"):
            folder.save_meeting(meeting)
        assert folder.backups(name) == []
        # what was typed into it can still be kept: as a new meeting of this version
        copy = folder.save_as_new_meeting(meeting)
        assert copy.id != MEETING_ID
        assert folder.load_meeting(copy.id) == copy
        assert not folder.meeting_is_read_only(copy.id)
    assert target.read_bytes() == before


def test_settings_from_a_newer_app_are_not_saved_over(data_dir: Path) -> None:
    future = envelope(SAMPLES / f"settings-v{SETTINGS.version}.json")
    future["schema_version"] = SETTINGS.version + 1
    future["data"]["theme"] = "dark"
    target = data_dir / "settings.json"
    data_dir.mkdir()
    target.write_text(json.dumps(future), encoding="utf-8")
    with DataFolder.open(data_dir) as folder:
        settings = folder.load_settings()
        assert settings.language == "nl"
        with pytest.raises(ReadOnlyFileError):
            folder.save_settings(settings)
    assert json.loads(target.read_text(encoding="utf-8")) == future
