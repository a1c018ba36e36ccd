"""Interface language: installs the app's compiled translations and Qt's own for one language.

The .ts sources live in resources/translations/ and are compiled by build/update_translations.sh. English is the
source language, but its .qm is loaded too: it holds the plural forms of the %n messages ("1 result"/"2 results").
Call ``install_translators`` once, after the QApplication exists and before any window is built.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from ipt_desktop.core.resources import resource_path

TRANSLATOR_NAME = "ipt-desktop-translator"
_WEEKDAY = re.compile(r"d{4}[\s,.]*")  # the weekday of a Qt date format, with what follows it


def app_translation_file(language: str) -> Path:
    """The compiled translations of the app for ``language`` (e.g. resources/translations/ipt_desktop_de.qm)."""
    return resource_path("translations", f"ipt_desktop_{language}.qm")


def qt_translation_file(language: str) -> Path:
    """Qt's own translations (standard buttons, file dialogs, context menus) for ``language``."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("en", "de", …) into ``app``; returns those installed.

    The translators are children of ``app``, so they live as long as it does. Calling again replaces the ones
    an earlier call installed. A missing file is skipped (the interface then stays in English).
    """
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    language = (language or "en").split("_")[0].split("-")[0].lower()
    # The default locale is how the rest of the interface learns the language it shows titles in.
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    # Installed last is asked first: the app's own messages before Qt's.
    for path in (qt_translation_file(language), app_translation_file(language)):
        if not path.is_file():
            continue
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.setParent(None)
            translator.deleteLater()
    return installed


def ui_language() -> str:
    """The interface language ("en", "de", …): the default locale that ``install_translators`` set."""
    return QLocale().name().split("_")[0].lower() or "en"


def long_date(day: dt.date, month_only: bool = False) -> str:
    """A date as the interface language writes it, without the weekday: "2 November 2026", "2. November 2026";
    with ``month_only``, "November 2026"."""
    locale = QLocale()
    if month_only:
        return f"{locale.standaloneMonthName(day.month)} {day.year}"
    # The locale's long format without the weekday ("dddd, d MMMM yyyy" → "d MMMM yyyy").
    form = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), form)
