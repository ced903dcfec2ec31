"""The facilitator's own methods: duplicate, create, edit, delete, export and import.

Own methods are validated exactly like the built-in library and saved in the
data folder; a method file from a colleague is refused whole, with the reason,
when anything in it is wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from intervisie_desktop.domain.methods import Method, MethodLibrary
from intervisie_desktop.store.method_files import (
    MethodImportError,
    read_method_file,
    write_method_file,
)
from intervisie_desktop.store.problems import Code
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.library.method_editor import MethodEditor
from intervisie_desktop.ui.problem_text import describe_error


class OwnMethods(QObject):
    """Changes go through the folder service, which announces the new library."""

    def __init__(self, folder: FolderService, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._folder = folder
        self._language = language
        self._parent = parent

    def _library(self) -> MethodLibrary:
        return self._folder.library

    def custom(self) -> list[Method]:
        return [m for m in self._library().methods if not self._library().is_builtin(m.id)]

    def _set_custom(self, custom: list[Method], select: str | None = None) -> None:
        self._folder.set_custom_methods(custom, select)

    def _unique_id(self, base: str) -> str:
        taken = {m.id for m in self._library().methods}
        number = 1
        while f"{base}-{number}" in taken:
            number += 1
        return f"{base}-{number}"

    def _keep_method(self, method: Method) -> None:
        """Add or replace a custom method, and save it."""
        try:
            self._folder.store.methods.save(method)
        except OSError as exc:
            QMessageBox.warning(self._parent, self.tr("Not saved"), describe_error(exc))
            return
        custom = [m for m in self.custom() if m.id != method.id] + [method]
        self._set_custom(custom, method.id)

    def duplicate(self, method_id: str) -> None:
        original = self._library().get(method_id)
        suffix = self.tr(" (my version)")
        copy = original.model_copy(
            update={
                "id": self._unique_id(f"eigen-{original.id}"),
                "name": original.name.model_copy(
                    update={"nl": original.name.nl + suffix, "en": original.name.en + suffix}
                ),
            }
        )
        edited = MethodEditor.launch(copy, self._parent)
        if edited is not None:
            self._keep_method(edited)

    def new(self) -> None:
        template = (
            self._library()
            .get(self._library().methods[0].id)
            .model_copy(update={"id": self._unique_id("eigen"), "rules": []})
        )
        blank = Method.model_validate(
            template.model_dump(mode="json") | {"steps": [template.steps[0].model_dump()]}
        )
        edited = MethodEditor.launch(blank, self._parent)
        if edited is not None:
            self._keep_method(edited)

    def edit(self, method_id: str) -> None:
        if self._library().is_builtin(method_id):
            return
        edited = MethodEditor.launch(self._library().get(method_id), self._parent)
        if edited is not None:
            self._keep_method(edited)

    def delete(self, method_id: str) -> None:
        if self._library().is_builtin(method_id):
            return
        name = self._library().get(method_id).name.get(self._language)
        answer = QMessageBox.question(
            self._parent,
            self.tr("Delete method"),
            self.tr("Delete your method %1?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._folder.store.methods.delete(method_id)
        except OSError as exc:
            QMessageBox.warning(self._parent, self.tr("Not saved"), describe_error(exc))
            return
        self._set_custom([m for m in self.custom() if m.id != method_id])

    def export(self, method_id: str) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export method"), f"{method_id}.json", self.tr("Method (*.json)")
        )
        if not chosen:
            return
        try:
            write_method_file(self._library().get(method_id), Path(chosen))
        except OSError as exc:
            QMessageBox.warning(self._parent, self.tr("Export failed"), describe_error(exc))

    def import_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import method"), "", self.tr("Method (*.json)")
        )
        if not chosen:
            return
        try:
            method = read_method_file(Path(chosen))
            if any(m.id == method.id for m in self._library().methods):
                raise MethodImportError(Path(chosen).name, Code.ID_EXISTS, id=method.id)
        except MethodImportError as exc:
            QMessageBox.warning(self._parent, self.tr("Method not imported"), describe_error(exc))
            return
        self._keep_method(method)
