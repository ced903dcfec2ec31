"""A stored model's schema moves only with its version.

Each format's JSON schema is kept per version in ``tests/store/schemas``. When a
model's fields change and its ``schema_version`` does not, a build from before
the change reads the new files as its own version and quarantines them instead
of opening them read-only as "newer". Raise the version, add a migration from
the old one and a sample file, then run ``python -m scripts.schema_snapshots``.
Changed bounds alone are recorded with ``--bounds-only``, after checking that no
file the app wrote before falls outside them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from intervisie_desktop.store.envelope import FileKind
from intervisie_desktop.store.kinds import STORED_KINDS, current_schema, shape_of, snapshot_name

SCHEMAS = Path(__file__).parent / "schemas"
CACHES = {"intervisie-desktop/meeting-index"}  # rebuilt from the files, never migrated


@pytest.mark.parametrize("kind", STORED_KINDS, ids=lambda k: k.format)
def test_a_models_schema_changes_only_with_its_version(kind: FileKind[BaseModel]) -> None:
    snapshot = SCHEMAS / snapshot_name(kind)
    assert snapshot.exists(), f"run python -m scripts.schema_snapshots for {snapshot.name}"
    recorded = json.loads(snapshot.read_text(encoding="utf-8"))
    assert shape_of(recorded) == shape_of(current_schema(kind)), (
        f"{kind.format} changed but is still version {kind.version}: raise the version, "
        "add a migration and a sample, then run python -m scripts.schema_snapshots"
    )
    assert recorded == current_schema(kind), (
        f"the bounds of {kind.format} changed: if every file written before stays inside "
        "them, record them with python -m scripts.schema_snapshots --bounds-only"
    )


@pytest.mark.parametrize("kind", STORED_KINDS, ids=lambda k: k.format)
def test_every_older_version_has_a_migration(kind: FileKind[BaseModel]) -> None:
    if kind.format in CACHES:
        return
    for version in range(1, kind.version):
        assert version in kind.migrations, f"{kind.format}: no migration from v{version}"


def test_a_schema_change_without_a_version_is_caught() -> None:
    """The check itself: a field added to the meeting model shows in its schema."""
    from intervisie_desktop.domain.meeting import Meeting  # noqa: PLC0415
    from intervisie_desktop.store.formats import MEETING  # noqa: PLC0415

    before = current_schema(MEETING)

    class Grown(Meeting):
        mood: str = ""

    grown = FileKind(MEETING.format, MEETING.version, Grown, MEETING.what)
    assert shape_of(current_schema(grown)) != shape_of(before)
