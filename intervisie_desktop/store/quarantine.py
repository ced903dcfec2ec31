"""Setting a bad file aside: moved, untouched, into ``quarantine/``.

The file keeps its bytes, with a short note beside it (``<file>.why.txt``: the
file's name, the problem's code and when). One exception: a plain file found
in an encrypted folder is encrypted on its way in, so no plain text stays
behind in a folder the user chose to encrypt. Quarantined files are never read
by the app again; the user can look at them, or delete them.
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime
from pathlib import Path

from intervisie_desktop import __version__
from intervisie_desktop.store.atomic import SaveError, ensure_private_dir, write_atomic
from intervisie_desktop.store.backups import TEMP_DIR, starts_encrypted
from intervisie_desktop.store.envelope import FORMAT_PREFIX, Cipher
from intervisie_desktop.store.problems import Code, Params
from intervisie_desktop.store.safe_read import read_regular

QUARANTINE_DIR = "quarantine"
QUARANTINED_FORMAT = FORMAT_PREFIX + "quarantined"


def quarantine(root: Path, name: str, reason: Code, params: Params, cipher: Cipher | None) -> Path:
    """Move ``name`` into quarantine and return where it went; raises ``OSError`` when
    it cannot be moved (then it stays where it is)."""
    path = root.joinpath(*name.split("/"))
    folder = root / QUARANTINE_DIR
    ensure_private_dir(folder, root)
    now = datetime.now().astimezone()
    base = f"{now:%Y%m%d-%H%M%S}-{name.replace('/', '__')}"
    moved = folder / base
    number = 1
    while moved.exists() or moved.is_symlink():
        number += 1
        moved = folder / f"{base}.{number}"
    if cipher is not None and not starts_encrypted(path):
        seal_in_place(root, path, cipher, moved)
    else:
        path.rename(moved)
    note = {"file": name, "reason": reason.value, "params": dict(params), "moved": now.isoformat()}
    with contextlib.suppress(SaveError):
        why = moved.with_name(moved.name + ".why.txt")
        content = json.dumps(note, indent=1).encode("utf-8")
        write_atomic(why, content, temp_dir=root / TEMP_DIR, inside=root)
    return moved


def seal_in_place(root: Path, path: Path, cipher: Cipher, target: Path | None = None) -> None:
    """Encrypt a plain file as it is (whatever its contents), at ``target`` (default: in
    its own place), and remove the plain one."""
    target = target or path
    raw = read_regular(path, path.name)
    header = {"format": QUARANTINED_FORMAT, "schema_version": 1, "app_version": __version__}
    label = f"{QUARANTINE_DIR}/{target.name}"
    write_atomic(target, cipher.seal(header, raw, label), temp_dir=root / TEMP_DIR, inside=root)
    if target != path:
        path.unlink()
