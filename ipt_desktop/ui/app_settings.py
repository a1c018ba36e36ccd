"""Typed access to the user's preferences and window state, stored with QSettings.

Preferences (theme, font, language, proxy …) and the window's size belong to the user; what belongs to one
library (the document open last, the panes' layout) lives in that library's data directory
(``window-state.ini``), so another ``--data-dir`` never reopens a document of a different library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "dark")
PROXY_MODES = ("system", "none", "manual")
# Interface languages, each named in its own language (as a language menu lists them).
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
    "es": "Español",
    "pl": "Polski",
    "nl": "Nederlands",
    "pt": "Português",
    "sk": "Slovenčina",
}
DEFAULT_FONT_PT = 11
DEFAULT_SYNC_HOURS = 24
LIBRARY_STATE_FILE = "window-state.ini"


class AppSettings:
    """Preferences: theme, reader font and zoom, sync interval, proxy, interface language; window state."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings()
        self.library_state = self.qsettings  # until use_library names the library's own file

    def use_library(self, data_dir: Path) -> None:
        """Keep the per-library state (last document, pane layout) in ``data_dir``'s window-state.ini."""
        self.library_state = QSettings(str(Path(data_dir) / LIBRARY_STATE_FILE), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind):
        value = self.qsettings.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()

    @property
    def theme(self) -> str:
        """The colour theme: ``system``, ``light`` or ``dark``."""
        value = self._get("appearance/theme", "system", str)
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("appearance/theme", value if value in THEMES else "system")

    @property
    def reader_font_pt(self) -> int:
        """The reader's base font size in points, 8 to 32."""
        return max(8, min(32, self._get("reader/font_pt", DEFAULT_FONT_PT, int)))

    @reader_font_pt.setter
    def reader_font_pt(self, value: int) -> None:
        self._set("reader/font_pt", max(8, min(32, int(value))))

    @property
    def zoom(self) -> int:
        """Reader zoom steps relative to the font size (−5 … +10)."""
        return max(-5, min(10, self._get("reader/zoom", 0, int)))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("reader/zoom", max(-5, min(10, int(value))))

    @property
    def sync_hours(self) -> int:
        """Hours between background syncs; 0 turns periodic sync off."""
        return max(0, self._get("sync/interval_hours", DEFAULT_SYNC_HOURS, int))

    @sync_hours.setter
    def sync_hours(self, value: int) -> None:
        self._set("sync/interval_hours", max(0, int(value)))

    @property
    def proxy_mode(self) -> str:
        """How sync reaches the network: the system's proxy, none, or the one in :attr:`proxy_url`."""
        value = self._get("network/proxy_mode", "system", str)
        return value if value in PROXY_MODES else "system"

    @proxy_mode.setter
    def proxy_mode(self, value: str) -> None:
        self._set("network/proxy_mode", value)

    @property
    def proxy_url(self) -> str:
        """The proxy used when :attr:`proxy_mode` is ``manual``."""
        return self._get("network/proxy_url", "", str)

    @proxy_url.setter
    def proxy_url(self, value: str) -> None:
        self._set("network/proxy_url", value.strip())

    @property
    def language(self) -> str:
        """The interface language (a code from LANGUAGES; English by default)."""
        value = self._get("appearance/language", "en", str)
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._set("appearance/language", value if value in LANGUAGES else "en")

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
        """Saved geometry, window state and splitter state."""
        return (
            self.qsettings.value("window/geometry"),
            self.qsettings.value("window/state"),
            self.library_state.value("window/splitter"),
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        """Keep the window's geometry, toolbars and splitter sizes for the next start."""
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)
        self.qsettings.sync()
        self.library_state.setValue("window/splitter", splitter)
        self.library_state.sync()

    @property
    def last_document(self) -> str:
        """The document open when the app was last closed, reopened at start."""
        return str(self.library_state.value("reader/last_document", "") or "")

    @last_document.setter
    def last_document(self, value: str) -> None:
        self.library_state.setValue("reader/last_document", value)
        self.library_state.sync()
