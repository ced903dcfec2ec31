"""Which kind of file lives at a name in the data folder (``meetings/<id>.json`` is a
meeting, ``settings.json`` the settings...): for the whole-folder chores and for
putting back a backup. (:mod:`kinds` lists every kind for the schema snapshots.)"""

from __future__ import annotations

from pydantic import BaseModel

from intervisie_desktop.store.envelope import FileKind
from intervisie_desktop.store.folder_open import GROUPS, METHODS
from intervisie_desktop.store.formats import GROUP, MEETING, METHOD, SETTINGS
from intervisie_desktop.store.group_planning import PLANNING_KINDS
from intervisie_desktop.store.meeting_index import INDEX, INDEX_FILE
from intervisie_desktop.store.meetings import MEETINGS
from intervisie_desktop.store.settings_peek import SETTINGS_FILE

_BY_FOLDER: dict[str, FileKind[BaseModel]] = {
    MEETINGS: MEETING,
    GROUPS: GROUP,
    METHODS: METHOD,
    **PLANNING_KINDS,
}


def kind_for(name: str) -> FileKind[BaseModel] | None:
    """Which kind of file lives at ``name`` (None: not one the repository manages)."""
    if name == INDEX_FILE:
        return INDEX
    if name == SETTINGS_FILE:
        return SETTINGS
    return _BY_FOLDER.get(name.split("/", 1)[0]) if "/" in name else None
