"""Questions in plain words: each question of the table finds the document that answers it, and the section.

The table is tests/data/questions.yaml when it exists (the product's table), else the small fixture
tests/data/questions_fixture/questions.yaml. Entries: ``q`` (the question), ``lang``, ``doc`` (the answering
document), ``section`` (the heading of the answering ``## `` section as written, or its anchor id; "" for the
introduction) and
``also`` (other documents that answer it too).

Reported: hit@1 and hit@3, where a hit is ``doc`` or one of the ``also`` documents (they answer the question
too) at rank 1, in the top 3; the same for ``doc`` alone (strict); and section accuracy (of the questions
whose ``doc`` is in the top 3, the share whose hit names ``section``). Floors: hit@3 >= 0.95 and section
accuracy >= 0.80. The concept map is the bundled one when it exists, else
the fixture's.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from ipt_desktop.core.content.bundled import bundled_dir, load_bundled
from ipt_desktop.core.resources import resource_path
from ipt_desktop.core.search.concepts import CONCEPTS_FILE
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery

DATA = Path(__file__).resolve().parents[2] / "data"
TABLE = DATA / "questions.yaml"
FIXTURE = DATA / "questions_fixture"
# The goals are hit@3 0.95 and section accuracy 0.80; the floors guard what the search reaches today (hit@3
# 0.979, section 0.82; the search is deterministic) against regressions, and are raised as it improves.
HIT3_GOAL, SECTION_GOAL = 0.95, 0.80
HIT3_FLOOR = 0.97
SECTION_FLOOR = 0.81


def _table() -> list[dict]:
    path = TABLE if TABLE.exists() else FIXTURE / "questions.yaml"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(cases, list) and cases, f"{path}: expected a list of questions"
    for number, case in enumerate(cases):
        missing = {"q", "lang", "doc"} - set(case)
        assert not missing, f"{path}: entry {number} lacks {sorted(missing)}"
    return cases


@pytest.fixture(scope="module")
def question_index(tmp_path_factory) -> SearchIndex:
    documents, _ = load_bundled(bundled_dir())
    concepts = resource_path(CONCEPTS_FILE)
    index = SearchIndex(
        tmp_path_factory.mktemp("questions") / "index",
        concepts=concepts if concepts.exists() else FIXTURE / "concepts.yaml",
    )
    index.rebuild(documents, len(documents), None)
    yield index
    index.close()


def test_questions_find_their_answer_and_its_section(question_index: SearchIndex) -> None:
    cases = _table()
    known = {doc.id for doc in load_bundled(bundled_dir())[0]}
    cases = [case for case in cases if case["doc"] in known]  # the library is still being written
    assert cases
    counts = defaultdict(int)
    per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, wrong_sections = [], []
    for case in cases:
        hits = question_index.search(SearchQuery(case["q"], limit=3, ui_language=case.get("lang"))).hits
        ranked = [hit.id for hit in hits]
        accepted = {case["doc"], *(case.get("also") or ())}
        counts["at1"] += bool(ranked) and ranked[0] == case["doc"]
        counts["at3"] += case["doc"] in ranked
        counts["any1"] += bool(ranked) and ranked[0] in accepted
        counts["any3"] += bool(accepted & set(ranked))
        per_language[case["lang"]][0] += 1
        per_language[case["lang"]][1] += bool(accepted & set(ranked))
        if not accepted & set(ranked):
            misses.append(f"{case['q']!r}: expected {sorted(accepted)}, got {ranked}")
        if case["doc"] not in ranked:
            continue
        hit = hits[ranked.index(case["doc"])]
        counts["with_section"] += 1
        # The table names a section by its heading as written (``## Heading``) or by its anchor id.
        found = (hit.section.id, hit.section.heading) if hit.section else ("", "")
        if (case.get("section") or "") in found:
            counts["section_ok"] += 1
        else:
            wrong_sections.append(f"{case['q']!r}: section {found!r}, expected {case.get('section')!r}")
    n = len(cases)
    hit3 = counts["any3"] / n
    sections = counts["section_ok"] / max(1, counts["with_section"])
    print(
        f"questions (goals hit@3 {HIT3_GOAL}, section {SECTION_GOAL}): "
        f"{n}, hit@1 {counts['any1'] / n:.2f}, hit@3 {hit3:.2f}, "
        f"strict: hit@1 {counts['at1'] / n:.2f}, hit@3 {counts['at3'] / n:.2f}, section {sections:.2f}"
    )
    for code, (total, found) in sorted(per_language.items()):
        print(f"questions {code}: {total}, hit@3 {found / total:.2f}")
    assert hit3 >= HIT3_FLOOR, f"hit@3 {hit3:.2f} < {HIT3_FLOOR}\n" + "\n".join(misses)
    assert sections >= SECTION_FLOOR, f"section {sections:.2f} < {SECTION_FLOOR}\n" + "\n".join(
        wrong_sections
    )
