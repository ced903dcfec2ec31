"""Write the JSON schema of every stored model, one file per format and version.

    python -m scripts.schema_snapshots               # write the snapshots of new versions
    python -m scripts.schema_snapshots --check       # only say which are missing or differ
    python -m scripts.schema_snapshots --bounds-only # record changed bounds of a version

Run it after raising a format's ``schema_version`` (with its migration and a sample
file in ``tests/store/samples``). The snapshot of an existing version is never
rewritten when its shape (fields and types) changed: files of that version
written by older builds would no longer match their version. Only its bounds
(lengths, ranges, patterns) may be recorded again, with ``--bounds-only``, and
only if every file the app wrote before stays within them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from intervisie_desktop.store.kinds import STORED_KINDS, current_schema, shape_of, snapshot_name

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "tests" / "store" / "schemas"


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    bounds_only = "--bounds-only" in argv
    problems = 0
    SCHEMAS.mkdir(parents=True, exist_ok=True)
    for kind in STORED_KINDS:
        path = SCHEMAS / snapshot_name(kind)
        schema = current_schema(kind)
        text = json.dumps(schema, indent=1, sort_keys=True) + "\n"
        if path.exists():
            recorded = json.loads(path.read_text(encoding="utf-8"))
            if recorded == schema:
                continue
            if shape_of(recorded) != shape_of(schema):
                print(
                    f"{path.name}: the fields changed but {kind.format} is still version "
                    f"{kind.version}: raise the version and add a migration"
                )
                problems += 1
            elif bounds_only and not check_only:
                path.write_text(text, encoding="utf-8")
                print(f"recorded the new bounds in {path.relative_to(ROOT)}")
            else:
                print(f"{path.name}: only the bounds changed: check, then use --bounds-only")
                problems += 1
        elif check_only:
            print(f"{path.name}: missing")
            problems += 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
