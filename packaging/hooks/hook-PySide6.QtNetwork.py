"""Replaces PyInstaller's hook for PySide6.QtNetwork: the library, none of its plugins.

QtNetwork is bundled only if the app imports it (a QLocalServer for a single instance);
that needs no TLS back end, network information or OpenSSL.
"""

from bundle_config import filter_qt_binaries, filter_qt_datas
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = filter_qt_binaries(binaries)
datas = filter_qt_datas(datas)
