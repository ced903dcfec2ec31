"""The facilitator's own methods: duplicate, edit with validation, export and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.methods import Method
from intervisie_desktop.ui.library.method_editor import MethodEditor
from intervisie_desktop.ui.shell.main_window import MainWindow


def _accept_editor(monkeypatch: pytest.MonkeyPatch, change=None) -> list[Method]:  # type: ignore[no-untyped-def]
    seen: list[Method] = []

    def launch(cls, method: Method, parent) -> Method:  # type: ignore[no-untyped-def]
        seen.append(method)
        return change(method) if change else method

    monkeypatch.setattr(MethodEditor, "launch", classmethod(launch))
    return seen


def test_duplicate_a_builtin_as_my_own(
    main_window_in,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    seen = _accept_editor(monkeypatch)
    window.own_methods.duplicate("roddel")
    copy = seen[0]
    assert copy.id == "eigen-roddel-1" and copy.name.en.endswith("(my version)")
    ids = [m.id for m in window.context.folder.library.methods]
    assert "eigen-roddel-1" in ids and not window.context.folder.library.is_builtin(
        "eigen-roddel-1"
    )
    assert window.methods_page.selected_method().id == "eigen-roddel-1"  # type: ignore[union-attr]
    assert window.methods_page.edit_button.isEnabled()
    window.methods_page.method_list.setCurrentRow(0)
    assert not window.methods_page.edit_button.isEnabled()  # built-ins stay as they are


def test_the_editor_validates_like_the_library(qtbot: QtBot, library) -> None:  # type: ignore[no-untyped-def]
    editor = MethodEditor(library.get("vijfstappen"))
    qtbot.addWidget(editor)
    editor.step_list.setCurrentRow(2)
    editor.step_fields.minutes.setValue(0)
    editor.step_fields.title_en.setText("")
    assert editor.result_method() is None
    problems = editor.problems.text()
    assert "steps[2].minutes" in problems and "steps[2].title.en" in problems
    editor.step_fields.minutes.setValue(20)
    editor.step_fields.title_en.setText("Defining the problem")
    method = editor.result_method()
    assert method is not None and method.steps[2].minutes == 20
    assert method.total_minutes == 55


def test_the_editor_words_a_step_for_a_video_call(qtbot: QtBot, library) -> None:  # type: ignore[no-untyped-def]
    editor = MethodEditor(library.get("roddel"))
    qtbot.addWidget(editor)
    editor.step_list.setCurrentRow(3)  # feedback: the camera back on
    assert "camera back on" in editor.step_fields.online_en.text()
    editor.step_fields.online_nl.clear()
    editor.step_fields.online_en.clear()
    editor.step_list.setCurrentRow(2)  # gossip: a note and rules for a call, no instruction
    assert editor.step_fields.online_en.text() == ""
    editor.step_fields.online_nl.setText("Typ je vragen in de chat.")
    assert editor.result_method() is None  # half a text is no text
    assert "steps[2].online.instruction.en" in editor.problems.text()
    editor.step_fields.online_en.setText("Type your questions in the chat.")
    method = editor.result_method()
    assert method is not None
    assert method.steps[3].online is None  # emptied: the room's wording everywhere
    gossip = method.steps[2].online
    assert gossip is not None and gossip.instruction is not None
    assert gossip.instruction.en == "Type your questions in the chat."
    assert gossip.listener_note == library.get("roddel").steps[2].online.listener_note  # kept


def test_export_and_import_a_method_file(
    main_window_in,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    _accept_editor(monkeypatch)
    window.own_methods.duplicate("incident")
    target = tmp_path / "shared.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.own_methods.export("eigen-incident-1")
    assert json.loads(target.read_text(encoding="utf-8"))["data"]["id"] == "eigen-incident-1"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.own_methods.delete("eigen-incident-1")
    assert "eigen-incident-1" not in [m.id for m in window.context.folder.library.methods]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.own_methods.import_file()
    assert "eigen-incident-1" in [m.id for m in window.context.folder.library.methods]


def test_a_broken_method_file_is_refused_whole(
    main_window_in,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = main_window_in("en")
    bad = tmp_path / "colleague.json"
    data = window.context.folder.library.get("roddel").model_dump(mode="json")
    data["id"] = "van-een-collega"
    data["steps"][1]["minutes"] = -5
    bad.write_text(json.dumps(data), encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    before = [m.id for m in window.context.folder.library.methods]
    window.own_methods.import_file()
    assert [m.id for m in window.context.folder.library.methods] == before
    assert "colleague.json" in warnings[0] and "steps[1].minutes" in warnings[0]
