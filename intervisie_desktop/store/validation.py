"""Validating a file's data against its model. A file from a newer app version is
validated leniently: the fields this version does not know are dropped (so the file
is read only, never written back: it would lose them)."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from intervisie_desktop.store.data_file_error import DataFileError, invalid_fields
from intervisie_desktop.store.problems import Code

MAX_DROPS = 100
ModelT = TypeVar("ModelT", bound=BaseModel)


def _drop(data: object, loc: tuple[int | str, ...]) -> bool:
    """Remove the field at ``loc``; False if the path is not there."""
    *parents, last = loc
    for part in parents:
        in_dict = isinstance(data, dict) and part in data
        in_list = isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        if not (in_dict or in_list):
            return False
        data = data[part]  # type: ignore[index]
    if isinstance(data, dict) and last in data:
        del data[last]
        return True
    return False


def validate(model: type[ModelT], data: dict[str, Any], name: str, lenient: bool) -> ModelT:
    """Validate; ``lenient`` drops fields the model does not know (newer files)."""
    for _ in range(MAX_DROPS):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            unknown = [tuple(e["loc"]) for e in exc.errors() if e["type"] == "extra_forbidden"]
            if not (lenient and unknown and all(_drop(data, loc) for loc in unknown)):
                raise DataFileError(name, Code.INVALID, **invalid_fields(exc)) from None
        except RecursionError:
            raise DataFileError(name, Code.TOO_DEEP) from None
    raise DataFileError(name, Code.INVALID)
