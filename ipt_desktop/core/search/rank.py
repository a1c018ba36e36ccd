"""Ranking without whoosh's per-posting matcher machinery.

whoosh stores the postings; scoring them one matcher call at a time in Python is what made a query slow. Here
each query word is turned once into an impact-ordered list: its postings in ``title`` and ``text`` (every stem
variant, the best variant per field) are scored with BM25 in one pass, and kept sorted by score, with a
score map and a document mask. Words are cached per searcher (index generation), so a word met again costs a
dictionary look-up.

The top hits are picked from those lists by ``topk``.
"""

from __future__ import annotations

import fnmatch
import math
import re
import threading
from collections import OrderedDict

from ipt_desktop.core.search.analysis import is_stopword_anywhere, stem_variants, stop_languages
from ipt_desktop.core.search.analysis import words as surface_words
from ipt_desktop.core.search.impacts import Impacts
from ipt_desktop.core.search.masks import BIT, as_bytes, members
from ipt_desktop.core.search.postings import Postings, leaf_postings, merge, segment_lengths
from ipt_desktop.core.search.query import Clause, wildcard_literal
from ipt_desktop.core.search.schema import QUESTIONS_BOOST, TITLE_BOOST, plain_text

K1 = 1.2
B = 0.75
FIELDS = (("title", TITLE_BOOST), ("text", 1.0), ("questions", QUESTIONS_BOOST))
CACHE_POSTINGS = 1_000_000  # postings kept across queries, per searcher (about 100 bytes each)
PREFIX_WIDTH_SHORT = 8  # words a 2–3 letter prefix expands to
PREFIX_WIDTH = 20
MAX_PHRASE_CHECKS = 5000  # candidates whose stored text is read to confirm a phrase
MAX_PHRASE_CHARS = 100_000
# A question asked as a sentence mostly wants to know how to do something: guides, best practices and
# training answer that (a guide is the reference, a training module teaches it for a session); a success
# story, a glossary entry, an event or a newsletter answers it less often.
# Their scores are scaled by these factors in a sentence query only (a keyword query such as "PCP" or a
# case's name is looked up as typed). Factors are at most 1, so the ranking walk's upper bound still holds.
LOOSE_SHARE = 0.5  # a term's typed words, found without the term, count for half (Ranker.loose)
KIND_PRIOR = {"success-story": 0.8, "glossary": 0.85, "event": 0.8, "newsletter": 0.8, "training": 0.95}


class Ranker:
    """BM25 over cached impact-ordered word lists, for one searcher."""

    def __init__(self, searcher, masks, impacts: Impacts | None = None) -> None:
        self.searcher = searcher
        self.impacts = impacts  # the frequent words' stored lists for this generation (``impacts``), if any
        self.reader = searcher.reader()
        self.masks = masks
        self.size = masks.size
        self.leaves = masks.leaves
        self._norms: dict[str, list[float]] = {}
        self._cache: OrderedDict[tuple, Postings] = OrderedDict()
        self._cached_postings = 0
        self._lock = threading.Lock()
        # Fields that hold anything: an index without ``questions:`` never looks that field up.
        self.fields = tuple((name, boost) for name, boost in FIELDS if self.reader.field_length(name))
        self.text_languages: list[str] | None = None  # the ``language`` facet's values (see run.Run)
        self._prior: dict[int, float] | None = None

    # -- per-field numbers -------------------------------------------------------------------------------

    def _norm(self, fieldname: str) -> list[float]:
        """K1 * (1 - B + B * length / average length) for every document number."""
        found = self._norms.get(fieldname)
        if found is not None:
            return found
        lengths: list[float] = []
        for leaf, _offset in self.leaves:
            lengths.extend(segment_lengths(leaf, fieldname))
        average = (sum(lengths) / len(lengths)) if lengths else 1.0
        average = average or 1.0
        found = [K1 * (1 - B + B * n / average) for n in lengths]
        self._norms[fieldname] = found
        return found

    def prior(self) -> dict[int, float]:
        """Document number → the factor of its type for a query asked as a sentence (KIND_PRIOR; a type
        not listed counts 1), read once per searcher."""
        found = self._prior
        if found is None:
            found = {}
            for kind, factor in KIND_PRIOR.items():
                for docnum in members(self.masks.terms("type", [kind]), self.size):
                    found[docnum] = factor
            self._prior = found
        return found

    # -- words -------------------------------------------------------------------------------------------

    def word(self, stems: tuple[str, ...]) -> Postings:
        """The impact-ordered postings of one word, given its stem variants (cached): per document, each
        field's best variant, the fields added (:meth:`score_word`), computed from the stems' own lists."""
        if len(stems) == 1:
            return self.stem(stems[0])
        key = ("w", *stems)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
        result = self._variants([self.stem(stem) for stem in stems], stems)
        self._remember(key, result)
        return result

    def _variants(self, parts: list[Postings], stems: tuple[str, ...]) -> Postings:
        """One word from its stems' postings. A document that has one variant scores as that stem; one
        with several takes the best variant in each field: its small fields (title, questions) are scored
        again, and the text's share is what is left of each stem's sum."""
        present = [(part, stem) for part, stem in zip(parts, stems, strict=True) if len(part)]
        if not present:
            return Postings({}, self.size)
        if len(present) == 1:
            return present[0][0]
        merged = self.best_of([part for part, _ in present])
        seen, overlap = 0, 0
        for part, _ in present:
            overlap |= seen & part.mask
            seen |= part.mask
        if not overlap:
            return merged
        small = [
            [self._field_scores(fieldname, boost, stem) for stem in (s for _, s in present)]
            for fieldname, boost in self.fields
            if fieldname != "text"
        ]
        score_of = dict(merged.score_of)
        maps = [part.score_of for part, _ in present]
        for docnum in members(overlap, self.size):
            text = small_total = 0.0
            for index, scores in enumerate(maps):
                own = scores.get(docnum)
                if own is not None:
                    fields = sum(field[index].get(docnum, 0.0) for field in small)
                    text = max(text, own - fields)
            for field in small:
                small_total += max(scores.get(docnum, 0.0) for scores in field)
            score_of[docnum] = text + small_total
        return Postings(score_of, self.size, merged.mask)

    def stem(self, stem: str) -> Postings:
        """The postings of one stem (cached): read from the impacts file when it is a frequent one there,
        else scored (:meth:`score_word`)."""
        key = ("s", stem)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
        stored = self.impacts.read(stem) if self.impacts is not None else None
        if stored is not None:
            result = Postings.ordered_from(*stored)
        else:
            result = Postings(self.score_word((stem,)), self.size)
        self._remember(key, result)
        return result

    def score_word(self, stems: tuple[str, ...]) -> dict[int, float]:
        """BM25 of a word per document: the best stem variant in each field, title and text added (the
        ranking asks it of one stem at a time and combines stems in :meth:`word`; the impacts file is
        written with it)."""
        per_field: list[dict[int, float]] = []
        for fieldname, boost in self.fields:
            best: dict[int, float] | None = None
            for stem in stems:
                scores = self._field_scores(fieldname, boost, stem)
                if scores:
                    best = scores if best is None else merge(best, scores, max)
            if best:
                per_field.append(best)
        if not per_field:
            return {}
        result = per_field[0]
        for other in per_field[1:]:
            result = merge(result, other, float.__add__)
        return result

    def _field_scores(self, fieldname: str, boost: float, stem: str) -> dict[int, float]:
        """BM25 of one stem in one field, per document (a new dict each call)."""
        btext = stem.encode("utf-8")
        df = self.reader.doc_frequency(fieldname, btext)
        if not df:
            return {}
        norm = self._norm(fieldname)
        scale = math.log(1 + (max(1, self.size) - df + 0.5) / (df + 0.5)) * (K1 + 1) * boost
        ids, weights = self._term_postings(fieldname, btext)
        # A comprehension and dict(zip()) keep the per-posting work in C as far as Python allows.
        return dict(
            zip(ids, [scale * w / (w + norm[d]) for d, w in zip(ids, weights, strict=False)], strict=False)
        )

    def _term_postings(self, fieldname: str, btext: bytes) -> tuple[list[int], list[float]]:
        ids: list[int] = []
        weights: list[float] = []
        for leaf, offset in self.leaves:
            for block_ids, block_weights in leaf_postings(leaf, fieldname, btext):
                ids.extend(map(offset.__add__, block_ids) if offset else block_ids)
                weights.extend(block_weights)
        return ids, weights

    def _remember(self, key: tuple, postings: Postings) -> None:
        with self._lock:
            if key in self._cache:
                return
            self._cache[key] = postings
            self._cached_postings += len(postings)
            while self._cached_postings > CACHE_POSTINGS and len(self._cache) > 1:
                _, old = self._cache.popitem(last=False)
                self._cached_postings -= len(old)

    # -- combining ---------------------------------------------------------------------------------------

    def best_of(self, parts: list[Postings]) -> Postings | None:
        """A document's best score among alternatives (stem variants, prefix expansions, synonyms, fuzzy
        matches)."""
        present = [p for p in parts if p is not None]
        if not present:
            return None  # nothing searchable (only stop words)
        parts = [p for p in present if len(p)] or present[:1]
        if len(parts) == 1:
            return parts[0]
        parts.sort(key=len, reverse=True)
        merged: dict[int, float] = dict(parts[0].score_of)  # copied in C; the smaller ones are walked
        mask = parts[0].mask
        for part in parts[1:]:
            mask |= part.mask
            get = merged.get
            for docnum, score in part.score_of.items():
                if score > get(docnum, 0.0):
                    merged[docnum] = score
        return Postings(merged, self.size, mask)

    def all_of(self, parts: list[Postings], within: int) -> Postings | None:
        """Documents in ``within`` that have every part, scored by the sum (phrases)."""
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        data = as_bytes(within, self.size)
        smallest = min(parts, key=len)
        maps = [p.score_of for p in parts]
        merged = {}
        for docnum in smallest.docs:
            if data[docnum >> 3] & BIT[docnum & 7]:
                scores = [m.get(docnum) for m in maps]
                if None not in scores:
                    merged[docnum] = sum(scores)
        return Postings(merged, self.size)

    # -- clauses -----------------------------------------------------------------------------------------

    def word_of(self, word: str, languages: tuple[str, ...]) -> Postings | None:
        """The cached postings of a word stemmed in the given languages, or None when it has no stem."""
        stems = tuple(stem_variants(word, languages))
        return self.word(stems) if stems else None

    def clause(
        self, clause: Clause, plan, languages: tuple[str, ...], fuzzy: bool = False, loose: bool = False
    ) -> Postings | None:
        """The postings of one positive clause; ``plan`` (a QueryPlan) expands prefixes and wildcards.
        With ``loose`` (a sentence query), a glossary term or everyday phrase also matches, for less, a
        document that has the words as typed but not the term (see :meth:`loose`)."""
        if clause.kind == "word":
            word = clause.words[0]
            if fuzzy:
                return self.best_of([self.word_of(w, languages) for w in (plan.fuzzy_words(word) or [word])])
            return self.word_of(word, languages)
        if clause.kind == "phrase":
            return self.phrase(clause.words, plan, languages)
        if clause.kind == "prefix":
            exact = clause.words[0]
            # Search-as-you-type: a short prefix stands for few words, so each keystroke stays cheap.
            width = 0 if len(exact) < 2 else PREFIX_WIDTH_SHORT if len(exact) < 4 else PREFIX_WIDTH
            words = dict.fromkeys([exact] + (plan.expand(exact, None)[:width] if width else []))
            return self.best_of([self.word_of(w, languages) for w in words])
        if clause.kind == "wildcard":
            pattern = clause.words[0]
            literal = wildcard_literal(pattern)
            words = plan.expand(literal, re.compile(fnmatch.translate(pattern)))
            return self.best_of([self.word_of(w, languages) for w in words])
        if clause.kind == "synonyms":
            parts = [
                self.word_of(m[0], languages) if len(m) == 1 else self.phrase(m, plan, languages)
                for m in clause.alternatives
            ]
            if loose and len(clause.words) > 1:
                parts.append(self.loose(clause.words, languages))
            return self.best_of(parts)
        return None

    def loose(self, words: tuple[str, ...], languages: tuple[str, ...]) -> Postings | None:
        """The typed words of a term, each scored on its own, summed and scaled by LOOSE_SHARE: in a
        sentence ("before the call for tenders") a document that speaks of tenders without the term
        "call for tenders" still answers that part of the question, less well than one with the term."""
        stops = stop_languages(languages)
        found = [self.word_of(w, languages) for w in words if not is_stopword_anywhere(w, stops)]
        found = [p for p in found if p is not None and len(p)]
        if not found:
            return None
        summed = dict(found[0].score_of)  # merge() reuses its larger map: never a cached one
        for other in found[1:]:
            summed = merge(summed, dict(other.score_of), float.__add__)
        return Postings({d: v * LOOSE_SHARE for d, v in summed.items()}, self.size)

    def phrase(self, words: tuple[str, ...], plan, languages: tuple[str, ...]) -> Postings | None:
        """Documents with the words in order, scored as the words' sum. Titles keep positions, so whoosh
        checks them; the body text is checked against the stored plain text of each candidate."""
        if plan.phrase(words) is None:
            return None
        kept = [w for w in words if not is_stopword_anywhere(w, stop_languages(languages))]
        if len(words) == 1 or len(kept) <= 1:
            return self.word_of(kept[0] if kept else words[0], languages)
        title_node = plan.title_phrase(words)
        in_title = self.masks.query(title_node) if title_node is not None else 0
        candidates = self.all_of([self.word_of(w, languages) for w in kept], self.masks.live)
        if candidates is None:
            return None
        titles = as_bytes(in_title, self.size)
        pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) + r"\w*" for w in words) + r"\b")
        verified = {}
        for checked, docnum in enumerate(candidates.docs):
            if checked >= MAX_PHRASE_CHECKS:
                break
            if titles[docnum >> 3] & BIT[docnum & 7] or pattern.search(self._folded_text(docnum)):
                verified[docnum] = candidates.score_of[docnum]
        return Postings(verified, self.size)

    def _folded_text(self, docnum: int) -> str:
        return " ".join(surface_words(plain_text(self.searcher.stored_fields(docnum))[:MAX_PHRASE_CHARS]))
