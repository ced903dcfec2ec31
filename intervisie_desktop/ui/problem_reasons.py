"""The clause that says why, for every code the store reports ("the disk is full").

Split from ``problem_text`` (which makes the sentences) because there are many;
every text is translated in the context ``Problems``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.store.problems import Code, ParamValue

Params = Mapping[str, ParamValue]
_MB = 1024 * 1024


def fill(text: str, *values: object) -> str:
    """Qt-style ``%1``, ``%2`` replaced by ``values``."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def what_text(what: str) -> str:
    kinds = {
        "meeting": QCoreApplication.translate("Problems", "meeting"),
        "group": QCoreApplication.translate("Problems", "group"),
        "method": QCoreApplication.translate("Problems", "method"),
        "settings": QCoreApplication.translate("Problems", "settings"),
        "meeting-index": QCoreApplication.translate("Problems", "meeting list"),
        "key": QCoreApplication.translate("Problems", "key"),
    }
    return kinds.get(what, what)


def _thing(kind: object) -> str:
    things = {
        "folder": QCoreApplication.translate("Problems", "a folder"),
        "fifo": QCoreApplication.translate("Problems", "a named pipe"),
        "device": QCoreApplication.translate("Problems", "a device"),
        "socket": QCoreApplication.translate("Problems", "a socket"),
        "file": QCoreApplication.translate("Problems", "a file"),
        "link": QCoreApplication.translate("Problems", "a link"),
    }
    return things.get(str(kind), QCoreApplication.translate("Problems", "something else"))


def _reading(code: Code, params: Params) -> str | None:  # noqa: PLR0911, PLR0912
    """Why a file could not be read (None: not a reading code)."""
    if code is Code.MISSING:
        return QCoreApplication.translate("Problems", "it does not exist")
    if code is Code.EMPTY:
        return QCoreApplication.translate("Problems", "it is empty")
    if code is Code.NOT_TEXT:
        return QCoreApplication.translate("Problems", "it is not a text file (it may be damaged)")
    if code is Code.CUT_OFF:
        return QCoreApplication.translate("Problems", "it is cut off: the end of it is missing")
    if code is Code.DAMAGED:
        if params.get("line") is not None:
            text = QCoreApplication.translate("Problems", "it is damaged (at line %1, column %2)")
            return fill(text, params["line"], params.get("column"))
        return QCoreApplication.translate("Problems", "it is damaged")
    if code is Code.NOT_OURS:
        return QCoreApplication.translate("Problems", "it is not an Intervisie Desktop data file")
    if code is Code.OTHER_KIND:
        text = QCoreApplication.translate("Problems", "it is an Intervisie Desktop %1 file")
        return fill(text, what_text(str(params.get("found", ""))))
    if code is Code.BAD_VERSION:
        return QCoreApplication.translate("Problems", "its version number is missing or not valid")
    if code is Code.NO_MIGRATION:
        text = QCoreApplication.translate(
            "Problems", "there is no way to convert it from version %1"
        )
        return fill(text, params.get("version"))
    if code is Code.MIGRATION_FAILED:
        text = QCoreApplication.translate("Problems", "it could not be converted from version %1")
        return fill(text, params.get("version"))
    if code is Code.NO_CONTENTS:
        return QCoreApplication.translate("Problems", "its contents are missing")
    if code is Code.INVALID:
        return _invalid(params)
    if code is Code.TOO_DEEP:
        return QCoreApplication.translate("Problems", "its contents are nested too deeply")
    if code is Code.ID_MISMATCH:
        return QCoreApplication.translate(
            "Problems", "the id inside it does not match its file name"
        )
    if code is Code.TOO_LARGE:
        text = QCoreApplication.translate(
            "Problems", "it is far too large (%1 MB, while at most %2 MB is read or written)"
        )
        size, limit = params.get("size"), params.get("limit")
        return fill(text, _megabytes(size), _megabytes(limit))
    if code is Code.NOT_A_FILE:
        text = QCoreApplication.translate("Problems", "it is not a file but %1")
        return fill(text, _thing(params.get("type")))
    if code is Code.LINK:
        return QCoreApplication.translate(
            "Problems", "it is a link to somewhere else, which the app does not follow"
        )
    if code is Code.OTHER_OWNER:
        return QCoreApplication.translate(
            "Problems", "it belongs to another user account on this computer"
        )
    if code is Code.CANNOT_OPEN:
        text = QCoreApplication.translate("Problems", "it could not be opened (%1)")
        return fill(text, params.get("error", ""))
    return _encrypted_file(code)


def _encrypted_file(code: Code) -> str | None:
    texts = {
        Code.NO_KEY: QCoreApplication.translate(
            "Problems", "it is encrypted, but this data folder was opened without its key"
        ),
        Code.PLAIN_IN_ENCRYPTED: QCoreApplication.translate(
            "Problems",
            "it is not encrypted while everything else in this data folder is, so it was "
            "not trusted",
        ),
        Code.ENCRYPTION_HEADER: QCoreApplication.translate(
            "Problems", "it is damaged (its encryption header cannot be read)"
        ),
        Code.WRONG_PLACE: QCoreApplication.translate(
            "Problems", "it belongs somewhere else in the data folder"
        ),
        Code.TAMPERED: QCoreApplication.translate(
            "Problems", "it is damaged or was changed (the encryption check failed)"
        ),
        Code.HEADER_MISMATCH: QCoreApplication.translate(
            "Problems", "its encrypted and its visible header do not match"
        ),
        Code.NO_GOOD_BACKUP: QCoreApplication.translate(
            "Problems", "there is no backup of it that can be read"
        ),
    }
    return texts.get(code)


def _saving(code: Code, params: Params) -> str | None:
    """Why a save failed (None: not a saving code)."""
    if code is Code.NOT_READABLE_BACK:
        text = QCoreApplication.translate("Problems", "it would not be readable again (%1)")
        return fill(text, params.get("fields", ""))
    if code is Code.OS_ERROR:
        text = QCoreApplication.translate("Problems", "the system reported an error (%1)")
        return fill(text, params.get("error", ""))
    texts = {
        Code.DISK_FULL: QCoreApplication.translate("Problems", "the disk is full"),
        Code.QUOTA_FULL: QCoreApplication.translate("Problems", "the disk quota is used up"),
        Code.NO_PERMISSION: QCoreApplication.translate(
            "Problems", "this user account has no permission to read or write there"
        ),
        Code.READ_ONLY_DISK: QCoreApplication.translate("Problems", "the disk is read-only"),
        Code.DISK_ERROR: QCoreApplication.translate("Problems", "the disk reported an error"),
        Code.FOLDER_GONE: QCoreApplication.translate(
            "Problems", "the data folder is no longer there (was a USB stick removed?)"
        ),
        Code.FOLDER_REPLACED: QCoreApplication.translate(
            "Problems", "another folder is now where the data folder was"
        ),
        Code.INCOMPLETE: QCoreApplication.translate("Problems", "not every byte reached the disk"),
        Code.NO_MORE_DATA: QCoreApplication.translate("Problems", "the disk accepted no more data"),
        Code.WRONG_TYPE: QCoreApplication.translate(
            "Problems", "it holds a value of the wrong type"
        ),
        Code.NEWER_VERSION: QCoreApplication.translate(
            "Problems",
            "it was written by a newer version of Intervisie Desktop and is kept as it is",
        ),
        Code.BLOCKED: QCoreApplication.translate(
            "Problems", "the file in its place could not be used and is kept as it is"
        ),
    }
    return texts.get(code)


def _folder(code: Code, params: Params) -> str | None:
    """Why the data folder could not be opened (None: not a folder code)."""
    if code is Code.IN_USE:
        text = QCoreApplication.translate(
            "Problems", "another Intervisie Desktop on this computer is using it (process %1)"
        )
        return fill(text, params.get("pid") or "?")
    if code is Code.OTHER_COMPUTER:
        text = QCoreApplication.translate(
            "Problems",
            "it is in use on another computer (%1), or it was not closed properly there",
        )
        return fill(text, params.get("host", ""))
    if code is Code.LOCK_UNREADABLE:
        return QCoreApplication.translate(
            "Problems", "its lock file is not one of Intervisie Desktop's"
        )
    if code is Code.NOT_WRITABLE:
        text = QCoreApplication.translate("Problems", "it cannot be written to: %1")
        return fill(text, reason_text(_code(params.get("reason")), {}))
    if code is Code.NAME_TAKEN:
        text = QCoreApplication.translate(
            "Problems", "there is %1 named “%2” where the app keeps a folder of that name"
        )
        return fill(text, _thing(params.get("type", "file")), params.get("name", ""))
    return None


def _encryption(code: Code, params: Params) -> str | None:
    """An encryption problem (None: not an encryption code)."""
    backup = params.get("backup")
    if code in (Code.KEY_MISSING, Code.KEY_DAMAGED):
        if code is Code.KEY_MISSING:
            text = QCoreApplication.translate(
                "Problems", "the key file (key.json) of this encrypted data folder is missing"
            )
        else:
            text = QCoreApplication.translate(
                "Problems", "the key file (key.json) of this encrypted data folder is damaged"
            )
        if backup:
            return text + QCoreApplication.translate("Problems", "; a backup of it can be put back")
        return text + QCoreApplication.translate(
            "Problems", "; put back key.json from your own backup of this folder"
        )
    if code is Code.WEAK_PASSPHRASE:
        text = QCoreApplication.translate(
            "Problems",
            "a passphrase needs at least %1 characters; remember it well: without it the "
            "notes cannot be read",
        )
        return fill(text, params.get("minimum", ""))
    texts = {
        Code.PASSPHRASE_REQUIRED: QCoreApplication.translate(
            "Problems", "this data folder is encrypted: its passphrase is needed to open it"
        ),
        Code.WRONG_PASSPHRASE: QCoreApplication.translate(
            "Problems", "the passphrase is not correct; nothing was changed"
        ),
        Code.KEY_OF_OTHER_FOLDER: QCoreApplication.translate(
            "Problems", "that key belongs to another data folder"
        ),
        Code.NOT_ENCRYPTED: QCoreApplication.translate(
            "Problems", "this data folder is not encrypted"
        ),
        Code.ALREADY_ENCRYPTED: QCoreApplication.translate(
            "Problems", "this data folder is already encrypted"
        ),
    }
    return texts.get(code)


def _method(code: Code, params: Params) -> str | None:
    if code is Code.BUILT_IN_ID:
        text = QCoreApplication.translate("Problems", "a built-in method has the id %1")
        return fill(text, params.get("id", ""))
    if code is Code.ID_EXISTS:
        text = QCoreApplication.translate("Problems", "a method with the id %1 exists already")
        return fill(text, params.get("id", ""))
    if code is Code.ENCRYPTED_EXPORT:
        return QCoreApplication.translate(
            "Problems", "it is encrypted; export it again to share it"
        )
    if code is Code.UNKNOWN_FORMAT:
        text = QCoreApplication.translate("Problems", "%1 is not a known format: use .pdf or .md")
        return fill(text, params.get("suffix") or "?")
    if code is Code.RENDER_FAILED:
        return QCoreApplication.translate("Problems", "the PDF could not be made")
    return None


def reason_text(code: Code, params: Params) -> str:
    """One code as a clause ("the disk is full"), to go into a sentence."""
    for wording in (_reading, _saving, _folder, _encryption, _method):
        text = wording(code, params)
        if text is not None:
            return text
    return code.value


def _invalid(params: Params) -> str:
    text = QCoreApplication.translate("Problems", "some of its contents are not valid (%1)")
    text = fill(text, params.get("fields", ""))
    more = params.get("more")
    if isinstance(more, int) and more > 0:
        text += fill(QCoreApplication.translate("Problems", " and %1 more"), more)
    return text


def _megabytes(size: object) -> str:
    return str(round(size / _MB)) if isinstance(size, int) else "?"


def _code(value: object) -> Code:
    try:
        return Code(str(value))
    except ValueError:
        return Code.OS_ERROR
