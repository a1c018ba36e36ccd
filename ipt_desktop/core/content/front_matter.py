"""A document's front matter, checked: the keys it needs, the values the taxonomy allows, the sources it cites.

:func:`check_front_matter` validates one front-matter mapping and returns the fields of a ``Document``; the
first problem raises a ContentError naming the file, the key and the allowed values in one line. Reading the
file and splitting off the front matter is ``documents``'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ipt_desktop.core.content.taxonomy import LIST_FACETS, Taxonomy
from ipt_desktop.core.errors import ContentError

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED_KEYS = ("id", "title", "type", "summary", "language", "project", "license", "updated")
_HAS_TIME = re.compile(r"[T ]\d")
_WEB_URL = re.compile(r"https?://")
_ISSUE_DATE = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$")


@dataclass(frozen=True)
class Source:
    """A public publication a document relies on."""

    publisher: str
    title: str
    url: str = ""


def check_front_matter(meta: Mapping[str, Any], name: str, taxonomy: Taxonomy) -> dict[str, Any]:
    """The Document fields of ``meta`` (from the file ``name``); ContentError on the first problem."""
    return _Validator(meta, name, taxonomy).check()


class _Validator:
    """Checks one front-matter mapping; raises on the first problem with file, key and allowed values."""

    def __init__(self, meta: Mapping[str, Any], name: str, taxonomy: Taxonomy) -> None:
        self.meta = meta
        self.name = name
        self.tax = taxonomy

    def fail(self, key: str, message: str) -> None:
        """Raise a ContentError naming the file and the key."""
        raise ContentError(f"{self.name}: key '{key}': {message}")

    def allowed(self, key: str, value: Any, vocabulary: str) -> None:
        """Fail for a value outside a taxonomy vocabulary, listing what is allowed."""
        values = self.tax.values(vocabulary)
        if vocabulary in ("countries", "languages"):
            hint = "an ISO code listed in resources/taxonomy.yaml"
        else:
            hint = "one of " + ", ".join(values)
        self.fail(key, f"{value!r} is not allowed; use {hint}")

    def text(self, key: str) -> str:
        """A required text value, trimmed (numbers are taken as text)."""
        value = self.meta.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.fail(key, "missing (required)")
        if not isinstance(value, (str, int, float)):
            self.fail(key, f"must be text, not {type(value).__name__}")
        return str(value).strip()

    def listed(self, key: str, vocabulary: str) -> tuple[str, ...]:
        """A list of vocabulary values (a single value is a list of one), without duplicates."""
        value = self.meta.get(key, [])
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.fail(key, "must be a list")
        out = []
        for item in value:
            item = str(item)
            if not self.tax.is_valid(vocabulary, item):
                self.allowed(key, item, vocabulary)
            out.append(item)
        return tuple(dict.fromkeys(out))

    def check(self) -> dict[str, Any]:
        """The Document fields of the front matter; fails at the first problem."""
        for key in REQUIRED_KEYS:
            value = self.meta.get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                self.fail(key, "missing (required)")
        doc_id = self.text("id")
        if not ID_PATTERN.match(doc_id) or len(doc_id) > 120:
            self.fail(
                "id", f"{doc_id!r} must be a slug of a-z, 0-9 and single hyphens (at most 120 characters)"
            )
        doc_type = self.text("type")
        if not self.tax.is_valid("types", doc_type):
            self.allowed("type", doc_type, "types")
        language = self.text("language")
        if not self.tax.is_valid("languages", language):
            self.allowed("language", language, "languages")
        fields: dict[str, Any] = {
            "id": doc_id,
            "title": self.text("title"),
            "type": doc_type,
            "summary": self.text("summary"),
            "language": language,
            "project": self.text("project"),
            "license": self.license(),
            "updated": self.date("updated"),
            "year": self.year(),
            "sources": self.sources(),
        }
        for key, vocabulary in LIST_FACETS.items():
            fields[key] = self.listed(key, vocabulary)
        self.date("reviewed", required=False)
        self.date("valid_until", required=False)
        self.type_specific(doc_type)
        self.translations(language)
        self.terms(doc_type)
        original = self.meta.get("translation_of")
        if original is not None and (not isinstance(original, str) or not ID_PATTERN.match(original)):
            self.fail("translation_of", f"{original!r} must be the id of the document this one translates")
        if original == doc_id:
            self.fail("translation_of", "names the document itself")
        return fields

    def language_key(self, key: str, code: Any) -> str:
        code = str(code)
        if not self.tax.is_valid("languages", code):
            self.fail(
                key, f"{code!r} is not a language; use an ISO 639-1 code listed in resources/taxonomy.yaml"
            )
        return code

    def translations(self, own_language: str) -> None:
        """``translations: {de: {title, summary}}``: each a known language other than the document's own."""
        value = self.meta.get("translations")
        if value is None:
            return
        if not isinstance(value, dict):
            self.fail("translations", "must map language codes to {title, summary}")
        for code, item in value.items():
            code = self.language_key("translations", code)
            if code == own_language:
                self.fail(f"translations.{code}", "is the document's own language")
            if not isinstance(item, dict) or not str(item.get("title") or "").strip():
                self.fail(f"translations.{code}", "needs a non-empty 'title' (and a 'summary')")
            if "summary" in item and not isinstance(item["summary"], str):
                self.fail(f"translations.{code}.summary", "must be text")

    def terms(self, doc_type: str) -> None:
        """``terms: {de: [..]}`` (glossary only): attested forms, each language's list non-empty text."""
        value = self.meta.get("terms")
        if value is None:
            return
        if doc_type != "glossary":
            self.fail("terms", "is only for glossary terms")
        if not isinstance(value, dict):
            self.fail("terms", "must map language codes to lists of terms")
        for code, forms in value.items():
            code = self.language_key("terms", code)
            if not isinstance(forms, list) or not forms:
                self.fail(f"terms.{code}", "must be a non-empty list of terms")
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    self.fail(f"terms.{code}", f"{form!r} is not a term (empty or not text)")
        sources = self.meta.get("term_sources")
        if not isinstance(sources, dict):
            self.fail("term_sources", "missing: name where each language's terms are attested")
        for code in value:
            if not str(sources.get(code) or "").strip():
                self.fail(
                    f"term_sources.{code}", "missing: name the act or database that attests these terms"
                )

    def license(self) -> str:
        """The licence, one of the taxonomy's licences."""
        value = self.text("license")
        if value not in self.tax.licenses:
            self.fail("license", f"{value!r} is not allowed; use one of {', '.join(self.tax.licenses)}")
        return value

    def date(self, key: str, required: bool = True) -> str:
        """A date or date-time as ISO text (empty when not required and missing)."""
        value = self.meta.get(key)
        if value is None and not required:
            return ""
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        try:
            parsed = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(key, f"{value!r} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
        has_time = bool(_HAS_TIME.search(str(value)))
        return parsed.isoformat() if has_time else parsed.date().isoformat()

    def year(self) -> int | None:
        """The optional publication year, 1950 to 2100."""
        value = self.meta.get("year")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1950 <= value <= 2100:
            self.fail("year", f"{value!r} must be a year between 1950 and 2100")
        return value

    def sources(self) -> tuple[Source, ...]:
        """The cited sources; each needs a publisher and a title, and an http(s) URL if any."""
        value = self.meta.get("sources", [])
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail("sources", "must be a list of {publisher, title, url}")
        out = []
        for index, item in enumerate(value):
            if not isinstance(item, dict) or not item.get("publisher") or not item.get("title"):
                self.fail("sources", f"entry {index + 1} needs at least 'publisher' and 'title'")
            url = str(item.get("url") or "")
            if url and not _WEB_URL.match(url):
                self.fail("sources", f"entry {index + 1} url {url!r} must start with http:// or https://")
            out.append(Source(str(item["publisher"]), str(item["title"]), url))
        return tuple(out)

    def time_zone(self) -> None:
        """An event's optional ``timezone``: an IANA name (Europe/Brussels) the system knows."""
        name = self.meta.get("timezone")
        if name is None:
            return
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(str(name))
        except (ZoneInfoNotFoundError, ValueError):
            self.fail("timezone", f"{name!r} is not a time zone name (use one like Europe/Brussels)")

    def type_specific(self, doc_type: str) -> None:
        """The keys a type requires: start (and place or online) of an event, the term of a glossary entry;
        a newsletter's optional ``issued`` date (YYYY-MM or YYYY-MM-DD)."""
        if doc_type == "event":
            self.date("starts")
            self.date("ends", required=False)
            online = self.meta.get("online")
            if online is not None and not isinstance(online, bool):
                self.fail("online", f"{online!r} must be true or false")
            if not online and not self.meta.get("location"):
                self.fail("location", "missing (required for an event that is not online)")
            self.time_zone()
        if doc_type == "newsletter" and self.meta.get("issued") is not None:
            issued = str(self.meta["issued"])
            if not _ISSUE_DATE.match(issued):
                self.fail("issued", f"{issued!r} is not an issue date (use YYYY-MM or YYYY-MM-DD)")
        if doc_type == "glossary":
            self.text("term")
            for key in ("acronyms", "synonyms"):
                value = self.meta.get(key, [])
                if value is not None and not isinstance(value, list):
                    self.fail(key, "must be a list")
