"""``make bench``: our search against SQLite FTS5 and a naive whoosh build on one generated corpus.

Run ``python -m benchmarks.bench_search [--sizes 10000,50000] [--quick]``; prints one JSON object.
Every phase runs in a fresh child process so that its peak RSS (VmHWM, plus the largest worker process)
is its own. Each of the queries is timed once per engine, in the same order, after the same warm-up queries
(drawn with another seed); nothing is cached between timed queries beyond what each engine keeps itself.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import pickle
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.corpus import Corpus
from ipt_desktop.core.content.bundled import bundled_dir, load_bundled

BUDGET_BUILD_RATIO = 2.0
BUDGET_RSS_MB = 300
BUDGET_QUERY_RSS_MB = 250  # querying 50k documents (DESIGN budget table)
WARMUP_QUERIES = 20


def _peak_mb() -> dict:
    status = Path("/proc/self/status")
    hwm = None
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own = hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_worker_rss_mb": round(children, 1)}


def _read_corpus(path: Path) -> Iterator:
    with path.open("rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


def _percentiles(times: list[float]) -> dict:
    ordered = sorted(times)
    pick = lambda p: ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))] * 1000  # noqa: E731
    return {
        "p50_ms": round(pick(0.50), 2),
        "p95_ms": round(pick(0.95), 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def _phase(name: str, corpus: str, work: str, size: int, queries: list[str], warmup: list[str], out) -> None:
    corpus_path, work_dir = Path(corpus), Path(work)
    result: dict = {}
    if name == "read":
        start = time.perf_counter()
        count = sum(1 for _ in _read_corpus(corpus_path))
        result = {"docs": count, "seconds": time.perf_counter() - start}
    elif name == "ours_build":
        from ipt_desktop.core.search.index import SearchIndex

        index = SearchIndex(work_dir / "ours")
        start = time.perf_counter()
        count = index.rebuild(_read_corpus(corpus_path), size, None)
        result = {"docs": count, "seconds": time.perf_counter() - start}
    elif name == "naive_build":
        from benchmarks.search_baseline_whoosh import build_naive

        start = time.perf_counter()
        count = build_naive(work_dir / "naive", _read_corpus(corpus_path))
        result = {"docs": count, "seconds": time.perf_counter() - start}
    elif name == "fts5_build":
        from benchmarks.fts5_baseline import Fts5Baseline

        fts = Fts5Baseline(work_dir / "fts5.db")
        start = time.perf_counter()
        count = fts.build(_read_corpus(corpus_path))
        result = {"docs": count, "seconds": time.perf_counter() - start}
        fts.close()
    elif name == "ours_query":
        result = _time_ours(work_dir / "ours", queries, warmup)
    elif name == "fts5_query":
        result = _time_fts5(work_dir / "fts5.db", queries, warmup)
    result.update(_peak_mb())
    out.put(result)


def _time_ours(folder: Path, queries: list[str], warmup: list[str]) -> dict:
    """Each timed pass opens the index afresh, so no pass gains from another's caches on the same queries."""
    from ipt_desktop.core.search.index import SearchIndex
    from ipt_desktop.core.search.types import SearchQuery

    def timed(with_extras: bool) -> tuple[list[float], int]:
        index = SearchIndex(folder)
        for text in warmup:
            index.search(SearchQuery(text, limit=10))
        times, totals = [], 0
        for text in queries:
            start = time.perf_counter()
            result = index.search(
                SearchQuery(text, limit=10, with_facets=with_extras, with_highlights=with_extras)
            )
            times.append(time.perf_counter() - start)
            totals += result.total
        index.close()
        return times, totals

    bare, _ = timed(False)
    full, totals = timed(True)
    return {
        "query": _percentiles(bare),
        "query_facets_highlights": _percentiles(full),
        "mean_total_hits": round(totals / len(queries), 1),
    }


def _time_fts5(path: Path, queries: list[str], warmup: list[str]) -> dict:
    """The same passes for FTS5, each on a freshly opened connection after the same warm-up."""
    from benchmarks.fts5_baseline import Fts5Baseline

    def timed(with_snippet: bool) -> list[float]:
        fts = Fts5Baseline(path)
        for text in warmup:
            fts.search(text)
        times = []
        for text in queries:
            start = time.perf_counter()
            fts.search(text, with_snippet=with_snippet)
            times.append(time.perf_counter() - start)
        fts.close()
        return times

    return {"query": _percentiles(timed(False)), "query_snippet": _percentiles(timed(True))}


def _run_phase(name: str, corpus: Path, work: Path, size: int, queries: list[str], warmup: list[str]) -> dict:
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    process = context.Process(target=_phase, args=(name, str(corpus), str(work), size, queries, warmup, out))
    process.start()
    result = out.get()
    process.join()
    return result


def bench_size(
    size: int, corpus: Corpus, queries: list[str], warmup: list[str], work_root: Path, naive_max: int
) -> dict:
    """All phases for one corpus size."""
    work = work_root / f"n{size}"
    work.mkdir(parents=True)
    corpus_file = work / "corpus.pickle"
    # The bundled glossary rides along, so the terminology layer (its terms in the EU's languages, and the
    # query-time tables built from them) is on, as in the app; the generated documents fill the rest.
    glossary = [doc for doc in load_bundled(bundled_dir())[0] if doc.type == "glossary"]
    with corpus_file.open("wb") as handle:
        for doc in [*glossary, *corpus.documents(size - len(glossary))]:
            pickle.dump(doc, handle, protocol=pickle.HIGHEST_PROTOCOL)
    phases = {
        name: None for name in ("read", "ours_build", "fts5_build", "naive_build", "ours_query", "fts5_query")
    }
    for name in phases:
        if name == "naive_build" and size > naive_max:
            continue
        print(f"[bench] {size} docs: {name}", file=sys.stderr, flush=True)
        phases[name] = _run_phase(name, corpus_file, work, size, queries, warmup)
    report: dict = {"docs": size}
    for name in ("ours_build", "naive_build", "fts5_build"):
        if phases[name]:
            p = phases[name]
            report[name] = {
                "docs_per_s": round(p["docs"] / p["seconds"], 1),
                "seconds": round(p["seconds"], 1),
                "peak_rss_mb": p["peak_rss_mb"],
                "peak_worker_rss_mb": p["peak_worker_rss_mb"],
            }
    report["corpus_read_s"] = round(phases["read"]["seconds"], 2)
    report["ours_query"] = phases["ours_query"]
    report["fts5_query"] = phases["fts5_query"]
    ours_p95 = phases["ours_query"]["query_facets_highlights"]["p95_ms"]
    fts_p95 = phases["fts5_query"]["query_snippet"]["p95_ms"]
    report["p95_ratio_ours_to_fts5"] = round(ours_p95 / fts_p95, 3) if fts_p95 else None
    budgets = {"search_p95_le_fts5": ours_p95 <= fts_p95}
    if phases["naive_build"]:
        ratio = report["ours_build"]["docs_per_s"] / report["naive_build"]["docs_per_s"]
        report["build_ratio_ours_to_naive"] = round(ratio, 2)
        budgets["build_ge_2x_naive"] = ratio >= BUDGET_BUILD_RATIO
    if size == 10000:
        peak = max(report["ours_build"]["peak_rss_mb"], report["ours_build"]["peak_worker_rss_mb"])
        budgets["build_peak_rss_le_300mb"] = peak <= BUDGET_RSS_MB
    if size == 50000:
        budgets["query_peak_rss_le_250mb"] = phases["ours_query"]["peak_rss_mb"] <= BUDGET_QUERY_RSS_MB
    report["budgets_met"] = budgets
    shutil.rmtree(work, ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000", help="comma-separated corpus sizes")
    parser.add_argument("--quick", action="store_true", help="small sizes for CI (1000,3000)")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--naive-max", type=int, default=50000, help="skip the naive build above this size")
    parser.add_argument("--work-dir", default=None, help="where to build (default: a temporary folder)")
    args = parser.parse_args(argv)
    sizes = [1000, 3000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    corpus = Corpus(args.seed)
    queries = corpus.queries(args.queries)
    warmup = Corpus(args.seed + 1).queries(WARMUP_QUERIES)
    work_root = Path(tempfile.mkdtemp(prefix="ipt-bench-", dir=args.work_dir))
    try:
        reports = [bench_size(size, corpus, queries, warmup, work_root, args.naive_max) for size in sizes]
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    print(
        json.dumps(
            {
                "benchmark": "search",
                "seed": args.seed,
                "queries": len(queries),
                "cpus": os.cpu_count(),
                "sizes": reports,
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
