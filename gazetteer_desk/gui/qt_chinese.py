"""Qt's own words in Chinese: message-box and wizard buttons, file and print dialogs, the right-click menu of text
fields, month and day names of the date pickers.

Qt ships these as ``qtbase_zh_CN.qm`` beside its libraries (PySide6's ``translations`` folder); the frozen build
keeps that one catalogue (packaging/gazetteer-desk.spec). The default locale becomes zh_CN whatever the computer's
language setting, so dates and numbers in Qt's widgets read the Chinese way too.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China)
CATALOGUE = "qtbase"


def translation_folders() -> list[Path]:
    """Where Qt's catalogues may be: Qt's own idea first, then the frozen bundle's copy of PySide6."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders += [Path(bundle) / "PySide6" / "Qt" / "translations", Path(bundle) / "PySide6" / "translations"]
    return folders


def install_chinese(app: QCoreApplication) -> bool:
    """Make zh_CN the default locale and load Qt's Chinese strings into ``app``; False if the catalogue is missing
    (Qt's words then stay English, everything of ours is Chinese anyway)."""
    QLocale.setDefault(CHINESE)
    if installed(app):
        return True
    translator = QTranslator(app)
    for folder in translation_folders():
        if translator.load(CHINESE, CATALOGUE, "_", str(folder)):
            app.installTranslator(translator)
            app.setProperty("qtChineseInstalled", True)
            return True
    return False


def installed(app: QCoreApplication) -> bool:
    """Whether Qt's Chinese strings are loaded (the self-test checks it in the frozen build)."""
    return bool(app.property("qtChineseInstalled"))
