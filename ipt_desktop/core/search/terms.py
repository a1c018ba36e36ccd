"""The glossary's terminology at query time: which runs of a query spell a glossary term, in which language.

Built from the synonym groups the index keeps (``IndexMeta.synonyms``): each group's English members and
acronyms, and the term's attested forms in other EU languages (``terms:`` in the glossary entry).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from ipt_desktop.core.search.analysis import language, leading_letters
from ipt_desktop.core.search.query import TermMatcher


class GlossaryTerms:
    """The glossary's synonym groups as query-time tables.

    For English: the stems of multi-word members and of acronyms → group number (single common words such
    as "procurer" are not keys: expanding them would flood results). For each other language: the stems of
    the term's attested forms (``terms:`` in the glossary entry) → group number, so "Rahmenvereinbarung"
    or "suddivisione in lotti" finds the English entry and everything that names it.
    """

    def __init__(self, groups: Mapping[str, Any]) -> None:
        english = language("en")
        self.members: list[tuple[tuple[str, ...], ...]] = []
        self.forms: list[dict[str, tuple[tuple[str, ...], ...]]] = []
        tables: dict[str, dict[tuple[str, ...], int]] = defaultdict(dict)
        inflected: dict[str, dict[tuple[str, ...], int]] = defaultdict(dict)
        for group in groups.values():
            if not isinstance(group, dict):
                continue
            number = len(self.members)
            names = [m for m in group.get("members", []) if isinstance(m, str) and m.split()]
            self.members.append(tuple(tuple(m.split()) for m in names))
            acronyms = set(group.get("acronyms", []))
            for member in names:
                if len(member.split()) > 1 or member in acronyms:
                    tables["en"].setdefault(tuple(english.stem(w) for w in member.split()), number)
            english_words = {w for m in names for w in m.split()}
            forms: dict[str, tuple[tuple[str, ...], ...]] = {}
            terms = group.get("terms")
            for code, found in terms.items() if isinstance(terms, dict) else ():
                lang = language(code)
                tuples = tuple(tuple(f.split()) for f in found if isinstance(f, str) and f.split())
                forms[code] = tuples
                for form in tuples:
                    if len(form) == 1 and form[0] in english_words:
                        continue  # the same word as in English ("lots"): English already handles it
                    tables[code].setdefault(tuple(lang.stem(w) for w in form), number)
                    if len(form) > 1 and not lang.has_stemmer:
                        # Without a stemmer, inflected forms of a multi-word term still share its words'
                        # leading letters; a single word's would match too much.
                        inflected[code].setdefault(tuple(leading_letters(w) for w in form), number)
            self.forms.append(forms)
        self.matchers = {
            code: TermMatcher(code, table, language(code).stem) for code, table in tables.items()
        }
        self.inflected = {
            code: TermMatcher(code, table, leading_letters) for code, table in inflected.items()
        }

    def ordered(self, preferred: Iterable[str | None]) -> list[TermMatcher]:
        """Every language's matcher, the preferred languages first, then English, then the rest."""
        order = dict.fromkeys([*(c for c in preferred if c), "en", *sorted(self.matchers)])
        exact = [self.matchers[code] for code in order if code in self.matchers]
        return exact + [self.inflected[code] for code in order if code in self.inflected]

    def alternatives(
        self, group: int, lang: str, text_languages: Iterable[str] = ()
    ) -> tuple[tuple[str, ...], ...]:
        """What a matched term searches for: its English members and its forms in the query's language; an
        English term also searches its forms in ``text_languages`` (the languages the library's full texts
        are in), so an English query finds a German document through the same terminology."""
        extra: tuple[tuple[str, ...], ...] = ()
        for code in {lang} if lang != "en" else set(text_languages) - {"en"}:
            extra += self.forms[group].get(code, ())
        return tuple(dict.fromkeys(self.members[group] + extra))
