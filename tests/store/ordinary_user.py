"""Running a child process as an ordinary user, for tests of permissions and owners.

As root, the child runs as the checkout's owner *without* root's capabilities, so it
can still read the checkout and its .venv wherever they are (even in a private
0700 folder, as CI runs), while permissions apply to it as to any user. "Another
user" is a second uid that owns what the test gives it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def as_an_ordinary_user() -> tuple[list[str], int, int] | None:
    """The command prefix that runs a child as the checkout's owner without capabilities,
    with that owner's uid and another uid (for "someone else's" folder), or None."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    owner = ROOT.stat()
    other = NOBODY if owner.st_uid != NOBODY else NOBODY - 1
    prefix = [
        "setpriv",
        f"--reuid={owner.st_uid}",
        f"--regid={owner.st_gid}",
        "--clear-groups",
        "--inh-caps=-all",
        "--bounding-set=-all",  # root keeps no capability across exec either
    ]
    return prefix, owner.st_uid, other


def run_child(prefix: list[str], code: str, *args: str) -> Any:
    """Run ``code`` (which prints JSON) as that user, from the checkout; its answer."""
    done = subprocess.run(
        [*prefix, sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
