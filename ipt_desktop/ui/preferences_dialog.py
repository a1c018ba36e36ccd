"""Preferences: theme, reader font size, interface language, sync interval and proxy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ipt_desktop.ui.app_settings import LANGUAGES, AppSettings


class PreferencesDialog(QDialog):
    """Edits AppSettings; values are written when the dialog is accepted."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.theme = QComboBox()
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 32)
        self.font_size.setSuffix(self.tr(" pt"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.sync_hours = QSpinBox()
        self.sync_hours.setRange(0, 24 * 14)
        self.sync_hours.setSuffix(self.tr(" hours"))
        self.sync_hours.setSpecialValueText(self.tr("Never (sync by hand)"))
        self.proxy_mode = QComboBox()
        for value, label in (
            ("system", self.tr("Use the system settings")),
            ("none", self.tr("No proxy")),
            ("manual", self.tr("Manual")),
        ):
            self.proxy_mode.addItem(label, value)
        self.proxy_url = QLineEdit()
        self.proxy_url.setPlaceholderText("http://proxy.example.org:8080")
        form = QFormLayout(self)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Reader &font size:"), self.font_size)
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow(self.tr("&Sync every:"), self.sync_hours)
        form.addRow(self.tr("&Proxy:"), self.proxy_mode)
        form.addRow(self.tr("Proxy &address:"), self.proxy_url)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.proxy_mode.currentIndexChanged.connect(self._proxy_mode_changed)
        self.load()

    def load(self) -> None:
        """Fill the controls from the saved settings."""
        s = self.settings
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self.font_size.setValue(s.reader_font_pt)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.sync_hours.setValue(s.sync_hours)
        self.proxy_mode.setCurrentIndex(max(0, self.proxy_mode.findData(s.proxy_mode)))
        self.proxy_url.setText(s.proxy_url)
        self._proxy_mode_changed()

    def _proxy_mode_changed(self) -> None:
        self.proxy_url.setEnabled(self.proxy_mode.currentData() == "manual")

    def accept(self) -> None:
        """Save every setting, then close the dialog."""
        s = self.settings
        s.theme = self.theme.currentData()
        s.reader_font_pt = self.font_size.value()
        s.language = self.language.currentData()
        s.sync_hours = self.sync_hours.value()
        s.proxy_mode = self.proxy_mode.currentData()
        s.proxy_url = self.proxy_url.text()
        super().accept()
