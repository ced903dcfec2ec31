"""Damaged files: truncated at every byte, bits flipped, garbage of every shape, a
read-only folder. Only the app's own error, the file quarantined untouched, and
nothing overwritten."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

from .conftest import SAMPLES
from .ordinary_user import as_an_ordinary_user, run_child

MEETING_ID = "5a0c9e1f2b3d4c6e"
NAME = f"meetings/{MEETING_ID}.json"
ROOT = Path(__file__).resolve().parents[2]


class Outcomes:
    def __init__(self) -> None:
        self.loaded = 0
        self.refused = 0


def check(folder: DataFolder, raw: bytes, outcomes: Outcomes) -> None:
    """Put ``raw`` in place of the meeting and load it: it loads, or it is refused
    with a DataFileError and moved, byte for byte, into quarantine."""
    live = folder.root / NAME
    live.write_bytes(raw)
    before = set((folder.root / "quarantine").iterdir())
    try:
        folder.load_meeting(MEETING_ID)
    except DataFileError as exc:
        assert exc.name == NAME and isinstance(exc.reason, Code)
        assert not live.exists()
        new = set((folder.root / "quarantine").iterdir()) - before
        (moved,) = [p for p in new if not p.name.endswith(".why.txt")]
        assert moved.read_bytes() == raw
        moved.unlink()
        moved.with_name(moved.name + ".why.txt").unlink()
        outcomes.refused += 1
    else:
        outcomes.loaded += 1


@pytest.fixture(scope="module")
def shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DataFolder]:
    opened = DataFolder.open(tmp_path_factory.mktemp("damaged"))
    yield opened
    opened.close()


@pytest.mark.parametrize("sample", ["meeting-v1.json", "meeting-v2.json"])
def test_truncation_at_every_byte(shared_folder: DataFolder, sample: str) -> None:
    full = (SAMPLES / sample).read_bytes()
    outcomes = Outcomes()
    for length in range(len(full)):
        check(shared_folder, full[:length], outcomes)
    # only cutting the final newline leaves a complete file
    assert (outcomes.loaded, outcomes.refused) == (1, len(full) - 1)


def test_random_bit_flips(shared_folder: DataFolder) -> None:
    full = (SAMPLES / "meeting-v2.json").read_bytes()
    chance = random.Random(20260312)
    outcomes = Outcomes()
    for _ in range(600):
        flipped = bytearray(full)
        for _ in range(chance.choice((1, 1, 1, 2, 8))):
            bit = chance.randrange(len(full) * 8)
            flipped[bit // 8] ^= 1 << (bit % 8)
        check(shared_folder, bytes(flipped), outcomes)
    assert outcomes.refused > 300  # most flips break the file; some only change a letter
    assert outcomes.loaded + outcomes.refused == 600


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def meeting_like(data: dict[str, Any]) -> bytes:
    base = json.loads((SAMPLES / "meeting-v2.json").read_text(encoding="utf-8"))
    base["data"].update(data)
    return json.dumps(base).encode()


GARBAGE = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(str.encode),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.builds(
        lambda version, data: json.dumps(
            {"format": "intervisie-desktop/meeting", "schema_version": version, "data": data}
        ).encode(),
        st.integers(-2, 5) | st.text(max_size=3),
        JSON_VALUES,
    ),
    st.dictionaries(
        st.sampled_from(["id", "created", "blocks", "board", "clock", "attendance", "title"]),
        JSON_VALUES,
        max_size=4,
    ).map(meeting_like),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=GARBAGE)
def test_garbage_of_every_shape(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as temp, DataFolder.open(Path(temp)) as folder:
        (folder.root / "meetings").mkdir(exist_ok=True)
        check(folder, raw, Outcomes())
        assert len(folder.list_meetings()) <= 1


# ----- a read-only data folder, seen by a user without root's powers ------------------
# The child runs as the checkout's owner (root in CI) with every capability dropped, so
# the kernel checks the permission bits as for any ordinary user, while the child can
# still read the checkout and its .venv wherever they are, even in a private (0700)
# folder. The "someone else's" folder belongs to another user.

READ_ONLY_CHILD = """
import json, sys
from pathlib import Path
from intervisie_desktop.store.atomic import SaveError
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.lock_errors import FolderLockError
from intervisie_desktop.store.repository import DataFolder

others_folder, own_folder, meeting_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
result = {}
try:
    DataFolder.open(others_folder)
except FolderLockError as exc:
    result["others"] = [type(exc).__name__, exc.code, exc.params]

folder = DataFolder.open(own_folder)
meeting = folder.load_meeting(meeting_id)
(own_folder / "meetings").chmod(0o500)   # the user makes the meetings folder read-only
meeting.title = "changed"
try:
    folder.save_meeting(meeting)
except SaveError as exc:
    result["save"] = [type(exc).__name__, exc.reason]
try:
    folder.load_meeting("0123456789abcdef")   # a damaged file that cannot be moved aside
except DataFileError as exc:
    result["damaged"] = [type(exc).__name__, exc.reason]
result["problems"] = [[p.reason, p.quarantined_as is None] for p in folder.problems]
try:
    bad = folder.load_meeting(meeting_id)
    bad.id = "0123456789abcdef"
    folder.save_meeting(bad)
except SaveError as exc:
    result["overwrite"] = [type(exc).__name__, exc.reason]
folder.close()
(own_folder / "meetings").chmod(0o700)
for unreadable in (own_folder / "meetings", own_folder):  # chmod 000: told, not empty
    unreadable.chmod(0o000)
    try:
        DataFolder.open(own_folder)
    except FolderLockError as exc:
        result[unreadable.name] = [exc.code, exc.params, str(exc.root) == str(unreadable)]
    unreadable.chmod(0o700)
print(json.dumps(result))
"""


@pytest.mark.slow
def test_a_read_only_folder_gets_the_apps_own_error(library: Any) -> None:
    user = as_an_ordinary_user()
    if user is None:
        pytest.skip("needs root and setpriv (util-linux) to test as an ordinary user")
    prefix, child_uid, other_uid = user
    from .conftest import make_meeting  # noqa: PLC0415

    base = Path(tempfile.mkdtemp(prefix="intervisie-ro-"))
    try:
        base.chmod(0o755)
        others_folder, own = base / "someone-elses", base / "own"
        meeting = make_meeting(library)
        for target in (others_folder, own):
            with DataFolder.open(target) as folder:
                folder.save_meeting(meeting)
        others_folder.chmod(0o755)
        (own / "meetings" / "0123456789abcdef.json").write_bytes(b"{damaged")
        for folder, uid in ((others_folder, other_uid), (own, child_uid)):
            subprocess.run(["chown", "-R", f"{uid}:{uid}", str(folder)], check=True)
        before = {p: p.read_bytes() for p in own.rglob("*.json")}
        result = run_child(prefix, READ_ONLY_CHILD, str(others_folder), str(own), meeting.id)
        assert result["others"][0] == "FolderNotWritableError"
        assert result["others"][1:] == ["not_writable", {"reason": "other_owner"}]
        denied = ["not_writable", {"reason": "no_permission"}, True]
        assert result["meetings"] == denied and result["own"] == denied
        assert result["save"] == ["SaveError", "no_permission"]
        assert result["damaged"] == ["DataFileError", "cut_off"]
        assert ["cut_off", True] in result["problems"]  # left where it is
        assert result["overwrite"] == ["ReadOnlyFileError", "blocked"]
        assert {p: p.read_bytes() for p in before} == before  # nothing overwritten
    finally:
        subprocess.run(["chmod", "-R", "u+rwX", str(base)], check=False)
        shutil.rmtree(base, ignore_errors=True)
