"""A standing intervisie group and its members."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.domain.bounds import MAX_PEOPLE, FileId, Line, Name


def new_group_id() -> str:
    return uuid.uuid4().hex[:12]


class Member(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    role: Line = ""  # optional: role or organisation


class Group(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: FileId = Field(default_factory=new_group_id)
    name: Name
    members: Annotated[list[Member], Field(max_length=MAX_PEOPLE)] = []
    retention_months: int | None = Field(default=None, ge=1, le=1200)  # delete older meetings

    def member_names(self) -> list[str]:
        return [m.name for m in self.members]
