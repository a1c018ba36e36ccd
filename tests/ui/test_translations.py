"""Interface language: the shipped .ts/.qm files are complete and current, and installing them translates."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ipt_desktop.core.resources import resource_path
from ipt_desktop.ui.app_settings import LANGUAGES as INTERFACE_LANGUAGES
from ipt_desktop.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource_path("translations")

LANGUAGES = tuple(INTERFACE_LANGUAGES)
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
# Plural forms Qt expects per language (Polish and Slovak have three: one, few, many).
PLURAL_FORMS = {"pl": 3, "sk": 3}
PLACEHOLDER = re.compile(r"%\d|%n|\{\d\}")


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def _messages(lang: str):
    """(context, message element) for every message of a .ts file."""
    root = ET.parse(TRANSLATIONS / f"ipt_desktop_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def language(qapp):
    """Install the translators of a language; they are removed again after the test."""
    installed = []

    def use(lang: str):
        installed[:] = install_translators(qapp, lang)
        return installed

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_files_are_compiled_from_the_current_ts(lang, tmp_path):
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    shipped = TRANSLATIONS / f"ipt_desktop_{lang}.qm"
    fresh = tmp_path / shipped.name
    subprocess.run(
        [lrelease, "-silent", str(TRANSLATIONS / shipped.stem) + ".ts", "-qm", str(fresh)], check=True
    )
    assert shipped.read_bytes() == fresh.read_bytes(), "run build/update_translations.sh"


def test_every_interface_language_is_shipped():
    for code in LANGUAGES:
        assert (TRANSLATIONS / f"ipt_desktop_{code}.ts").is_file(), code
        assert (TRANSLATIONS / f"ipt_desktop_{code}.qm").is_file(), code


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang):
    problems = []
    for context, message in _messages(lang):
        source = message.findtext("source")
        kind = message.find("translation").get("type")
        forms = _forms(message)
        expected_forms = PLURAL_FORMS.get(lang, 2) if message.get("numerus") == "yes" else 1
        if kind in ("unfinished", "obsolete", "vanished") or len(forms) != expected_forms or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
            if source.count("&") != form.count("&"):
                problems.append(f"{context}: {source!r} -> {form!r} changes the accelerator")
    assert problems == []


def test_english_plural_messages_have_both_forms():
    messages = list(_messages("en"))
    assert messages and all(m.get("numerus") == "yes" for _, m in messages)
    for context, message in messages:
        singular, plural = _forms(message)
        assert "%n" in singular and "%n" in plural and singular != plural, (
            context,
            message.findtext("source"),
        )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_ts_holds_every_message_of_the_sources(lang, tmp_path):
    """lupdate over ipt_desktop/ui finds nothing new to translate (re-run build/update_translations.sh)."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / f"ipt_desktop_{lang}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    sources = sorted(str(p) for p in (ROOT / "ipt_desktop" / "ui").glob("*.py"))
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)], check=True
    )
    root = ET.parse(copy).getroot()
    new = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert new == []


def test_german_translates_widgets_and_free_functions(language):
    from ipt_desktop.ui.sources_dialog import AddSourceDialog

    assert len(language("de")) == 2  # the app's messages and Qt's own
    assert QCoreApplication.translate("SourcesDialog", "Sources") == "Quellen"
    assert QCoreApplication.translate("BrowsePanel", "What's new") == "Neu hinzugekommen"
    assert QCoreApplication.translate("SourcesDialog", "Never synced") == "Noch nie synchronisiert"
    dialog = AddSourceDialog()
    try:
        assert dialog.windowTitle() == "Quelle hinzufügen"
    finally:
        dialog.deleteLater()


def test_plural_forms(language):
    def synced(n: int) -> str:
        return QCoreApplication.translate("SourcesDialog", "Synced %n source(s).", "", n)

    def results(n: int) -> str:
        return QCoreApplication.translate("SearchPanel", "%n result(s)", "", n)

    language("en")
    assert (results(1), results(3)) == ("1 result", "3 results")
    assert (synced(1), synced(2)) == ("Synced 1 source.", "Synced 2 sources.")
    language("de")
    assert (synced(1), synced(2)) == ("1 Quelle synchronisiert.", "2 Quellen synchronisiert.")
    assert (results(1), results(0)) == ("1 Treffer", "0 Treffer")


def test_installing_again_replaces_the_translators(language, qapp):
    language("de")
    language("en")
    assert QCoreApplication.translate("SourcesDialog", "Sources") == "Sources"


def test_an_unknown_language_installs_nothing(language):
    assert language("xx") == []
    assert QCoreApplication.translate("SourcesDialog", "Sources") == "Sources"
