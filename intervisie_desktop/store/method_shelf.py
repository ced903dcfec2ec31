"""The data folder's own methods, one file each (``methods/<id>.json``), and each one
exported to a file or imported from one, to share it with a colleague (the file
format: :mod:`method_files`). Reached as :attr:`DataFolder.methods`."""

from __future__ import annotations

import threading
from collections.abc import Collection
from pathlib import Path

from intervisie_desktop.domain.methods import Method
from intervisie_desktop.store.file_names import item_name
from intervisie_desktop.store.files import FileStore
from intervisie_desktop.store.folder_open import METHODS
from intervisie_desktop.store.formats import METHOD
from intervisie_desktop.store.method_files import (
    MethodImportError,
    read_method_file,
    write_method_file,
)
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.shelf import Shelf


class MethodShelf:
    def __init__(self, files: FileStore, mutex: threading.RLock) -> None:
        self._files = files
        self._mutex = mutex
        self._shelf = Shelf(files, mutex, METHOD, METHODS)

    def save(self, method: Method) -> None:
        self._shelf.save(method.id, method)

    def all(self) -> list[Method]:
        """Every own method that can be read; bad files go to :attr:`DataFolder.problems`."""
        return self._shelf.all()

    def delete(self, method_id: str) -> None:
        self._shelf.delete(method_id)

    def export(self, method_id: str, target: Path) -> None:
        """Write one own method to ``target`` as a plain file to share."""
        write_method_file(self._shelf.load(method_id), target)

    def import_file(
        self, source: Path, *, replace: bool = False, reserved_ids: Collection[str] = ()
    ) -> Method:
        """Validate a whole method file, then save it; raises :class:`MethodImportError`.

        ``reserved_ids`` are the built-in methods' ids, which an import may not take.
        """
        method = read_method_file(source)
        if method.id in reserved_ids:
            raise MethodImportError(source.name, Code.BUILT_IN_ID, id=method.id)
        with self._mutex:
            name = item_name(METHODS, method.id)
            if not replace and self._files.path(name).exists():
                raise MethodImportError(source.name, Code.ID_EXISTS, id=method.id)
            self._files.write(METHOD, name, method)
        return method
