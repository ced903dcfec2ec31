"""Every kind of file the app stores, in one list: for the schema snapshots
(``python -m scripts.schema_snapshots``) and the test that compares them
(``tests/store/test_schemas.py``). The app itself never needs the whole list."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from intervisie_desktop.store.crypto import KEY_KIND
from intervisie_desktop.store.envelope import FORMAT_PREFIX, FileKind
from intervisie_desktop.store.formats import (
    EVALUATION,
    GROUP,
    MEETING,
    METHOD,
    PRETALK,
    SERIES,
    SETTINGS,
)
from intervisie_desktop.store.meeting_index import INDEX

BOUNDS = frozenset(
    {
        "maxLength",
        "minLength",
        "maximum",
        "minimum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "pattern",
        "maxItems",
        "minItems",
    }
)

STORED_KINDS: tuple[FileKind[BaseModel], ...] = (
    MEETING,
    GROUP,
    METHOD,
    SETTINGS,
    INDEX,
    KEY_KIND,
    SERIES,
    PRETALK,
    EVALUATION,
)


def snapshot_name(kind: FileKind[BaseModel], version: int | None = None) -> str:
    """``meeting-v3.json``: the schema of one version of one kind."""
    return f"{kind.format.removeprefix(FORMAT_PREFIX)}-v{version or kind.version}.json"


def current_schema(kind: FileKind[BaseModel]) -> dict[str, Any]:
    """The JSON schema the model has now, as it is written to a snapshot."""
    schema: dict[str, Any] = json.loads(json.dumps(kind.model.model_json_schema(), sort_keys=True))
    return schema


def shape_of(schema: object) -> object:
    """The schema without its bounds: which fields exist, and of what type.

    The shape decides whether another build can read a file and write it back
    without loss, so it moves only with the version. Bounds (lengths, ranges,
    patterns) may be tightened without a new version as long as every file the app
    wrote before stays inside them (``--bounds-only`` records them)."""
    if isinstance(schema, dict):
        return {k: shape_of(v) for k, v in schema.items() if k not in BOUNDS}
    if isinstance(schema, list):
        return [shape_of(v) for v in schema]
    return schema
