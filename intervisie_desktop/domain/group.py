"""A standing intervisie group and its members."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field


def new_group_id() -> str:
    return uuid.uuid4().hex[:12]


class Member(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    role: str = ""  # optional: role or organisation


class Group(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=new_group_id)
    name: str = Field(min_length=1)
    members: list[Member] = []
    retention_months: int | None = Field(default=None, ge=1)  # delete older meetings

    def member_names(self) -> list[str]:
        return [m.name for m in self.members]
