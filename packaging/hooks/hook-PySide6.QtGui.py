"""Replaces PyInstaller's hook for PySide6.QtGui: only the Qt plugins a desktop app loads.

Leaving a plugin out here (rather than after the analysis) also keeps out the Qt
libraries only that plugin needs, e.g. EGLFS device integration or QtNetwork for VNC.
The rules are in bundle_config.DROPPED_QT_PLUGINS.
"""

from bundle_config import filter_qt_binaries, filter_qt_datas
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = filter_qt_binaries(binaries)
datas = filter_qt_datas(datas)
