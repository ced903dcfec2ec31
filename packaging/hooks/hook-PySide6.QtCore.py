"""Replaces PyInstaller's hook for PySide6.QtCore: only the Dutch and English Qt translations.

PyInstaller prefers a hook in the spec's ``hookspath`` over its own. This one does what
the built-in hook does, then leaves out the .qm files of languages the app does not offer.
"""

from bundle_config import filter_qt_binaries, filter_qt_datas
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = filter_qt_binaries(binaries)
datas = filter_qt_datas(datas)
