"""Every problem the store reports, in the user's language.

The store reports codes with parameters (``store/problems.py``); this module is
the one place that words them, through Qt's translation (English source, Dutch
in ``resources/translations``). ``reason_text`` words one code as a clause,
``describe_problem`` a file that could not be used, and ``describe_error`` any error
the store (or an export) raises.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.store.problems import Code, Problem
from intervisie_desktop.ui.problem_reasons import Params, fill, reason_text, what_text

__all__ = ["describe_error", "describe_problem", "reason_text"]


def describe_problem(problem: Problem) -> str:
    """A file that could not be used: what it is, why, where it is now, and its backup."""
    text = QCoreApplication.translate("Problems", "The %1 file %2 could not be used: %3.")
    reason = reason_text(problem.reason, problem.params)
    parts = [fill(text, what_text(problem.what), problem.name, reason)]
    if problem.quarantined_as is not None:
        moved = QCoreApplication.translate("Problems", "It was moved, unchanged, to %1.")
        parts.append(fill(moved, problem.quarantined_as))
    else:
        parts.append(
            QCoreApplication.translate(
                "Problems", "It was left where it is, and the app does not write over it."
            )
        )
    if problem.backup is not None:
        when = problem.backup.saved.strftime("%Y-%m-%d %H:%M")
        if problem.left_alone:  # the app cannot put it back over what is there
            kept = QCoreApplication.translate("Problems", "A backup from %1 is kept in %2.")
            parts.append(fill(kept, when, problem.backup.path))
        else:
            restorable = QCoreApplication.translate("Problems", "A backup from %1 can be restored.")
            parts.append(fill(restorable, when))
    else:
        parts.append(QCoreApplication.translate("Problems", "There is no backup of it."))
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "." if text else text


def _templates() -> dict[str, str]:
    """The sentence for each kind of error; %1 is what it is about, %2 why."""
    saved = QCoreApplication.translate("Problems", "%1 was not saved: %2.")
    read = QCoreApplication.translate("Problems", "The file %1 could not be read: %2.")
    return {
        "SaveError": saved,
        "ReadOnlyFileError": saved,
        "FolderGoneError": saved,
        "DataFileError": read,
        "MissingFileError": read,
        "LeftAloneError": read,
        "MethodImportError": QCoreApplication.translate(
            "Problems", "The method in %1 was not imported: %2."
        ),
        "ExportError": QCoreApplication.translate("Problems", "%1 was not exported: %2."),
    }


def describe_error(error: BaseException) -> str:
    """Any error of the store (or an export) as a sentence; anything else as it says."""
    code = getattr(error, "code", None)
    params: Params = getattr(error, "params", {}) or {}
    if not isinstance(code, Code):
        if isinstance(error, OSError) and error.strerror:
            return _sentence(error.strerror)
        return _sentence(str(error) or type(error).__name__)
    reason = reason_text(code, params)
    template = _templates().get(type(error).__name__)
    subject = params.get("file") or getattr(error, "name", None)
    if template is not None and subject:
        return fill(template, subject, reason)
    root = getattr(error, "root", None)
    if root is not None:
        text = QCoreApplication.translate("Problems", "The data folder %1 cannot be opened: %2.")
        return fill(text, root, reason)
    return _sentence(reason)
