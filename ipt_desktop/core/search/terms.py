"""The glossary's terminology at query time: which runs of a query spell a glossary term or an everyday
phrase of the concept map, in which language.

Built from the synonym groups the index keeps (``IndexMeta.synonyms``): each group's English members and
acronyms, and the term's attested forms in other EU languages (``terms:`` in the glossary entry); and from
the concept map (``concepts.load_concepts``): each concept's phrases per language, which search the English
terms the concept ``means`` (and, when one of those is a glossary term, that term's names too).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipt_desktop.core.search.analysis import (
    STEMMED_LANGUAGES,
    is_stopword_anywhere,
    language,
    leading_letters,
    stop_languages,
    words,
)
from ipt_desktop.core.search.concepts import Concept
from ipt_desktop.core.search.postings import Postings
from ipt_desktop.core.search.query import Clause, TermMatcher

if TYPE_CHECKING:
    from ipt_desktop.core.search.plan import QueryPlan
    from ipt_desktop.core.search.rank import Ranker

# What each further name of a glossary term that a document uses adds to its best one (term_postings), and
# what each further term a concept means adds: those are related terms rather than names of one, and a text
# that touches on many of them ("open market dialogue", "market sounding", ...) is not the better answer.
NAMES_SHARE = 0.2
RELATED_SHARE = 0.1


def _common_words() -> frozenset[str]:
    """Words an acronym may also spell as an ordinary word: the stop words of every stemmed language."""
    return frozenset().union(*(language(code).stopwords for code in STEMMED_LANGUAGES))


class GlossaryTerms:
    """The glossary's synonym groups as query-time tables.

    For English: the stems of multi-word members and of acronyms → group number (single common words such
    as "procurer" are not keys: expanding them would flood results). For each other language: the stems of
    the term's attested forms (``terms:`` in the glossary entry) → group number, so "Rahmenvereinbarung"
    or "suddivisione in lotti" finds the English entry and everything that names it.
    """

    def __init__(self, groups: Mapping[str, Any], concepts: Iterable[Concept] = ()) -> None:
        self._build(groups, concepts)
        self._make_matchers()

    def _build(self, groups: Mapping[str, Any], concepts: Iterable[Concept]) -> None:
        """Stem every term form of every language into the tables (the costly part: thousands of stems)."""
        english = language("en")
        common = _common_words()
        ambiguous: set[tuple[str, ...]] = set()
        self.members: list[tuple[tuple[str, ...], ...]] = []
        # Per group, its forms by language; read back from the cache as JSON text, decoded at first use.
        self.forms: list[dict[str, tuple[tuple[str, ...], ...]] | str] = []
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
                    key = tuple(english.stem(w) for w in member.split())
                    tables["en"].setdefault(key, number)
                    if member in common:
                        ambiguous.add(key)  # "CAN" is an acronym, "can" a word
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
        self.concepts_from = len(self.members)
        self.meant: list[tuple[int, ...]] = []  # per concept: the glossary groups among the terms it means
        self._names: dict[str, dict[tuple[str, ...], list[str]]] = defaultdict(dict)
        self.subjects: frozenset[int] = frozenset()  # the groups that are subjects (names of one thing)
        self._add_concepts(concepts, tables, inflected)
        self._tables, self._inflected, self._ambiguous = dict(tables), dict(inflected), frozenset(ambiguous)

    def _make_matchers(self) -> None:
        self.matchers = {
            code: TermMatcher(
                code,
                table,
                language(code).stem,
                self._ambiguous if code == "en" else frozenset(),
                {key: tuple(names) for key, names in self._names.get(code, {}).items()},
            )
            for code, table in self._tables.items()
        }
        self.inflected = {
            code: TermMatcher(code, table, leading_letters) for code, table in self._inflected.items()
        }

    def to_json(self) -> dict[str, Any]:
        """The built tables as JSON data (see :meth:`from_json`): stemming them again is what costs."""

        def table(found: Mapping[tuple[str, ...], int]) -> list:
            return [[list(key), number] for key, number in found.items()]

        return {
            "members": [[list(m) for m in members] for members in self.members],
            # Each group's forms as JSON text of their own: a search decodes only the groups it matches, where
            # decoding all of them was half of the first search's wait for the tables.
            "forms": [
                forms if isinstance(forms, str) else json.dumps(forms, ensure_ascii=False)
                for forms in self.forms
            ],
            "concepts_from": self.concepts_from,
            "meant": [list(found) for found in self.meant],
            "subjects": sorted(self.subjects),
            "tables": {code: table(found) for code, found in self._tables.items()},
            "inflected": {code: table(found) for code, found in self._inflected.items()},
            "ambiguous": [list(key) for key in sorted(self._ambiguous)],
            "names": {
                code: [[list(key), list(names)] for key, names in found.items()]
                for code, found in self._names.items()
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> GlossaryTerms:
        """The tables :meth:`to_json` wrote, without stemming anything; KeyError/TypeError/ValueError when
        the data is not such a record."""

        def table(rows: list) -> dict[tuple[str, ...], int]:
            return {tuple(key): int(number) for key, number in rows}

        made = cls.__new__(cls)
        made.members = [tuple(tuple(m) for m in members) for members in data["members"]]
        made.forms = list(data["forms"])
        if not all(isinstance(forms, str) for forms in made.forms):
            raise TypeError("forms: expected one JSON text per group")
        made.concepts_from = int(data["concepts_from"])
        made.meant = [tuple(int(g) for g in found) for found in data["meant"]]
        made.subjects = frozenset(int(g) for g in data["subjects"])
        made._tables = {code: table(rows) for code, rows in data["tables"].items()}
        made._inflected = {code: table(rows) for code, rows in data["inflected"].items()}
        made._ambiguous = frozenset(tuple(key) for key in data["ambiguous"])
        made._names = {
            code: {tuple(key): [str(n) for n in names] for key, names in rows}
            for code, rows in data["names"].items()
        }
        made._make_matchers()
        return made

    def _add_concepts(
        self,
        concepts: Iterable[Concept],
        tables: dict[str, dict[tuple[str, ...], int]],
        inflected: dict[str, dict[tuple[str, ...], int]],
    ) -> None:
        """Each concept as one more group: its members are the terms it means (and the names of the glossary
        terms among them), its forms its phrases; a phrase that is already a glossary term stays that term."""
        english = tables.get("en", {})
        subjects: set[int] = set()
        for concept in concepts:
            number = len(self.members)
            if concept.subject:
                subjects.add(number)
            members: list[tuple[str, ...]] = []
            meant_terms: list[int] = []
            for meant in concept.means:
                folded = tuple(words(meant))
                if not folded:
                    continue
                members.append(folded)
                group = english.get(tuple(language("en").stem(w) for w in folded))
                if group is not None and group < self.concepts_from:
                    members.extend(self.members[group])
                    meant_terms.append(group)
            self.meant.append(tuple(dict.fromkeys(meant_terms)))
            forms: dict[str, tuple[tuple[str, ...], ...]] = {}
            for code, phrases in concept.phrases.items():
                lang = language(code)
                tuples = tuple(t for t in (tuple(words(p)) for p in phrases) if t)
                forms[code] = tuples
                for phrase in tuples:
                    key = tuple(lang.stem(w) for w in phrase)
                    owner = tables[code].setdefault(key, number)
                    if concept.subject and owner == number and len(phrase) == 1:
                        # A subject's one-word name matches its inflections only (query.inflects).
                        self._names[code].setdefault(key, []).append(phrase[0])
                    if len(phrase) > 1 and not lang.has_stemmer:
                        inflected[code].setdefault(tuple(leading_letters(w) for w in phrase), number)
            self.members.append(tuple(dict.fromkeys(members)))
            self.forms.append(forms)
        self.subjects = frozenset(subjects)

    def forms_of(self, group: int) -> Mapping[str, tuple[tuple[str, ...], ...]]:
        """A group's forms by language (decoded from the cache's text at first use; none if it is damaged)."""
        found = self.forms[group]
        if isinstance(found, str):
            try:
                decoded = json.loads(found)
                found = {code: tuple(tuple(f) for f in forms) for code, forms in decoded.items()}
            except (ValueError, TypeError, AttributeError):
                found = {}
            self.forms[group] = found
        return found

    def related(self, group: int) -> bool:
        """Whether a group's alternatives are related terms (a concept of the concept map) rather than names of
        one thing (a glossary term, or a subject)."""
        return group >= self.concepts_from and group not in self.subjects

    def ordered(self, preferred: Iterable[str | None]) -> list[TermMatcher]:
        """Every language's matcher, the preferred languages first, then English, then the rest."""
        order = dict.fromkeys([*(c for c in preferred if c), "en", *sorted(self.matchers)])
        exact = [self.matchers[code] for code in order if code in self.matchers]
        return exact + [self.inflected[code] for code in order if code in self.inflected]

    def alternatives(
        self, group: int, lang: str, text_languages: Iterable[str] = ()
    ) -> tuple[tuple[str, ...], ...]:
        """What a matched term searches for: its English members and its forms in the query's language.

        An English match also searches the forms in ``text_languages`` (the languages the library's full
        texts are in), so an English query finds a German document through the same terminology. A concept
        searches the terms it means, its phrases in the query's language as typed (and, for an English
        query, in the full texts' languages), and the forms of the glossary terms it means in those
        languages: "speak with companies" finds a French text on the "consultation préalable du marché"."""
        codes = [lang] if lang != "en" else sorted(set(text_languages) - {"en"})
        extra: tuple[tuple[str, ...], ...] = ()
        if group >= self.concepts_from:
            phrases = self.forms_of(group)
            extra = phrases.get(lang, ())
            for code in codes:
                if code != lang:
                    extra += phrases.get(code, ())
            for meant in self.meant[group - self.concepts_from]:
                for code in codes:
                    extra += self.forms_of(meant).get(code, ())
        else:
            for code in codes:
                extra += self.forms_of(group).get(code, ())
        return tuple(dict.fromkeys(self.members[group] + extra))

    def native(self, group: int, lang: str) -> frozenset[tuple[str, ...]]:
        """The names of a matched term in the language it was typed in (English: its members; another
        language: its forms there), which term_postings never scales up: word counts compare within a
        language, not across (a Dutch compound is one word where English has three)."""
        if lang == "en":
            found = self.members[group] + self.forms_of(group).get("en", ())
        else:
            found = self.forms_of(group).get(lang, ())
            if group >= self.concepts_from:
                for meant in self.meant[group - self.concepts_from]:
                    found += self.forms_of(meant).get(lang, ())
        return frozenset(found)


def term_postings(
    ranker: Ranker, clause: Clause, plan: QueryPlan, langs: tuple[str, ...], loose: bool = False
) -> Postings | None:
    """The postings of a glossary term or a concept (a synonyms clause); with ``loose`` (a sentence query)
    the typed words also count on their own, for less (``Ranker.loose``).

    A name longer than the typed run scores as many words as were typed: a phrase scores the sum of its
    words, so a long name of a term the concept only touches on ("clean and energy efficient vehicles
    directive") outscored the short one it means ("electric buses"). A shorter name in another language
    than the typed run's is scored up to the typed length too: a one-word compound ("Levenscycluskosten")
    counted a third of "life cycle cost". A shorter name in the typed language ("SME" for "start-ups")
    keeps its own score (``Clause.native``). For a glossary term, a document's best name counts in full and each other
    name it also uses adds NAMES_SHARE of its score (a text that names the term in several ways, such as
    the term's own entry, is about it); a concept's alternatives are related terms, not names of one, so
    each further one adds only RELATED_SHARE."""
    stops = stop_languages(langs)
    typed = sum(1 for w in clause.words if not is_stopword_anywhere(w, stops)) or 1
    parts: list[Postings] = []
    searchable = False  # a term of stop words only constrains nothing (None); one not found, everything
    for name in clause.alternatives:
        found = ranker.word_of(name[0], langs) if len(name) == 1 else ranker.phrase(name, plan, langs)
        searchable = searchable or found is not None
        if found is None or not len(found):
            continue
        kept = sum(1 for w in name if not is_stopword_anywhere(w, stops)) or 1
        if kept > typed or (kept < typed and name not in clause.native):
            found = Postings({d: v * typed / kept for d, v in found.score_of.items()}, ranker.size)
        parts.append(found)
    if loose and len(clause.words) > 1:
        typed_words = ranker.loose(clause.words, langs)
        if typed_words is not None:
            parts.append(typed_words)
    if len(parts) < 2:
        return parts[0] if parts else Postings({}, ranker.size) if searchable else None
    best: dict[int, float] = {}
    total: dict[int, float] = {}
    for part in parts:
        for docnum, score in part.score_of.items():
            total[docnum] = total.get(docnum, 0.0) + score
            if score > best.get(docnum, 0.0):
                best[docnum] = score
    share = RELATED_SHARE if clause.concept else NAMES_SHARE
    return Postings({d: top + share * (total[d] - top) for d, top in best.items()}, ranker.size)


TERMS_CACHE_SUFFIX = ".terms.json"
TERMS_CACHE_FORMAT = 5  # raise when the tables' layout or the way forms are stemmed changes


def cached_terms(groups: Mapping[str, Any], concepts: Iterable[Concept], cache: Path) -> GlossaryTerms:
    """The tables for ``groups`` and ``concepts``, from the JSON ``cache`` beside the index while it was made
    from exactly these (a digest of both and of the analysis's stemmers), else built and the cache rewritten
    (best effort: a read-only folder only costs the stemming again). Building stems every form of every
    language, about a tenth of a second that the first search of each start would otherwise wait for."""
    concepts = tuple(concepts)
    digest = hashlib.sha256(
        json.dumps(
            [TERMS_CACHE_FORMAT, sorted(STEMMED_LANGUAGES), groups, [repr(c) for c in concepts]],
            sort_keys=True,
            default=str,
        ).encode("utf-8")
    ).hexdigest()
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("digest") == digest:
            return GlossaryTerms.from_json(data["terms"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # no cache yet, or another version's: build it
    terms = GlossaryTerms(groups, concepts)
    temp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(json.dumps({"digest": digest, "terms": terms.to_json()}), encoding="utf-8")
        os.replace(temp, cache)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
    return terms
