"""One kind of file, one file per item (``groups/<id>.json``, ``series/<id>.json``...),
saved, read, listed and deleted through the folder's :class:`FileStore` under the
folder's shared lock, so it is as safe from a worker thread as the folder itself."""

from __future__ import annotations

import threading
from typing import Generic

from intervisie_desktop.store.envelope import FileKind, ModelT
from intervisie_desktop.store.file_names import item_name
from intervisie_desktop.store.files import FileStore


class Shelf(Generic[ModelT]):
    """One kind of file, one file per item, under the shared lock."""

    def __init__(
        self, files: FileStore, mutex: threading.RLock, kind: FileKind[ModelT], folder: str
    ) -> None:
        self._files, self._mutex, self._kind, self._folder = files, mutex, kind, folder

    def save(self, item_id: str, item: ModelT) -> None:
        with self._mutex:
            self._files.write(self._kind, item_name(self._folder, item_id), item)

    def load(self, item_id: str) -> ModelT:
        with self._mutex:
            return self._files.read_item(self._kind, self._folder, item_id).data

    def all(self) -> list[ModelT]:
        with self._mutex:
            return self._files.read_all(self._kind, self._folder)

    def delete(self, item_id: str) -> None:
        with self._mutex:
            self._files.delete(item_name(self._folder, item_id))
