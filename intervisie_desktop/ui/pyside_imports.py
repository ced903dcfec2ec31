"""Stop PySide6 from reading the source of every module imported after it.

When PySide6 loads, it puts its own function in place of Python's ``__import__``.
After each import that function reads the new module's whole source file
(``inspect.getsource``) to see whether it mentions PySide6, for the sake of
``from __feature__ import snake_case, true_property``, which this app does not use.
Python's line cache keeps every file read that way for the life of the process:
about 8 MiB for the app's modules, pydantic and the standard library (measured with
``benchmarks/startup.py``), and some 70 ms of reading at start-up.

The app hands import back to the function PySide6 itself falls back on (which still
resolves ``from PySide6.QtCore import *``), and drops the lines read so far.
"""

from __future__ import annotations

import builtins
import linecache

_PYSIDE_IMPORT = "__feature_import__"
_FALLBACK = "__orig_import__"


def stop_source_scan() -> bool:
    """Import PySide6 and undo its import hook; True when there was one to undo (a
    PySide6 without it, or a second call, leaves everything as it is)."""
    import PySide6.QtCore  # noqa: F401, PLC0415  (installs the hook being undone)

    fallback = getattr(builtins, _FALLBACK, None)
    if fallback is None or getattr(builtins.__import__, "__name__", "") != _PYSIDE_IMPORT:
        return False
    builtins.__import__ = fallback
    linecache.clearcache()
    return True
