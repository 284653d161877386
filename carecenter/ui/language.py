"""The GUI's language: CareCenter's compiled ``.qm``, Qt's own (standard buttons, dialogs), the locale of date
pickers, and :func:`carecenter.i18n.tr` answered by Qt. The choice is a per-PC preference kept in ``QSettings``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon

from carecenter import i18n
from carecenter.assets import RESOURCES

SETTINGS_KEY = "ui/language"
_LOCALES = {"zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
                             QLocale.Country.China),
            "zh_TW": QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                             QLocale.Country.Taiwan),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, i18n.SOURCE_LANGUAGE)
    return value if value in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def _translate(text: str) -> str:
    return QCoreApplication.translate(i18n.CONTEXT, text)


def apply(language: str) -> None:
    """Switch every string shown or printed from now on; open windows are rebuilt by their owner."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files = [] if language == i18n.SOURCE_LANGUAGE else [str(i18n.qm_path(language))]
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en":  # Qt's own strings (OK, Cancel, the colour and file dialogs) are English in the source
        files.append(f"{qt_translations}/qtbase_{language}.qm")
    for path in files:
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    i18n.set_language(language)
    i18n.use_backend(_translate if language != i18n.SOURCE_LANGUAGE else None)
    QLocale.setDefault(_LOCALES[language])


def app_icon() -> QIcon:
    """The program's icon (window title bars, the task bar), in every size it is drawn at."""
    icon = QIcon()
    for path in sorted((RESOURCES / "icons").glob("carecenter-*.png")):
        icon.addFile(str(path))
    return icon
