"""The one loader: envelope, migrations before validation, newer files read-only,
and every kind of problem as one DataFileError naming the file, with a code."""

from __future__ import annotations

import json
import traceback
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict

from intervisie_desktop.domain.group import Group
from intervisie_desktop.store.atomic import SaveError
from intervisie_desktop.store.envelope import (
    DataFileError,
    FileKind,
    MissingFileError,
    decode_kind,
    encode_file,
    read_data_file,
)
from intervisie_desktop.store.formats import GROUP
from intervisie_desktop.store.problems import Code

FORMAT = "intervisie-desktop/example"


class Nested(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    count: int = 0
    parts: list[Nested] = []


def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data["title"] = data.pop("name")
    return data


def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data["count"] = len(data.pop("items", []))
    return data


MIGRATIONS = {1: v1_to_v2, 2: v2_to_v3}
KIND = FileKind(FORMAT, 3, Example, "example", MIGRATIONS)


def write(path: Path, version: int, data: object, fmt: str = FORMAT) -> Path:
    wrapper = {"format": fmt, "schema_version": version, "app_version": "9.9", "data": data}
    path.write_text(json.dumps(wrapper), encoding="utf-8")
    return path


def read(path: Path) -> Any:
    return read_data_file(path, FORMAT, 3, MIGRATIONS, Example)


def test_current_file_reads_as_is(tmp_path: Path) -> None:
    loaded = read(write(tmp_path / "a.json", 3, {"title": "t", "count": 2}))
    assert loaded.data == Example(title="t", count=2)
    assert (loaded.read_only, loaded.migrated_from, loaded.app_version) == (False, None, "9.9")


def test_old_file_migrates_step_by_step_before_validation(tmp_path: Path) -> None:
    loaded = read(write(tmp_path / "a.json", 1, {"name": "old", "items": [1, 2, 3]}))
    assert loaded.data == Example(title="old", count=3)
    assert loaded.migrated_from == 1
    assert loaded.read_only is False
    two = read(write(tmp_path / "b.json", 2, {"title": "mid", "items": [1]}))
    assert (two.data.count, two.migrated_from) == (1, 2)


def test_newer_file_is_read_leniently_and_marked_read_only(tmp_path: Path) -> None:
    data = {"title": "future", "count": 1, "colour": "red", "parts": [{"label": "x", "z": 1}]}
    loaded = read(write(tmp_path / "a.json", 4, data))
    assert loaded.read_only is True
    assert loaded.data == Example(title="future", count=1, parts=[Nested(label="x")])


def test_newer_file_with_a_real_error_is_still_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as caught:
        read(write(tmp_path / "a.json", 4, {"title": 5, "extra": True}))
    assert caught.value.reason is Code.INVALID


def test_encoded_files_read_back(tmp_path: Path) -> None:
    raw = encode_file(KIND, Example(title="x", parts=[Nested(label="é")]), "a.json")
    assert json.loads(raw)["schema_version"] == 3
    assert decode_kind(KIND, raw, "a.json").data.parts[0].label == "é"


PROBLEMS: list[tuple[bytes, Code]] = [
    (b"", Code.EMPTY),
    (b"   \n", Code.EMPTY),
    (b"\xff\xfe\x00garbage", Code.NOT_TEXT),
    (b'{"format": "intervisie-desktop/example", "schema_ver', Code.CUT_OFF),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": 3, "data": {"title": "a"',
        Code.CUT_OFF,
    ),
    (b"{not json}", Code.DAMAGED),
    (b"[1, 2, 3]", Code.NOT_OURS),
    (b'{"schema_version": 3, "data": {}}', Code.NOT_OURS),
    (b'{"format": "intervisie-desktop/group", "schema_version": 1, "data": {}}', Code.OTHER_KIND),
    (b'{"format": "something/else", "schema_version": 1, "data": {}}', Code.NOT_OURS),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": "3", "data": {}}',
        Code.BAD_VERSION,
    ),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": 0, "data": {}}',
        Code.BAD_VERSION,
    ),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": true, "data": {}}',
        Code.BAD_VERSION,
    ),
    (b'{"format": "intervisie-desktop/example", "schema_version": 3}', Code.NO_CONTENTS),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": 3, "data": []}',
        Code.NO_CONTENTS,
    ),
    (b'{"format": "intervisie-desktop/example", "schema_version": 3, "data": {}}', Code.INVALID),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": 1, "data": {}}',
        Code.MIGRATION_FAILED,
    ),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": 3, "data": {"title": 1}}',
        Code.INVALID,
    ),
    (b"[" * 100_000 + b"]" * 100_000, Code.DAMAGED),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": 3, "data": {"title": "t", '
        b'"count": 1' + b"1" * 5000 + b"}}",
        Code.DAMAGED,
    ),
    (
        b'{"format": "intervisie-desktop/example", "schema_version": 3, "data": {"title": "t", '
        b'"count": NaN}}',
        Code.DAMAGED,
    ),
    (b"INTERVISIE-ENCRYPTED-1\n{}\n", Code.NO_KEY),
]


@pytest.mark.parametrize(("raw", "reason"), PROBLEMS)
def test_every_problem_is_one_error_naming_the_file(
    tmp_path: Path, raw: bytes, reason: Code
) -> None:
    path = tmp_path / "meeting-x.json"
    path.write_bytes(raw)
    with pytest.raises(DataFileError) as caught:
        read(path)
    assert caught.value.name == "meeting-x.json"
    assert caught.value.reason is reason
    message = str(caught.value)
    assert message.startswith(f"{reason.value}: meeting-x.json")
    assert "\n" not in message and "Traceback" not in message


def test_a_missing_file_is_the_same_error_type(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as caught:
        read(tmp_path / "nope.json")
    assert isinstance(caught.value, MissingFileError)


def test_an_unreadable_path_is_the_same_error_type(tmp_path: Path) -> None:
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(DataFileError) as caught:
        read(tmp_path / "folder.json")
    assert caught.value.reason is Code.CANNOT_OPEN


def test_a_failing_migration_is_the_same_error_type(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as caught:
        read(write(tmp_path / "a.json", 2, {"title": "t", "items": 5}))  # len(5) fails
    assert caught.value.reason is Code.MIGRATION_FAILED
    assert caught.value.params == {"version": 2}


def test_validation_messages_name_fields_but_not_more_than_three(tmp_path: Path) -> None:
    data = {"title": 1, "count": "x", "parts": [{"label": 1}, {"label": 2}, {}]}
    with pytest.raises(DataFileError) as caught:
        read(write(tmp_path / "a.json", 3, data))
    assert caught.value.params["fields"].startswith("title (")  # type: ignore[union-attr]
    assert caught.value.params["more"] == 2


def test_nothing_is_encoded_that_could_not_be_read_back() -> None:
    broken = Example(title="x")
    broken.parts.append({"label": "not a model"})  # type: ignore[arg-type]
    with pytest.raises(SaveError) as caught:
        encode_file(KIND, broken, "a.json")
    assert caught.value.reason is Code.WRONG_TYPE
    bad_value = Example(title="x")
    bad_value.count = "many"  # type: ignore[assignment]
    with pytest.raises(SaveError) as again:
        encode_file(KIND, bad_value, "a.json")
    assert again.value.reason is Code.WRONG_TYPE


def test_small_files_are_validated_again_before_they_are_written() -> None:
    group = Group(name="Wijkteam")
    group.name = ""  # breaks min_length, unnoticed until saved
    with pytest.raises(SaveError) as caught:
        encode_file(GROUP, group, "groups/x.json")
    assert caught.value.reason is Code.NOT_READABLE_BACK
    assert "name" in str(caught.value.params["fields"])


def test_errors_never_carry_the_contents_into_a_traceback(tmp_path: Path) -> None:
    secret = "GEHEIM-41: a private note"
    path = write(tmp_path / "a.json", 3, {"title": [secret], "parts": [{"label": {"x": secret}}]})
    with pytest.raises(DataFileError) as caught:
        read(path)
    printed = "".join(traceback.format_exception(caught.value))
    assert "title" in printed
    assert "GEHEIM" not in printed
    broken = Example(title=secret)
    broken.parts.append({"label": secret})  # type: ignore[arg-type]
    with pytest.raises(SaveError) as refused:
        encode_file(KIND, broken, "a.json")
    assert "GEHEIM" not in "".join(traceback.format_exception(refused.value))
