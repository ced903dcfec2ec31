"""Load the app's own translation and Qt's standard one for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from intervisie_desktop.resources import resource_path

TRANSLATION_BASENAME = "intervisie_desktop"

# Qt's own file dialog (used wherever no native one is) says "&Look in:" and "Files of
# &type:" since Qt 6, while qtbase_nl still has the older strings without a mnemonic.
# Our translation carries them in Qt's context, so every file dialog is Dutch.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    """``requested`` if given, else Dutch on a Dutch system and English elsewhere.

    Locales are compared by name ("nl_BE"), not by Qt's enumerations: building those
    (hundreds of languages and countries) would cost the first paint several ms."""
    if requested:
        return requested
    system = system or QLocale.system()
    return "nl" if system.name().split("_")[0] == "nl" else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install our ``.qm`` and Qt's ``qtbase_<lang>.qm``; returns them to keep alive.

    English is the source language, so English needs no translator of our own. Qt
    asks the last installed translator first: Qt's own, then ours, which fills the
    gaps in Qt's (:data:`QT_GAPS`).
    """
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(f"{TRANSLATION_BASENAME}_{language}", str(resource_path("translations"))):
        translators.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale("nl_NL"))
    return translators
