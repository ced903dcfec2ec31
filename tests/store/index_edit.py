"""Rewrite the meeting index as a forger would: a valid index that lies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from intervisie_desktop.store.envelope import encode_file
from intervisie_desktop.store.meeting_index import (
    INDEX,
    INDEX_FILE,
    MeetingIndex,
    MeetingSummary,
    read_plain_index,
)


def forge_index(data_dir: Path, change: Callable[[MeetingSummary], MeetingSummary]) -> None:
    """Pass every summary in the (plain) index through ``change`` and write it back."""
    path = data_dir / INDEX_FILE
    index = read_plain_index(path.read_bytes())
    assert index is not None, "the index is as this version writes it"
    forged = MeetingIndex.of(change(summary) for summary in index.summaries().values())
    path.write_bytes(encode_file(INDEX, forged, INDEX_FILE))
