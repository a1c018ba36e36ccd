"""One search over an open index (``_Run``: plan, count, rank, hits with snippets, sections and passages,
facets, suggestion) and related documents; ``SearchIndex`` (``index``) runs them under its lock.

A query's text goes through these steps: parsing (``query``); glossary terms and the concept map's everyday
phrases are spotted in every language, longest run first (``terms``); question and filler words are
dropped (``phrasing``); then the plan (``plan``) and the ranker (``rank``) take over.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from whoosh import query as wq

from ipt_desktop.core.search.analysis import (
    QueryLanguages,
    analyze,
    guess_language,
    is_stopword_anywhere,
    language,
    stem_variants,
    stop_languages,
    words,
)
from ipt_desktop.core.search.plan import QueryPlan
from ipt_desktop.core.search.query import Clause, ParsedQuery, apply_synonyms
from ipt_desktop.core.search.schema import plain_text
from ipt_desktop.core.search.sections import best_section
from ipt_desktop.core.search.snippets import SnippetMaker
from ipt_desktop.core.search.terms import term_postings
from ipt_desktop.core.search.topk import masks_of, top_hits
from ipt_desktop.core.search.types import FACET_FIELDS, FILTER_FIELDS, Hit, SearchQuery, SearchResult

if TYPE_CHECKING:
    from ipt_desktop.core.search.index import SearchIndex

MAX_LIMIT = 500
FEW_RESULTS = 5
RELATED_TERMS = 12
# Languages that a short query's letters and words cannot tell apart ("súťaž" is Slovak and could be Czech):
# a query guessed to be in one also drops the other's stop and question words.
CLOSE_LANGUAGES = {"cs": "sk", "sk": "cs"}
SENTENCE_PARTS = 5  # from this many searched words (or terms) on, a query is ranked as a sentence


class Run:
    """One search: plan, count, rank, snippets and facets."""

    def __init__(self, index: SearchIndex, query: SearchQuery, parsed: ParsedQuery) -> None:
        self.index = index
        self.query = query
        self.parsed = parsed
        self.searcher, self.masks = index._current()
        self.ranker = index._ranker
        self._text_languages = self.text_languages()  # read once: the query's stems and its terms need it
        self.query_language = query.language or guess_language(query.text, query.ui_language)
        if query.language:
            self.langs: tuple[str, ...] = (query.language.lower(),)
        else:
            guessed = (query.ui_language, self.query_language)
            stop = dict.fromkeys(
                c for c in ("en", *guessed, *(CLOSE_LANGUAGES.get(g or "") for g in guessed)) if c
            )
            # Stemmed in the languages of the library's full texts and in the query's likely ones (English,
            # the interface language, the detected one): the translated titles of those match; stemming every
            # word in every translation's language as well would multiply the word lists each query reads.
            # A word the index does not know in those languages may be one of a translation's languages
            # ("Marktkonsultation"): then the query is stemmed in every language the index holds.
            wanted = set(self._text_languages) | set(stop)
            self.langs = QueryLanguages([code for code in index.languages() if code in wanted], stop)
            if self._has_unknown_word(parsed, self.langs):
                self.langs = QueryLanguages(index.languages(), stop)
        self.plan = QueryPlan(self.searcher, self.langs, index._meta.vocabulary)
        self.by_filter: dict[str, int] = {}  # each filtered field's own set of documents (filter_mask)
        self.unfiltered = self.masks.live  # what the query matches before the filters (all, without words)
        self.aims: tuple = ()

    def result(self) -> SearchResult:
        parsed = self.parsed
        terms = self.index.terms()
        phrasing = self.index.phrasing()
        text_languages = self._text_languages
        apply_synonyms(
            parsed,
            terms.ordered((self.query.ui_language, self.query_language)),
            lambda group, lang: terms.alternatives(group, lang, text_languages),
            terms.related,
            terms.native,
        )
        # What the question asks for (the kind of section that answers it), read from its words as typed.
        self.aims = phrasing.question_words.aims(words(self.query.text), stop_languages(self.langs))
        # A query phrased as a question or a sentence is ranked as one (see topk.top_hits, ``coordinate``).
        self.sentence = bool(phrasing.question_words.drop(parsed, stop_languages(self.langs)))
        allowed = self.filter_mask()
        q = self.plan.build(parsed)
        messages = list(parsed.messages)
        if phrasing.problem:
            messages.append(phrasing.problem)
        if q is None:
            if parsed.positive:
                if all(
                    is_stopword_anywhere(w, stop_languages(self.langs))
                    for c in parsed.positive
                    for w in c.words
                ):
                    messages.append("The query has only very common words; add a more specific one.")
                return self.make(None, 0, messages)
            if parsed.messages and not parsed.filters:
                return self.make(None, 0, messages)
            return self.make(None, allowed, messages)
        self.parts, exclude = self.rank_parts(self.plan, fuzzy=False)
        every, matched = masks_of(self.parts)
        if not matched & allowed & ~exclude and any(c.kind == "word" for c in parsed.positive):
            fuzzy_plan = QueryPlan(self.searcher, self.langs, self.index._meta.vocabulary)
            if fuzzy_plan.build(parsed, fuzzy=True) is not None:
                fuzzy_parts, fuzzy_exclude = self.rank_parts(fuzzy_plan, fuzzy=True)
                fuzzy_every, fuzzy_some = masks_of(fuzzy_parts)
                if fuzzy_some & allowed & ~fuzzy_exclude:
                    self.plan, self.parts, exclude = fuzzy_plan, fuzzy_parts, fuzzy_exclude
                    every, matched = fuzzy_every, fuzzy_some
                    messages.append("No exact matches; showing results for similar words.")
        keep = allowed & ~exclude
        self.unfiltered = matched & self.masks.live & ~exclude
        self.every, matched = every & keep, matched & keep
        messages += self.plan.messages
        return self.make(q, matched, messages)

    def _has_unknown_word(self, parsed: ParsedQuery, langs: tuple[str, ...]) -> bool:
        """True when a word of the query has no stem in ``langs`` that a title or text holds.

        Asked of the ranker's cached word lists: a known word's list is the one the ranking reads next, so
        the question costs nothing more, where asking the index for every stem's frequency in each field
        cost look-ups on every query."""
        for clause in parsed.positive:
            if clause.kind not in ("word", "phrase"):
                continue
            for word in clause.words:
                found = self.ranker.word_of(word, langs)
                if found is not None and not len(found):
                    return True
        return False

    def text_languages(self) -> list[str]:
        """The languages of the indexed documents' full texts (their ``language`` facet values), read once
        per searcher."""
        found = self.ranker.text_languages
        if found is None:
            found = self.ranker.text_languages = [
                v.decode("utf-8") if isinstance(v, bytes) else v
                for v in self.searcher.reader().lexicon("language")
            ]
        return found

    def rank_parts(self, plan: QueryPlan, fuzzy: bool) -> tuple[list, int]:
        """Postings of the positive clauses, and the mask of documents a negated clause excludes."""
        parts = [
            p
            for p in (
                term_postings(self.ranker, c, plan, self.langs, loose=self.sentence)
                if c.kind == "synonyms"
                else self.ranker.clause(c, plan, self.langs, fuzzy, loose=self.sentence)
                for c in self.parsed.positive
            )
            if p is not None
        ]
        exclude = 0
        for clause in self.parsed.clauses:
            if clause.negated:
                found = self.ranker.clause(
                    Clause(clause.kind, clause.words, False, clause.alternatives), plan, self.langs
                )
                exclude |= found.mask if found is not None else 0
        return parts, exclude

    def filter_mask(self) -> int:
        """The documents the filters allow (values of one key: any of them; keys: all of them). Each field's
        own set is kept for the facet counts (:meth:`facet_counts`)."""
        masks = self.masks
        allowed = masks.live
        reader = self.searcher.reader()
        for key, values in self.parsed.filters.items():
            fieldname = FILTER_FIELDS[key]
            known = {
                v.decode("utf-8") if isinstance(v, bytes) else v: None for v in reader.lexicon(fieldname)
            }
            by_folded = {words_key(v): v for v in known}
            chosen = [by_folded.get(words_key(v), v) for v in values]
            found = masks.terms(fieldname, chosen)
            self.by_filter[fieldname] = self.by_filter.get(fieldname, -1) & found
            allowed &= found
        return allowed

    def facet_counts(self, matched: int) -> dict[str, dict[str, int]]:
        """Counts per value of each facet among the results. A facet the user filters on counts the results
        of every other filter without its own, so that its other values show what choosing them too would
        add (values of one facet are alternatives), not a zero."""
        counts = {}
        for name in FACET_FIELDS:
            within = matched
            if name in self.by_filter:
                within = self.unfiltered
                for other, mask in self.by_filter.items():
                    if other != name:
                        within &= mask
            counts[name] = self.masks.counts(within, name)
        return counts

    def make(self, q, matched: int, messages: list[str]) -> SearchResult:
        query = self.query
        limit = max(0, min(int(query.limit or 0), MAX_LIMIT))
        offset = max(0, int(query.offset or 0))
        total = matched.bit_count() if matched else 0
        hits: tuple[Hit, ...] = ()
        if total and limit:
            hits = self.hits(q, matched, offset, limit)
        facets = {}
        if query.with_facets:
            facets = self.facet_counts(matched) if total else {}
        suggestion = self.suggestion(total)
        message = " ".join(dict.fromkeys(messages)) or None
        return SearchResult(query.text, total, hits, facets, suggestion, message)

    def hits(self, q, matched: int, offset: int, limit: int) -> tuple[Hit, ...]:
        searcher = self.searcher
        wanted = offset + limit
        if q is None or self.query.sort == "date":
            restrict = None if matched == self.masks.live else self.masks.docnums(matched)
            results = searcher.search(
                q or wq.Every(), limit=wanted, sortedby="updated", reverse=True, filter=restrict, terms=False
            )
            top = results.top_n[offset:wanted]
        else:
            coordinate = self.sentence or len(self.parts) >= SENTENCE_PARTS
            top = top_hits(self.ranker, self.parts, self.every, matched, wanted, coordinate)[offset:wanted]
        maker = (
            SnippetMaker(self.plan.stems, self.plan.literal, self.langs)
            if self.query.with_highlights
            else None
        )
        weight, key = self.word_weight() if maker is not None else (None, None)
        out = []
        for score, docnum in top:
            stored = searcher.stored_fields(docnum)
            summary = stored.get("summary", "")
            section, passage = None, ""
            if maker is not None:
                text, lang = plain_text(stored), stored.get("lang", "en")
                spans = maker.all_spans(text, lang)  # one scan serves the snippet and the section
                snippet = maker.snippet(text, lang, summary, spans)
                section, passage = best_section(
                    text, stored.get("sections") or (), spans, weight, key, self.aims
                )
            else:
                snippet = SnippetMaker((), (), ()).snippet("", "en", summary)
            out.append(
                Hit(
                    stored["id"],
                    stored.get("label", ""),
                    stored.get("kind", ""),
                    summary,
                    snippet,
                    float(score) if q is not None and self.query.sort != "date" else 0.0,
                    stored.get("updated", ""),
                    translations_of(stored),
                    stored.get("lang") or "en",
                    section,
                    passage,
                )
            )
        return tuple(out)

    def word_weight(self):
        """(weight, key) of a matched word of a text: how much it tells about the query, the rarity (idf) of
        the query word it stems like in any of the query's languages (a word the query does not name counts
        1); and the number of the query's clause it matches (itself when none), so that a section counts
        each part of the query once (``best_section``)."""
        total = max(1, self.masks.size)
        by_stem: dict[str, float] = {}
        clause_of: dict[str, int] = {}
        for number, clause in enumerate(self.parsed.positive):
            surface = [clause.words] if clause.kind != "synonyms" else list(clause.alternatives)
            for run in surface:
                for word in run:
                    found = self.ranker.word_of(word, self.langs)
                    if found is None:
                        continue
                    idf = math.log(1 + total / (1 + len(found)))
                    for stem in (*stem_variants(word, self.langs), word):
                        by_stem[stem] = max(by_stem.get(stem, 0.0), idf)
                        clause_of.setdefault(stem, number)
        analyses = [language(code) for code in self.langs]
        cache: dict[str, float] = {}

        def weight(word: str) -> float:
            found = cache.get(word)
            if found is None:
                found = by_stem.get(word) or max(
                    (by_stem.get(lang.stem(word), 0.0) for lang in analyses), default=0.0
                )
                cache[word] = found = found or 1.0
            return found

        keys: dict[str, object] = {}

        def key(word: str) -> object:
            found = keys.get(word)
            if found is None:
                number = clause_of.get(word)
                if number is None:
                    for lang in analyses:
                        number = clause_of.get(lang.stem(word))
                        if number is not None:
                            break
                keys[word] = found = word if number is None else number
            return found

        return weight, key

    def suggestion(self, total: int) -> str | None:
        """The query with unknown words (or, when it finds little, rare ones) replaced by close, common words."""
        # A rare word that still finds enough is probably meant; fuzzy look-ups are too costly to do for it.
        rare_below = max(2, self.searcher.doc_count() // 2000) if total < FEW_RESULTS else 1
        changed = False
        replaced = []
        vocabulary = self.index._meta.vocabulary
        for clause in self.parsed.clauses:
            # A word still being typed (a prefix) is only corrected once no known word starts with it.
            typed = clause.kind == "prefix" and not vocabulary.with_prefix(clause.words[0])
            if (clause.kind == "word" or typed) and not clause.negated:
                better = self.plan.suggestion_for(clause.words[0], rare_below)
                if better:
                    changed = True
                    replaced.append(better)
                    continue
            replaced.append(" ".join(clause.words))
        return " ".join(replaced) if changed else None


def translations_of(stored: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """The stored translations of a hit: language → (title, summary)."""
    found = stored.get("translations") or {}
    return {
        code: (pair[0], pair[1]) for code, pair in found.items() if isinstance(pair, list) and len(pair) == 2
    }


def words_key(value: str) -> str:
    """How filter values are compared: folded, lower case, punctuation ignored."""
    return " ".join(words(value))


def related_hits(index: SearchIndex, doc_id: str, limit: int) -> list[Hit]:
    """Documents sharing the most distinctive stems of ``doc_id``; the caller holds the index's lock."""
    searcher, _ = index._current()
    docnum = searcher.document_number(id=doc_id)
    if docnum is None:
        return []
    stored = searcher.stored_fields(docnum)
    lang = stored.get("lang", "en")
    text = f"{stored.get('label', '')} {stored.get('summary', '')} {plain_text(stored)[:20000]}"
    counts = Counter(analyze(text, lang))
    total = max(1, searcher.doc_count())
    scored = []
    for stem, tf in counts.items():
        df = searcher.doc_frequency("text", stem)
        if 1 < df < total * 0.5 and len(stem) > 2:
            scored.append((tf * math.log(total / df), stem))
    scored.sort(reverse=True)
    terms = [wq.Term("text", stem, boost=weight) for weight, stem in scored[:RELATED_TERMS]]
    if not terms:
        return []
    q = wq.AndNot(wq.Or(terms), wq.Term("id", doc_id))
    results = searcher.search(q, limit=limit, terms=False)
    out = []
    for hit in results:
        summary = hit.get("summary", "")
        out.append(
            Hit(
                hit["id"],
                hit.get("label", ""),
                hit.get("kind", ""),
                summary,
                SnippetMaker((), (), ()).snippet("", "en", summary),
                float(hit.score),
                hit.get("updated", ""),
                translations_of(hit),
                hit.get("lang") or "en",
            )
        )
    return out
