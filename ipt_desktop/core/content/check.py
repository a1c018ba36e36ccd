"""Quality checks over a folder of library documents, shared by the content test and authors.

Run ``python -m ipt_desktop.core.content.check resources/content`` to see every problem at once; the stage
checklists beside the folder (``resources/checklists.yaml``) are checked with it against its documents.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ipt_desktop.core.advice.chooser_tree import CHOOSER_FILE, graph_problems, link_problems, load_tree
from ipt_desktop.core.advice.thresholds import THRESHOLDS_FILE, load_thresholds
from ipt_desktop.core.content.checklists import CHECKLISTS_FILE, check_checklists
from ipt_desktop.core.content.documents import DOC_LINK_PREFIX, Document, load_document
from ipt_desktop.core.content.freshness import (
    freshness_problems,
    missing_member_states,
    stale_reviews,
    stories_by_country,
)
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.resources import resource_path

# Minimum counts per type that the bundled library promises.
MINIMUM_COUNTS = {
    "guide": 30,
    "best-practice": 25,
    "success-story": 30,
    "glossary": 60,
    "event": 6,
    "newsletter": 3,
    "training": 6,
}
SOURCED_TYPES = ("guide", "success-story", "best-practice")
# Guides proper (not the Task Force pages, which are also of type guide) must be substantial.
MINIMUM_GUIDE_WORDS = 600
_LINK = re.compile(r"\]\((ipt://doc/[^)\s#]+)")
# The glossary entry that quotes threshold amounts; each amount in it must be one of thresholds.yaml.
THRESHOLD_GLOSSARY = "glossary-eu-thresholds"
# An amount as written in prose: "EUR 5,404,000", "5 404 000 EUR", "€216,000" (three digits per group).
AMOUNT = re.compile(r"(?<![\d.,/])\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?![\d/])")
_NOT_DIGIT = re.compile(r"\D")
_BLANK_LINE = re.compile(r"\n\s*\n")


@dataclass
class LibraryReport:
    """Documents loaded and the problems found, one line each."""

    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        """Documents per type."""
        return Counter(doc.type for doc in self.documents)


def check_library(
    folder: Path,
    minimum_counts: dict[str, int] | None = None,
    aids_dir: Path | None = None,
    checklists: Path | None = None,
) -> LibraryReport:
    """Validate every document under folder and run the cross-document checks.

    ``aids_dir`` holds the decision aids' data (thresholds.yaml, procedure_chooser.yaml) to check against
    these documents; for the bundled library it is ``resources/``, found without being given. ``checklists``
    is a stage checklists file to check against them (procedures, stages, item ids, links and anchors); by
    default the ``checklists.yaml`` in ``aids_dir``, when there is one.
    """
    report = LibraryReport()
    paths = sorted(folder.rglob("*.md"))
    for path in paths:
        try:
            report.documents.append(load_document(path))
        except ContentError as exc:
            report.problems.append(str(exc))
    _check_ids(report)
    _check_links(report)
    _check_sources(report)
    _check_paragraphs(report)
    if aids_dir is None and folder.resolve() == resource_path("content").resolve():
        aids_dir = folder.parent
    if aids_dir is not None:
        report.problems += check_decision_aids(aids_dir, report.documents)
    report.problems.extend(freshness_problems(report.documents))
    if checklists is None and aids_dir is not None and (aids_dir / CHECKLISTS_FILE).is_file():
        checklists = aids_dir / CHECKLISTS_FILE
    if checklists is not None:
        report.problems.extend(check_checklists(checklists, report.documents))
    for doc_type, minimum in (minimum_counts if minimum_counts is not None else MINIMUM_COUNTS).items():
        if report.counts[doc_type] < minimum:
            report.problems.append(
                f"{folder}: {report.counts[doc_type]} documents of type {doc_type}, need {minimum}"
            )
    return report


def check_decision_aids(aids_dir: Path, documents: list[Document]) -> list[str]:
    """Problems in the thresholds file and the procedure tree, naming file and key: a rule without a source,
    a cycle, an unreachable question or outcome, a link to no document, overlapping validity periods, and
    an amount in the thresholds glossary entry that the thresholds file does not hold."""
    problems = []
    ids = {doc.id for doc in documents}
    try:
        table = load_thresholds(aids_dir / THRESHOLDS_FILE)
    except ContentError as exc:
        problems.append(str(exc))
        table = None
    try:
        tree = load_tree(aids_dir / CHOOSER_FILE)
    except ContentError as exc:
        problems.append(str(exc))
    else:
        problems += graph_problems(tree) + link_problems(tree, ids)
    glossary = next((doc for doc in documents if doc.id == THRESHOLD_GLOSSARY), None)
    if table is not None and glossary is not None:
        known = table.amounts()
        for figure in sorted(set(threshold_figures(glossary.body))):
            if figure not in known:
                problems.append(
                    f"{glossary.id}: amount {figure:,} is not in {table.path.name}; quote only its thresholds"
                )
    return problems


def threshold_figures(text: str) -> list[int]:
    """Every amount of four or more digits written with thousands separators in ``text``."""
    return [int(_NOT_DIGIT.sub("", match)) for match in AMOUNT.findall(text)]


def _check_ids(report: LibraryReport) -> None:
    for doc_id, count in Counter(doc.id for doc in report.documents).items():
        if count > 1:
            report.problems.append(f"id {doc_id!r} is used by {count} documents")


def _check_links(report: LibraryReport) -> None:
    ids = {doc.id for doc in report.documents}
    for doc in report.documents:
        for target in _LINK.findall(doc.body):
            if target[len(DOC_LINK_PREFIX) :] not in ids:
                report.problems.append(f"{doc.id}: internal link {target} points to no document")


def _check_sources(report: LibraryReport) -> None:
    for doc in report.documents:
        if doc.id.startswith("guide-") and len(doc.body.split()) < MINIMUM_GUIDE_WORDS:
            report.problems.append(
                f"{doc.id}: {len(doc.body.split())} words; a guide needs {MINIMUM_GUIDE_WORDS}"
            )
        if doc.type in SOURCED_TYPES and not doc.sources:
            report.problems.append(f"{doc.id}: key 'sources': a {doc.type} needs at least one source")
        if doc.type == "success-story" and not doc.countries:
            report.problems.append(f"{doc.id}: key 'countries': a success story names its country")


def _paragraphs(body: str) -> list[str]:
    out = []
    for block in _BLANK_LINE.split(body):
        text = " ".join(block.split())
        if len(text) >= 120 and not text.startswith(("|", "```")):
            out.append(text.lower())
    return out


def _check_paragraphs(report: LibraryReport) -> None:
    seen: dict[str, str] = {}
    for doc in report.documents:
        for para in set(_paragraphs(doc.body)):
            if para in seen and seen[para] != doc.id:
                report.problems.append(f"{doc.id}: shares a paragraph with {seen[para]}: {para[:60]}...")
            seen.setdefault(para, doc.id)


def main(argv: list[str] | None = None) -> int:
    """Print the problems and counts for a folder; exit 1 when there are problems."""
    args = argv if argv is not None else sys.argv[1:]
    folder = Path(args[0] if args else "resources/content")
    partial = "--partial" in args
    checklists = folder.parent / CHECKLISTS_FILE
    report = check_library(
        folder, {} if partial else None, checklists=checklists if checklists.is_file() else None
    )
    for problem in report.problems:
        print(problem)
    words = defaultdict(list)
    for doc in report.documents:
        words[doc.type].append(len(doc.body.split()))
    for doc_type, count in sorted(report.counts.items()):
        print(f"{doc_type}: {count} documents, shortest {min(words[doc_type])} words")
    by_country = stories_by_country(report.documents)
    missing = missing_member_states(by_country)
    print(
        f"success stories cover {27 - len(missing)} of 27 member states; none from: {', '.join(missing) or '-'}"
    )
    stale = stale_reviews(report.documents)
    if stale:
        print(f"reviewed more than two years ago ({len(stale)}): {', '.join(stale)}")
    print(f"{len(report.problems)} problems in {len(report.documents)} documents")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
